// The loop's own pieces: the statistics behind outcomes, pushing chosen actions with a manifest,
// and the start of each pushed action's measurement.
#include "TestSupport.h"

#include "flywheel/Lineage.h"
#include "flywheel/Push.h"
#include "stages/outcomes/Effect.h"
#include "stages/outcomes/OutcomeQueries.h"
#include "stages/outcomes/OutcomeTracking.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using flywheel::test::TempStore;
namespace outcomes = flywheel::outcomes;

namespace {
QString valueOf(TempStore& store, const QByteArray& sql)
{
    return store.value(sql.toStdString());
}

/// The first action of `stage` still new, or 0.
std::int64_t firstNew(TempStore& store, const char* stage)
{
    return valueOf(store, "SELECT min(id) FROM recommendations WHERE status = 'new' AND stage = '"_ba + stage + "'")
        .toLongLong();
}
} // namespace

class TestLoop : public QObject {
    Q_OBJECT

private slots:
    void ratesBeforeAndAfter()
    {
        // 20 tickets in 400 orders, then 5 in 400: 5 → 1.25 per 100, clearly fewer.
        const auto fewer = outcomes::rateChange(20, 400, 5, 400, 100, outcomes::Better::Lower);
        QCOMPARE(fewer.before, 5.0);
        QCOMPARE(fewer.after, 1.25);
        QCOMPARE(fewer.effect, -3.75);
        QVERIFY(fewer.high < 0);
        QCOMPARE(fewer.improved, std::optional<bool>(true));
        // One ticket against none tells nothing.
        const auto unclear = outcomes::rateChange(1, 50, 0, 50, 100, outcomes::Better::Lower);
        QVERIFY(unclear.low < 0 && unclear.high > 0);
        QVERIFY(!unclear.improved);
        // Wanted lower, went up clearly: it went the wrong way.
        QCOMPARE(
            outcomes::rateChange(5, 400, 40, 400, 100, outcomes::Better::Lower).improved, std::optional<bool>(false));
    }

    void sharesAgainstControl()
    {
        // 30 of 100 in the audience bought against 10 of 100 held back: 20 points, Newcombe
        // interval about 9 to 30.
        const auto lift = outcomes::shareDifference(30, 100, 10, 100, outcomes::Better::Higher);
        QCOMPARE(lift.effect, 20.0);
        QVERIFY(lift.low > 8 && lift.low < 10);
        QVERIFY(lift.high > 29 && lift.high < 31);
        QCOMPARE(lift.improved, std::optional<bool>(true));
        // The same shares from ten people each cannot tell.
        QVERIFY(!outcomes::shareDifference(3, 10, 1, 10, outcomes::Better::Higher).improved);
        // Nobody bought in either group: no change, and an interval that stays within shares.
        const auto none = outcomes::shareDifference(0, 40, 0, 40, outcomes::Better::Higher);
        QCOMPARE(none.effect, 0.0);
        QVERIFY(none.low >= -100 && none.high <= 100 && none.low < 0 && none.high > 0);
    }

    void liftAgainstTheRestOfTheStore()
    {
        // The products sold half as much again while the rest of the store stood still.
        const auto lift = outcomes::relativeLift(100, 150, 1000, 1000, outcomes::Better::Higher);
        QVERIFY(qAbs(lift.effect - 49.6) < 1);
        QVERIFY(lift.low > 10);
        // The whole store grew by half as well: nothing is credited to the action.
        const auto season = outcomes::relativeLift(100, 150, 1000, 1500, outcomes::Better::Higher);
        QVERIFY(qAbs(season.effect) < 1);
        QVERIFY(!season.improved);
    }

    void pushingChosenActionsRecordsThemAndStartsTheirMeasurement()
    {
        TempStore store;
        QVERIFY(flywheel::test::createAnalysedDemo(store, u"promotions"_s));
        const std::int64_t content = firstNew(store, "content");
        const std::int64_t inventory = firstNew(store, "inventory");
        const std::int64_t promotion = firstNew(store, "promotions");
        QVERIFY(content > 0 && inventory > 0 && promotion > 0);
        // Accepted but not chosen: it waits for a later push.
        QVERIFY(flywheel::RecommendationQueue(store.db()).setStatus(promotion, u"accepted"_s));

        const QString dir = store.dir() + u"/push"_s;
        const std::vector<std::int64_t> chosen { content, inventory };
        auto report = flywheel::pushActions(store.db(), dir, chosen);
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->actions, 2);
        const auto statusOf = [&](std::int64_t id) {
            return valueOf(store, "SELECT status FROM recommendations WHERE id = "_ba + QByteArray::number(qint64(id)));
        };
        QCOMPARE(statusOf(content), u"pushed"_s);
        QCOMPARE(statusOf(inventory), u"pushed"_s);
        QCOMPARE(statusOf(promotion), u"accepted"_s);

        // The manifest says when, which files, and for which actions.
        QFile manifestFile(QDir(dir).filePath(QLatin1StringView(flywheel::kPushManifest)));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonArray pushes = QJsonDocument::fromJson(manifestFile.readAll()).object().value("pushes"_L1).toArray();
        QCOMPARE(pushes.size(), 1);
        const QJsonObject entry = pushes.first().toObject();
        QVERIFY(!entry.value("pushed_at"_L1).toString().isEmpty());
        QVERIFY(!entry.value("files"_L1).toArray().isEmpty());
        QList<qint64> listed;
        for (const QJsonValue& action : entry.value("actions"_L1).toArray())
            listed << action.toObject().value("id"_L1).toInteger();
        QCOMPARE(listed, (QList<qint64> { content, inventory }));

        // Each pushed action is measured from the history's last day over its own window, with
        // the forecast behind the reorder frozen.
        // The demo's history ends on 31 October in New York, though its last orders are 1 November in UTC.
        const QString lastDay = u"2026-10-31"_s;
        auto contentOutcome = outcomes::loadOutcome(store.db(), content);
        QVERIFY(contentOutcome && *contentOutcome);
        QCOMPARE((*contentOutcome)->status, u"waiting"_s);
        QCOMPARE((*contentOutcome)->metric, QLatin1StringView(outcomes::metric::kTicketRate));
        QCOMPARE((*contentOutcome)->startDay.toString(Qt::ISODate), lastDay);
        QVERIFY(outcomes::describeOutcome(**contentOutcome, QLocale::c()).contains(u"Measured once"_s));
        const QJsonObject frozen = QJsonDocument::fromJson(
            valueOf(store,
                "SELECT baseline FROM outcomes WHERE recommendation_id = "_ba + QByteArray::number(qint64(inventory)))
                .toUtf8())
                                       .object();
        QVERIFY(frozen.value("forecast"_L1).toDouble() > 0);
        QVERIFY(frozen.value("high80"_L1).toDouble() >= frozen.value("forecast"_L1).toDouble());
        QVERIFY(!valueOf(
            store, "SELECT pushed_at FROM recommendations WHERE id = "_ba + QByteArray::number(qint64(content)))
                     .isEmpty());

        // What is pushed cannot be pushed again, and no pushed cell is a spreadsheet formula.
        QVERIFY(!flywheel::pushActions(store.db(), dir, chosen));
        QDirIterator files(dir, { u"*.csv"_s });
        while (files.hasNext()) {
            QFile csv(files.next());
            QVERIFY(csv.open(QIODevice::ReadOnly));
            for (const QByteArray& line : csv.readAll().split('\n'))
                for (const QByteArray& cell : line.split(','))
                    QVERIFY2(cell.isEmpty() || !QByteArrayView("=+@").contains(cell.at(0)), cell.constData());
        }
    }

    void lineageFollowsTheProductAcrossStages()
    {
        TempStore store;
        QVERIFY(flywheel::test::createAnalysedDemo(store, u"promotions"_s));
        // A promotion rests on the product's stock, and any other action on the same product shows.
        auto queue = flywheel::RecommendationQueue(store.db()).list(u"promotions"_s);
        QVERIFY(queue && !queue->isEmpty());
        auto steps = flywheel::lineage(store.db(), queue->first());
        QVERIFY(steps);
        QVERIFY(std::any_of(
            steps->begin(), steps->end(), [](const flywheel::LineageStep& s) { return s.stage == u"inventory"_s; }));
        // The steps follow the wheel: no step of an earlier stage after one of a later stage.
        const QStringList order { u"service"_s, u"content"_s, u"search"_s, u"merchandising"_s, u"inventory"_s,
            u"promotions"_s };
        for (qsizetype i = 1; i < steps->size(); ++i)
            QVERIFY(order.indexOf(steps->at(i - 1).stage) <= order.indexOf(steps->at(i).stage));
    }
};

QTEST_GUILESS_MAIN(TestLoop)
#include "test_loop.moc"
