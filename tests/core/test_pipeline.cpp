// The spine every stage plugs into: dependency order, run records, failure handling, and the one
// action queue with its "don't ask twice" rule.
#include "TestSupport.h"

#include "flywheel/Pipeline.h"
#include "store/Batches.h"

#include <QJsonObject>

using flywheel::test::TempStore;

namespace {

/// A stage for the test: proposes one action whose evidence is the number of orders.
class CountingStage final : public flywheel::Stage {
public:
    CountingStage(QString name, QStringList dependsOn, QStringList* log, bool fails = false)
        : m_name(std::move(name))
        , m_dependsOn(std::move(dependsOn))
        , m_log(log)
        , m_fails(fails)
    {
    }
    QString name() const override { return m_name; }
    QString title() const override { return m_name; }
    QStringList dependsOn() const override { return m_dependsOn; }
    QStringList reads() const override
    {
        // As the real stages: Service reads tickets, the others the whole store.
        return m_name == QStringLiteral("service") ? QStringList { QStringLiteral("tickets") }
                                                   : flywheel::importedTables();
    }
    flywheel::Result<flywheel::StageSummary> run(flywheel::StageContext& context) override
    {
        *m_log << m_name;
        if (m_fails)
            return flywheel::fail(flywheel::ErrorCode::Database, QStringLiteral("broken on purpose"));
        auto orders = context.db.scalar("SELECT count(*) FROM orders");
        if (!orders)
            return std::unexpected(orders.error());
        flywheel::Recommendation r;
        r.stage = m_name;
        r.kind = QStringLiteral("check");
        r.subjectKey = QStringLiteral("store");
        r.title = QStringLiteral("Look at the orders");
        r.evidence = QJsonArray { QJsonObject { { QStringLiteral("table"), QStringLiteral("orders") } } };
        r.evidenceStrength = double(*orders);
        r.expectedEffect = QStringLiteral("none");
        r.metric = QStringLiteral("orders");
        auto proposed = context.queue.propose(r, context.runId);
        if (!proposed)
            return std::unexpected(proposed.error());
        flywheel::StageSummary summary;
        summary.recommendations = 1;
        summary.headline = QStringLiteral("%1 orders").arg(*orders);
        return summary;
    }

private:
    QString m_name;
    QStringList m_dependsOn;
    QStringList* m_log;
    bool m_fails;
};

std::vector<std::unique_ptr<flywheel::Stage>> stages(QStringList* log, bool contentFails = false)
{
    std::vector<std::unique_ptr<flywheel::Stage>> list;
    list.push_back(
        std::make_unique<CountingStage>(QStringLiteral("search"), QStringList { QStringLiteral("content") }, log));
    list.push_back(std::make_unique<CountingStage>(
        QStringLiteral("content"), QStringList { QStringLiteral("service") }, log, contentFails));
    list.push_back(std::make_unique<CountingStage>(QStringLiteral("service"), QStringList {}, log));
    list.push_back(std::make_unique<CountingStage>(QStringLiteral("inventory"), QStringList {}, log));
    return list;
}

} // namespace

class TestPipeline : public QObject {
    Q_OBJECT

private slots:
    void runsInDependencyOrderAndRecordsRuns()
    {
        TempStore store;
        QStringList log;
        flywheel::Pipeline pipeline(stages(&log));
        auto runs = pipeline.run(store.db());
        QVERIFY(runs);
        QCOMPARE(log, (QStringList { "service", "content", "search", "inventory" }));
        QCOMPARE(store.count("stage_runs"), 4);
        QCOMPARE(store.value("SELECT count(*) FROM stage_runs WHERE status = 'ok' AND duration_ms >= 0"),
            QStringLiteral("4"));
        QCOMPARE(store.count("recommendations"), 4);
    }

    void oneStageBringsItsDependencies()
    {
        TempStore store;
        QStringList log;
        flywheel::Pipeline pipeline(stages(&log));
        QVERIFY(pipeline.run(store.db(), QStringLiteral("content")));
        QCOMPARE(log, (QStringList { "service", "content" }));
        auto unknown = pipeline.run(store.db(), QStringLiteral("astrology"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("service")));
    }

    void failureStopsLaterStages()
    {
        TempStore store;
        QStringList log;
        flywheel::Pipeline pipeline(stages(&log, true));
        auto runs = pipeline.run(store.db());
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->last().status, QStringLiteral("failed"));
        QVERIFY(runs->last().message.contains(QStringLiteral("broken on purpose")));
        QCOMPARE(log, (QStringList { "service", "content" }));
    }

    void cyclesAreRefused()
    {
        QStringList log;
        std::vector<std::unique_ptr<flywheel::Stage>> list;
        list.push_back(std::make_unique<CountingStage>(QStringLiteral("a"), QStringList { QStringLiteral("b") }, &log));
        list.push_back(std::make_unique<CountingStage>(QStringLiteral("b"), QStringList { QStringLiteral("a") }, &log));
        flywheel::Pipeline pipeline(std::move(list));
        QVERIFY(!pipeline.order());
    }

    void upToDateStagesAreSkipped()
    {
        TempStore store;
        QStringList log;
        flywheel::Pipeline pipeline(stages(&log));
        QVERIFY(pipeline.run(store.db()));
        QCOMPARE(log.size(), 4);

        // Nothing changed: every stage keeps its results and says so.
        log.clear();
        auto again = pipeline.run(store.db());
        QVERIFY(again);
        QVERIFY(log.isEmpty());
        for (const flywheel::StageRun& run : *again) {
            QCOMPARE(run.status, QStringLiteral("up_to_date"));
            QCOMPARE(run.summary.headline, QStringLiteral("0 orders"));
        }
        QCOMPARE(store.count("stage_runs"), 4);

        // Search terms touch neither the tickets Service reads nor anything upstream of it.
        QVERIFY(!store.import(flywheel::test::dataPath(QStringLiteral("import/search_generic/input.csv"))).error);
        log.clear();
        QVERIFY(pipeline.run(store.db()));
        QCOMPARE(log, (QStringList { QStringLiteral("content"), QStringLiteral("search"), QStringLiteral("inventory") }));

        // Tickets reach Service and, through it, the stages downstream.
        QVERIFY(!store.import(flywheel::test::dataPath(QStringLiteral("import/tickets_generic/input.csv"))).error);
        log.clear();
        QVERIFY(pipeline.run(store.db()));
        QCOMPARE(log, (QStringList { QStringLiteral("service"), QStringLiteral("content"), QStringLiteral("search"),
                          QStringLiteral("inventory") }));

        // Re-importing the same file changes no row: nothing to recompute.
        QVERIFY(!store.import(flywheel::test::dataPath(QStringLiteral("import/tickets_generic/input.csv"))).error);
        log.clear();
        QVERIFY(pipeline.run(store.db()));
        QVERIFY(log.isEmpty());

        // A setting, or the owner's decision on an action, can change what a stage concludes.
        QVERIFY(store.db().exec("INSERT INTO store_settings (key, value) VALUES ('currency', 'EUR') ON CONFLICT (key) "
                                "DO UPDATE SET value = 'EUR'"));
        log.clear();
        QVERIFY(pipeline.run(store.db()));
        QCOMPARE(log.size(), 4);
        QVERIFY(flywheel::RecommendationQueue(store.db()).setStatus(1, QStringLiteral("accepted")));
        log.clear();
        QVERIFY(pipeline.run(store.db(), QStringLiteral("service")));
        QCOMPARE(log, QStringList { QStringLiteral("service") });

        // Undoing an import is a change too, and a full run runs everything whatever changed.
        const QString lastBatch = store.value("SELECT max(id) FROM import_batches WHERE inserted > 0");
        QVERIFY(flywheel::undoBatch(store.db(), lastBatch.toLongLong()));
        log.clear();
        QVERIFY(pipeline.run(store.db()));
        QVERIFY(log.contains(QStringLiteral("service")));
        log.clear();
        QVERIFY(pipeline.run(store.db(), {}, nullptr, 0, flywheel::Pipeline::Mode::Full));
        QCOMPARE(log.size(), 4);
    }

    void dismissedActionReturnsOnlyWithMoreEvidence()
    {
        TempStore store;
        flywheel::RecommendationQueue queue(store.db());
        flywheel::Recommendation r;
        r.stage = QStringLiteral("content");
        r.kind = QStringLiteral("add-attribute");
        r.subjectKey = QStringLiteral("product:1:waterproof");
        r.title = QStringLiteral("Say whether the jacket is waterproof");
        r.evidenceStrength = 5;
        r.expectedEffect = QStringLiteral("fewer questions");
        r.metric = QStringLiteral("tickets per 100 orders");
        QCOMPARE(queue.propose(r).value(), flywheel::RecommendationQueue::Proposed::Added);
        auto listed = queue.list();
        QVERIFY(listed && listed->size() == 1);
        QVERIFY(queue.setStatus(listed->first().id, QStringLiteral("dismissed")));

        QCOMPARE(queue.propose(r).value(), flywheel::RecommendationQueue::Proposed::StillDismissed);
        r.evidenceStrength = 9;
        QCOMPARE(queue.propose(r).value(), flywheel::RecommendationQueue::Proposed::Reopened);
        QCOMPARE(queue.list()->first().status, QStringLiteral("new"));
        QCOMPARE(queue.list()->size(), 1);

        QVERIFY(queue.setStatus(listed->first().id, QStringLiteral("accepted")));
        QCOMPARE(queue.propose(r).value(), flywheel::RecommendationQueue::Proposed::Refreshed);
        QCOMPARE(queue.list()->first().status, QStringLiteral("accepted"));
        QVERIFY(!queue.setStatus(listed->first().id, QStringLiteral("maybe")));
        QVERIFY(!queue.setStatus(9999, QStringLiteral("accepted")));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "test_pipeline.moc"
