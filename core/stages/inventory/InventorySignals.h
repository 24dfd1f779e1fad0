#pragma once

#include "Error.h"
#include "flywheel/Recommendation.h"
#include "stages/inventory/StockHealth.h"
#include "stages/inventory/VariantForecasts.h"

#include <QHash>

#include <vector>

namespace flywheel::inventory {

/// Replaces inventory_forecasts with `forecasts` (failed forecasts are left out).
[[nodiscard]] Result<void> writeForecasts(Database& db, std::int64_t runId, const VariantForecasts& forecasts);
/// Replaces inventory_health with `health`.
[[nodiscard]] Result<void> writeHealth(Database& db, std::int64_t runId, const std::vector<StockHealth>& health);

/// Queues a reorder for every variant that is out of stock or at its reorder point and should be
/// ordered; returns how many are in front of the owner.
[[nodiscard]] Result<int> proposeReorders(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<StockHealth>& health, const QHash<std::int64_t, StockedVariant>& variants,
    const QHash<std::int64_t, const VariantForecast*>& forecasts);

} // namespace flywheel::inventory
