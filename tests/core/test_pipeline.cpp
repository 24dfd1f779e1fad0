// The spine every stage plugs into: dependency order, run records, failure handling, and the one
// action queue with its "don't ask twice" rule.
#include "TestSupport.h"

#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "stages/shared/RecentSales.h"
#include "store/Batches.h"

#include <QJsonObject>

#include <atomic>

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

/// A stage that reads the tickets ahead of its run (see Stage::readAhead()) and says in its headline
/// how many there were and whether they were read ahead.
class ReadingStage final : public flywheel::Stage {
public:
    ReadingStage(QString dependsOn, std::atomic_int* reads, bool readerFails = false)
        : m_dependsOn(std::move(dependsOn))
        , m_reads(reads)
        , m_readerFails(readerFails)
    {
    }
    QString name() const override { return QStringLiteral("promotions"); }
    QString title() const override { return name(); }
    QStringList dependsOn() const override { return { m_dependsOn }; }
    Reader readAhead() const override
    {
        return flywheel::readerOf([reads = m_reads, fails = m_readerFails](flywheel::Database& db,
                                      const flywheel::Progress*) -> flywheel::Result<std::int64_t> {
            ++*reads;
            if (fails)
                return flywheel::fail(flywheel::ErrorCode::Database, QStringLiteral("unreadable on purpose"));
            return db.scalar("SELECT count(*) FROM tickets");
        });
    }
    flywheel::Result<flywheel::StageSummary> run(flywheel::StageContext& context) override
    {
        const bool ahead = !context.readAhead.empty();
        auto tickets = flywheel::readAheadOr<std::int64_t>(
            context, [&] { return context.db.scalar("SELECT count(*) FROM tickets"); });
        if (!tickets)
            return std::unexpected(tickets.error());
        flywheel::StageSummary summary;
        summary.headline = QStringLiteral("%1 tickets, %2").arg(*tickets).arg(ahead ? "read ahead" : "read in the run");
        return summary;
    }

private:
    QString m_dependsOn;
    std::atomic_int* m_reads;
    bool m_readerFails;
};

/// A stage that leaves a note for the later stages of its run, or reads the one left before it.
class SharingStage final : public flywheel::Stage {
public:
    SharingStage(QString name, QStringList dependsOn)
        : m_name(std::move(name))
        , m_dependsOn(std::move(dependsOn))
    {
    }
    QString name() const override { return m_name; }
    QString title() const override { return m_name; }
    QStringList dependsOn() const override { return m_dependsOn; }
    flywheel::Result<flywheel::StageSummary> run(flywheel::StageContext& context) override
    {
        flywheel::StageSummary summary;
        const std::shared_ptr<QString> note = context.shared ? context.shared->get<QString>() : nullptr;
        summary.headline = note ? *note : QStringLiteral("no note");
        if (context.shared && m_dependsOn.isEmpty())
            context.shared->put(std::make_shared<QString>(QStringLiteral("left by ") + m_name));
        return summary;
    }

private:
    QString m_name;
    QStringList m_dependsOn;
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

/// stages() and a ReadingStage run after `after`.
std::vector<std::unique_ptr<flywheel::Stage>> stagesReadingAhead(QStringList* log, const QString& after,
    std::atomic_int* reads, bool readerFails = false, bool contentFails = false)
{
    auto list = stages(log, contentFails);
    list.push_back(std::make_unique<ReadingStage>(after, reads, readerFails));
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

    void stagesAboutToRunReadAhead()
    {
        TempStore store;
        QStringList log;
        std::atomic_int reads = 0;
        flywheel::Pipeline pipeline(stagesReadingAhead(&log, QStringLiteral("service"), &reads));
        auto first = pipeline.run(store.db());
        QVERIFY(first);
        QCOMPARE(reads.load(), 1);
        QCOMPARE(first->last().summary.headline, QStringLiteral("0 tickets, read ahead"));

        // Up to date: nothing is read.
        QVERIFY(pipeline.run(store.db()));
        QCOMPARE(reads.load(), 1);

        // New tickets make Service run, and with it the stage downstream, which reads them ahead.
        QVERIFY(!store.import(flywheel::test::dataPath(QStringLiteral("import/tickets_generic/input.csv"))).error);
        auto second = pipeline.run(store.db());
        QVERIFY(second);
        QCOMPARE(reads.load(), 2);
        const QString tickets = store.value("SELECT count(*) FROM tickets");
        QVERIFY(tickets.toInt() > 0);
        QCOMPARE(second->last().summary.headline, tickets + QStringLiteral(" tickets, read ahead"));

        // Run on its own, outside a pipeline, the stage reads for itself.
        flywheel::RecommendationQueue queue(store.db());
        flywheel::StageContext context { store.db(), queue, nullptr, 0, 0, {} };
        auto alone = ReadingStage(QStringLiteral("service"), &reads).run(context);
        QVERIFY(alone);
        QCOMPARE(alone->headline, tickets + QStringLiteral(" tickets, read in the run"));
        QCOMPARE(reads.load(), 2);
    }

    void laterStagesUseWhatAnEarlierOneShared()
    {
        TempStore store;
        std::vector<std::unique_ptr<flywheel::Stage>> list;
        list.push_back(std::make_unique<SharingStage>(QStringLiteral("service"), QStringList {}));
        list.push_back(std::make_unique<SharingStage>(QStringLiteral("content"), QStringList { QStringLiteral("service") }));
        flywheel::Pipeline pipeline(std::move(list));
        auto runs = pipeline.run(store.db(), {}, nullptr, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).summary.headline, QStringLiteral("no note"));
        QCOMPARE(runs->at(1).summary.headline, QStringLiteral("left by service"));
        flywheel::RunShared shared;
        QVERIFY(!shared.get<QString>());
        QVERIFY(!shared.get<int>());
    }

    void recentSalesAreReadOncePerRun()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + QStringLiteral("/demo");
        auto demo = flywheel::demo::createDemoStore(store.db(), options);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().describe()));
        const auto units = [&store](int days, flywheel::RunShared* shared) {
            auto sales = flywheel::readRecentProductSales(store.db(), days, shared);
            std::int64_t total = 0;
            for (const flywheel::ProductSales& product : sales.value())
                total += product.units;
            return total;
        };
        flywheel::RunShared shared;
        const std::int64_t first = units(90, &shared);
        QVERIFY(first > 0);
        // A run imports nothing; changing the orders here tells a second read from the shared one.
        QVERIFY(store.db().exec("UPDATE order_lines SET quantity = quantity + 1"));
        QCOMPARE(units(90, &shared), first);
        QVERIFY(units(90, nullptr) > first);
        QCOMPARE(units(30, &shared), units(30, nullptr)); // another window is read, not taken
    }

    void readingAheadFailsItsStageOrIsDropped()
    {
        TempStore store;
        QStringList log;
        std::atomic_int reads = 0;
        flywheel::Pipeline failing(stagesReadingAhead(&log, QStringLiteral("inventory"), &reads, true));
        auto runs = failing.run(store.db());
        QVERIFY(runs);
        QCOMPARE(runs->last().status, QStringLiteral("failed"));
        QVERIFY(runs->last().message.contains(QStringLiteral("unreadable on purpose")));
        QCOMPARE(log.size(), 4); // the stages before it ran as usual

        // An earlier stage fails: the run stops at once, and the reading ahead is stopped or dropped.
        flywheel::Pipeline stopping(stagesReadingAhead(&log, QStringLiteral("search"), &reads, false, true));
        auto stopped = stopping.run(store.db(), {}, nullptr, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY(stopped);
        QCOMPARE(stopped->last().status, QStringLiteral("failed"));
        QVERIFY(stopped->size() < 5);

        // A cancelled run: the reader stops, and the stage ends as cancelled, not failed. (The
        // counting stages before it do not look at the progress, and run.)
        flywheel::CallbackProgress cancelled;
        cancelled.cancel();
        flywheel::Pipeline cancelling(stagesReadingAhead(&log, QStringLiteral("service"), &reads));
        auto none = cancelling.run(store.db(), QStringLiteral("promotions"), &cancelled, 0, flywheel::Pipeline::Mode::Full);
        QVERIFY(none);
        QCOMPARE(none->last().stage, QStringLiteral("promotions"));
        QCOMPARE(none->last().status, QStringLiteral("cancelled"));
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
