// Three turns of the wheel on the small demo store, end to end: run, accept, push, the next four
// weeks' exports, run again. What was planted is found and pushed; the next turn measures the
// pushed actions, and what they fixed shows as improved while the held-back control groups do not
// move.
#include "TestSupport.h"

#include "demo/DemoAdvance.h"
#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "flywheel/Push.h"
#include "stages/content/ContentQueries.h"
#include "stages/outcomes/Effect.h"
#include "stages/outcomes/Momentum.h"
#include "stages/outcomes/OutcomeQueries.h"
#include "stages/outcomes/OutcomeTracking.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using flywheel::test::TempStore;
namespace outcomes = flywheel::outcomes;

namespace {
constexpr int kWeeksPerTurn = 4;

/// Sums of one sample field over the measured outcomes of `metric`.
double sampleTotal(const QList<outcomes::OutcomeRow>& rows, const char* metric, const char* field)
{
    double total = 0;
    for (const outcomes::OutcomeRow& o : rows)
        if (o.status == "measured"_L1 && o.metric == QLatin1StringView(metric))
            total += o.sample.value(QLatin1StringView(field)).toDouble();
    return total;
}
} // namespace

class TestWheelTurns : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    QJsonObject m_truth;
    QList<QList<outcomes::OutcomeRow>> m_outcomesAfterTurn;

    QString value(const std::string& sql) { return m_store.value(sql); }

    /// Runs the wheel; every stage ran or was up to date.
    void runWheel()
    {
        auto runs = flywheel::Pipeline(flywheel::createStages()).run(m_store.db());
        QVERIFY2(runs, qPrintable(runs ? QString() : runs.error().describe()));
        for (const flywheel::StageRun& run : *runs)
            QVERIFY2(
                run.status == "ok"_L1 || run.status == "up_to_date"_L1, qPrintable(run.stage + u": "_s + run.message));
    }

    /// The owner accepts every new action, writes the answers only they know (the parts marked
    /// [[ ]], such as care instructions) and pushes them all.
    void acceptAndPush(int turn)
    {
        QVERIFY(m_store.db().exec("UPDATE recommendations SET status = 'accepted' WHERE status = 'new'"));
        auto suggestions = flywheel::content::readSuggestions(m_store.db());
        QVERIFY(suggestions);
        static const QRegularExpression placeholder(u"\\[\\[[^\\]]*\\]\\]"_s);
        for (const auto& suggestion : *suggestions) {
            QString text = suggestion.editedText.isEmpty() ? suggestion.suggestedText : suggestion.editedText;
            if (suggestion.status == "accepted"_L1 && text.contains(placeholder))
                QVERIFY(flywheel::content::saveSuggestionText(
                    m_store.db(), suggestion.actionId, text.replace(placeholder, u"machine wash cold"_s)));
        }
        auto pushed = flywheel::pushAccepted(m_store.db(), m_store.dir() + u"/push-%1"_s.arg(turn));
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().describe()));
        QVERIFY(pushed->actions > 0);
    }

    void advance(int turn)
    {
        flywheel::demo::AdvanceOptions options;
        options.weeks = kWeeksPerTurn;
        options.outDir = m_store.dir() + u"/week-%1"_s.arg(turn * kWeeksPerTurn);
        auto advanced = flywheel::demo::advanceDemoStore(m_store.db(), options);
        QVERIFY2(advanced, qPrintable(advanced ? QString() : advanced.error().describe()));
    }

private slots:
    void initTestCase()
    {
        flywheel::demo::DemoOptions options;
        options.outDir = m_store.dir() + u"/history"_s;
        auto created = flywheel::demo::createDemoStore(m_store.db(), options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().describe()));
        m_truth = flywheel::test::readJsonObject(options.outDir + u"/ground_truth.json"_s);
        for (int turn = 1; turn <= 3; ++turn) {
            runWheel();
            if (turn > 1) {
                auto rows = outcomes::loadOutcomes(m_store.db());
                QVERIFY(rows);
                m_outcomesAfterTurn.append(*rows);
            }
            if (turn < 3) {
                acceptAndPush(turn);
                advance(turn);
            }
        }
        QCOMPARE(m_outcomesAfterTurn.size(), 2);
    }

    void plantedProblemsAreFoundAndPushed()
    {
        // Every planted content gap became a pushed answer on its product page.
        const QJsonArray gaps = m_truth.value("content_gaps"_L1).toArray();
        QVERIFY(!gaps.isEmpty());
        for (const QJsonValue& gap : gaps) {
            const QJsonObject g = gap.toObject();
            const std::string product = value(
                "SELECT id FROM products WHERE handle = '" + g.value("handle"_L1).toString().toStdString() + "'")
                                            .toStdString();
            // The ground truth names the question ("machine washable"), the action the attribute ("care").
            QVERIFY2(!value("SELECT count(*) FROM recommendations WHERE stage = 'content' AND kind = 'add-answer' AND "
                            "subject_key LIKE 'product:"
                         + product + ":%' AND status IN ('pushed', 'measured')")
                          .startsWith(u'0'),
                qPrintable(g.value("handle"_L1).toString()));
        }
        // The misspelt searches became pushed synonym groups; overstock became pushed promotions.
        QVERIFY(value("SELECT count(*) FROM recommendations WHERE kind = 'add-synonym' AND status = 'measured'").toInt()
            > 0);
        QVERIFY(
            value("SELECT count(*) FROM recommendations WHERE kind = 'promotion' AND status = 'measured'").toInt() > 0);
    }

    void theNextTurnMeasuresWhatWasPushed()
    {
        // Everything pushed in the first turn has its four-week window covered by the second.
        const QList<outcomes::OutcomeRow>& second = m_outcomesAfterTurn.at(0);
        QVERIFY(!second.isEmpty());
        int measured = 0;
        for (const outcomes::OutcomeRow& o : second) {
            if (o.status != "measured"_L1)
                continue;
            ++measured;
            QVERIFY(o.effect && o.low && o.high);
            QVERIFY(*o.low <= *o.effect && *o.effect <= *o.high);
            QVERIFY(!outcomes::describeOutcome(o, QLocale::c()).isEmpty());
        }
        QVERIFY(measured > 0);
        // Pushed in the second turn, measured in the third; promotions' windows run longer.
        int measuredLater = 0;
        for (const outcomes::OutcomeRow& o : m_outcomesAfterTurn.at(1))
            measuredLater += o.status == "measured"_L1 ? 1 : 0;
        QVERIFY(measuredLater > measured);
    }

    void fixedSearchesFindProducts()
    {
        const auto& rows = m_outcomesAfterTurn.at(0);
        const double before = sampleTotal(rows, outcomes::metric::kZeroResultRate, "zero_result_before")
            / std::max(1.0, sampleTotal(rows, outcomes::metric::kZeroResultRate, "searches_before"));
        const double after = sampleTotal(rows, outcomes::metric::kZeroResultRate, "zero_result_after")
            / std::max(1.0, sampleTotal(rows, outcomes::metric::kZeroResultRate, "searches_after"));
        QVERIFY2(before > 0.5, qPrintable(QString::number(before)));
        QVERIFY2(after < 0.1, qPrintable(QString::number(after)));
    }

    void answeredQuestionsAreAskedLess()
    {
        // Few questions a month on a small store: the content fixes are judged together.
        double before = 0;
        double after = 0;
        for (const outcomes::OutcomeRow& o : m_outcomesAfterTurn.at(1)) {
            if (o.status != "measured"_L1 || o.stage != "content"_L1
                || o.metric != QLatin1StringView(outcomes::metric::kTicketRate))
                continue;
            before += o.sample.value("tickets_before"_L1).toDouble();
            after += o.sample.value("tickets_after"_L1).toDouble();
        }
        QVERIFY2(before >= 3, qPrintable(QString::number(before)));
        QVERIFY2(after < before, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
    }

    void promotionsWorkAndControlGroupsDoNotMove()
    {
        const auto& rows = m_outcomesAfterTurn.at(1);
        const double audience = sampleTotal(rows, outcomes::metric::kPurchaseRateVsControl, "audience");
        const double audienceBuyers = sampleTotal(rows, outcomes::metric::kPurchaseRateVsControl, "audience_buyers");
        const double control = sampleTotal(rows, outcomes::metric::kPurchaseRateVsControl, "control");
        const double controlBuyers = sampleTotal(rows, outcomes::metric::kPurchaseRateVsControl, "control_buyers");
        QVERIFY(audience > 0 && control > 0);
        const auto lift
            = outcomes::shareDifference(audienceBuyers, audience, controlBuyers, control, outcomes::Better::Higher);
        QVERIFY2(lift.improved == std::optional<bool>(true),
            qPrintable(u"%1%, %2 to %3"_s.arg(lift.effect).arg(lift.low).arg(lift.high)));

        // The control groups bought the promoted products no more after the push than before it.
        const QString controlBefore = value(
            "SELECT count(DISTINCT a.subject_key || ':' || a.customer_id) FROM promotion_audience a JOIN promotions p "
            "ON "
            "p.subject_key = a.subject_key JOIN outcomes o ON o.stage = 'promotions' JOIN recommendations r ON r.id = "
            "o.recommendation_id AND r.subject_key = a.subject_key JOIN orders ord ON ord.customer_id = a.customer_id "
            "JOIN order_lines l ON l.order_id = ord.id JOIN variants v ON v.id = l.variant_id AND v.product_id = "
            "p.product_id WHERE a.control = 1 AND ord.created_at < date(o.start_day, '+1 day') AND ord.created_at >= "
            "date(o.start_day, '-' || (o.window_days - 1) || ' days')");
        const auto controls = outcomes::shareDifference(
            controlBuyers, control, controlBefore.toDouble(), control, outcomes::Better::Higher);
        QVERIFY2(controls.improved != std::optional<bool>(true),
            qPrintable(u"control %1 → %2 buyers of %3"_s.arg(controlBefore).arg(controlBuyers).arg(control)));
        // And no control member ever paid with a promotion's code.
        QCOMPARE(
            value("SELECT count(*) FROM promotion_audience a JOIN order_discounts d ON d.code = a.code JOIN orders o "
                  "ON o.id = d.order_id AND o.customer_id = a.customer_id WHERE a.control = 1"),
            u"0"_s);
    }

    void momentumIsRecordedEachTurn()
    {
        auto series = outcomes::loadMomentum(m_store.db());
        QVERIFY(series);
        for (const outcomes::MomentumSeries& s : *series)
            if (s.figure == QLatin1StringView(outcomes::figure::kTicketsPer100Orders))
                QCOMPARE(s.points.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWheelTurns)
#include "test_wheel_turns.moc"
