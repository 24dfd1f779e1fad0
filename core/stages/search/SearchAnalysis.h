#pragma once

#include "flywheel/Recommendation.h"
#include "stages/search/QueryDiagnosis.h"

#include <memory>
#include <vector>

namespace flywheel::search {

/// One reported query and what the Search stage made of it.
struct DiagnosedQuery {
    ReportedQuery reported;
    QueryDiagnosis diagnosis;
    std::int64_t id = 0; ///< its search_diagnoses row, once written
};

/// A collection a query names, for a redirect.
struct CollectionPage {
    QString handle;
    QString title;
};

/// Reads the site-search reports, queries folded and added up, the most searched first.
[[nodiscard]] Result<std::vector<ReportedQuery>> readReportedQueries(Database& db);
[[nodiscard]] Result<QHash<QString, CollectionPage>> readCollectionsByTitle(Database& db);

/// Rewrites search_diagnoses and search_demand.
[[nodiscard]] Result<void> writeDiagnoses(
    Database& db, std::int64_t runId, const Engine& engine, std::vector<DiagnosedQuery>& queries);

/// Proposes synonym groups (typos and wording gaps), redirects (queries naming a collection) and
/// unmet-demand reviews (not carried). Returns how many actions are in front of the owner.
[[nodiscard]] Result<int> proposeSearchActions(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<DiagnosedQuery>& queries, const QHash<QString, CollectionPage>& collections);

} // namespace flywheel::search
