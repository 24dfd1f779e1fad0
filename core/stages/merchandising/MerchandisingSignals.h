#pragma once

#include "flywheel/Recommendation.h"
#include "stages/merchandising/CollectionRanking.h"

#include <vector>

namespace flywheel::merchandising {

/// Weeks of each series kept for the chart: the last year.
inline constexpr int kStoredWeeks = 52;
/// Featured products proposed per run at most: a home page and an email hold a handful.
inline constexpr int kMaxFeatures = 8;

/// Replaces merch_trends with every query and product of `trends`.
[[nodiscard]] Result<void> writeTrends(
    Database& db, std::int64_t runId, const TrendReport& trends, const QHash<std::int64_t, ProductFacts>& facts);
/// Replaces merch_collection_ranks with `rankings`.
[[nodiscard]] Result<void> writeRankings(
    Database& db, std::int64_t runId, const std::vector<CollectionRanking>& rankings);

/// Queues a new order for each collection whose suggested order differs() from its current one;
/// returns how many are in front of the owner.
[[nodiscard]] Result<int> proposeCollectionOrders(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<CollectionRanking>& rankings, const QHash<std::int64_t, ProductFacts>& facts);


/// The trending products that may be pushed (in stock with cover, or stock not known), the surest
/// first, at most kMaxFeatures.
[[nodiscard]] std::vector<const ProductTrend*> featureCandidates(
    const TrendReport& trends, const QHash<std::int64_t, ProductFacts>& facts);

/// Queues "feature this product" for each candidate; returns how many are in front of the owner.
[[nodiscard]] Result<int> proposeFeatures(RecommendationQueue& queue, std::int64_t runId, const TrendReport& trends,
    const std::vector<const ProductTrend*>& candidates, const QHash<std::int64_t, ProductFacts>& facts);

} // namespace flywheel::merchandising
