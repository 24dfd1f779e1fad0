// What the loop shows: the momentum cards on the home screen and, in the action queue, an action's
// lineage across the wheel and its outcome.
#include "TestSupport.h"

#include "queue/ActionDetailPane.h"
#include "shell/MomentumStrip.h"
#include "stages/outcomes/Momentum.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
namespace outcomes = flywheel::outcomes;

namespace {
outcomes::MomentumSeries series(const char* figure, std::initializer_list<double> values)
{
    outcomes::MomentumSeries s { QLatin1StringView(figure), {} };
    QDate day(2026, 10, 31);
    for (double v : values) {
        s.points.append({ day, v });
        day = day.addDays(28);
    }
    return s;
}
} // namespace

class TestLoopViews : public QObject {
    Q_OBJECT

private slots:
    void momentumCardsShowTheLatestChange()
    {
        flywheel::MomentumStrip strip;
        strip.setMomentum({}, u"USD"_s);
        QVERIFY(strip.isHidden());
        const auto tickets = series(outcomes::figure::kTicketsPer100Orders, { 7.3, 5.2 });
        const auto first = series(outcomes::figure::kZeroResultRate, { 12.3 });
        strip.setMomentum({ tickets, first }, u"USD"_s);
        QVERIFY(!strip.isHidden());
        QCOMPARE(strip.changeText(tickets), u"▼ 2.1"_s);
        QVERIFY(strip.changeText(first).contains(u"first"_s));
        QCOMPARE(flywheel::MomentumStrip::stageOf(QLatin1StringView(outcomes::figure::kNegativeShare)), u"service"_s);
        QCOMPARE(flywheel::MomentumStrip::stageOf(QLatin1StringView(outcomes::figure::kPromotionMarginGained)),
            u"promotions"_s);
        strip.resize(900, strip.sizeHint().height());
        QVERIFY(!strip.grab().isNull());
    }

    void anActionShowsItsLineageAndOutcome()
    {
        flywheel::ActionDetailPane pane;
        flywheel::Recommendation action;
        action.id = 7;
        action.stage = u"promotions"_s;
        action.kind = u"promotion"_s;
        action.title = u"Promote the Alpine Shell Jacket"_s;
        action.status = u"measured"_s;
        pane.setAction(action);
        pane.show();
        auto* lineage = pane.findChild<QLabel*>(u"actionLineage"_s);
        auto* outcome = pane.findChild<QLabel*>(u"actionOutcome"_s);
        auto* measure = pane.findChild<QLabel*>(u"actionMeasure"_s);
        QVERIFY(lineage && outcome && measure);
        QVERIFY(measure->text().contains(u"held-back"_s));
        QVERIFY(lineage->isHidden());
        QVERIFY(outcome->isHidden());

        flywheel::ActionDetailPane::Trace trace;
        trace.actionId = 7;
        trace.lineage.append(
            { u"inventory"_s, u"Alpine Shell Jacket: 41 units beyond what it sells"_s, std::nullopt, {} });
        trace.lineage.append({ u"merchandising"_s, u"Feature the Alpine Shell Jacket"_s, 3, u"pushed"_s });
        outcomes::OutcomeRow row;
        row.recommendationId = 7;
        row.metric = u"purchase_rate_vs_control"_s;
        row.status = u"measured"_s;
        row.windowDays = 28;
        row.startDay = QDate(2026, 10, 31);
        row.before = 2.0;
        row.after = 9.5;
        row.effect = 7.5;
        row.low = 3.1;
        row.high = 10.2;
        row.improved = true;
        row.sample = QJsonObject { { u"control"_s, 40 } };
        trace.outcome = row;
        pane.setTrace(trace);
        QVERIFY(!lineage->isHidden());
        QVERIFY(lineage->text().contains(u"41 units beyond"_s));
        QVERIFY(lineage->text().contains(u"(Pushed)"_s) || lineage->text().contains(u"(pushed)"_s));
        QVERIFY(!outcome->isHidden());
        QVERIFY(outcome->text().contains(u"9.5% of the audience"_s));
        QVERIFY(outcome->text().contains(u"It worked."_s));

        // A trace that arrives for an action no longer shown is ignored.
        action.id = 8;
        pane.setAction(action);
        pane.setTrace(trace);
        QVERIFY(lineage->isHidden());
        QVERIFY(outcome->isHidden());
    }
};

QTEST_MAIN(TestLoopViews)
#include "test_loopviews.moc"
