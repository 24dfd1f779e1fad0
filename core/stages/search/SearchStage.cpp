#include "stages/search/SearchStage.h"

#include "Parallel.h"
#include "flywheel/StageSteps.h"
#include "search/CatalogDocuments.h"
#include "stages/search/SearchAnalysis.h"
#include "store/StoreSettings.h"

namespace flywheel::search {

namespace {
StageSummary summarize(const std::vector<DiagnosedQuery>& queries, int actions)
{
    StageSummary summary;
    summary.recommendations = actions;
    int recent = 0;
    int failedRecent = 0;
    int unmet = 0;
    int failing = 0;
    for (const DiagnosedQuery& q : queries) {
        const Diagnosis d = q.diagnosis.diagnosis;
        const bool failed = d != Diagnosis::Ok && d != Diagnosis::OutOfStock;
        recent += q.reported.recentSearches;
        failedRecent += failed ? q.reported.recentSearches : 0;
        failing += failed ? 1 : 0;
        unmet += d == Diagnosis::NotCarried ? 1 : 0;
    }
    if (recent > 0) {
        summary.figure = 100.0 * failedRecent / recent;
        summary.figureLabel = SearchStage::tr("searches finding nothing, last 4 weeks (%)");
    }
    summary.headline = SearchStage::tr(
        "%n quer(ies) replayed; %1 find nothing, %2 of them not carried", nullptr, int(queries.size()))
                           .arg(failing)
                           .arg(unmet);
    summary.handoff = SearchStage::tr("%n unmet quer(ies)", nullptr, unmet);
    return summary;
}
} // namespace

Result<StageSummary> SearchStage::run(StageContext& context)
{
    Database& db = context.db;
    Progress* progress = context.progress;
    enum Step { Load, Replay, Write, StepCount };
    StageSteps steps(name(), StepCount, progress);

    steps.enter(Load, "Load");
    auto engine = openCatalogEngine(db, context.shared);
    if (!engine)
        return std::unexpected(engine.error());
    if (context.shared)
        context.shared->put(*engine);
    auto reported = readReportedQueries(db);
    if (!reported)
        return std::unexpected(reported.error());
    auto collections = readCollectionsByTitle(db);
    if (!collections)
        return std::unexpected(collections.error());
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Replay, "Replay");
    std::vector<DiagnosedQuery> queries(reported->size());
    const QueryDoctor doctor(**engine, StoreSettings(db).language());
    forEachChunk(queries.size(), 32, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            queries[i].reported = std::move((*reported)[i]);
            queries[i].diagnosis = doctor.diagnose(queries[i].reported.query);
        }
    });
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Write, "Write");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = writeDiagnoses(db, context.runId, **engine, queries); !ok)
        return std::unexpected(ok.error());
    auto actions = proposeSearchActions(context.queue, context.runId, queries, *collections);
    if (!actions)
        return std::unexpected(actions.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(queries, *actions);
}

} // namespace flywheel::search
