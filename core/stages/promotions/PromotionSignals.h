#pragma once

#include "Error.h"
#include "customers/PriceResponse.h"
#include "flywheel/Recommendation.h"
#include "stages/promotions/PromotionPlanner.h"

#include <QSet>

namespace flywheel::promotions {

/// Rewrites price_response.
[[nodiscard]] Result<void> writePriceResponses(
    Database& db, std::int64_t runId, const customers::PriceResponses& prices);

/// The promotions already pushed: they and their audiences are kept as they went out.
[[nodiscard]] Result<QSet<QString>> readPushedPromotions(Database& db);

/// Replaces the promotions not yet pushed (and their audiences) with `planned`, skipping subjects
/// already pushed.
[[nodiscard]] Result<void> writePromotions(
    Database& db, std::int64_t runId, const std::vector<PlannedPromotion>& planned, const QSet<QString>& pushed);

/// Offers each planned promotion as an action; returns how many are in front of the owner.
[[nodiscard]] Result<int> proposePromotions(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<PlannedPromotion>& planned, const QSet<QString>& pushed);

} // namespace flywheel::promotions
