#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QDate>

#include <vector>

namespace flywheel::outcomes {

/// The wheel's figures the home screen follows over time, one per stage; see momentumFigures().
namespace figure {
inline constexpr auto kTicketsPer100Orders = "tickets_per_100_orders";
// These four are their stage's headline figure (see each stage's summary).
inline constexpr auto kNegativeShare = "negative_share"; ///< % of the last 4 weeks' tickets
inline constexpr auto kCatalogCompleteness = "catalog_completeness"; ///< mean % of products
inline constexpr auto kZeroResultRate = "zero_result_rate"; ///< % of the last 4 weeks' searches
inline constexpr auto kForecastError = "forecast_error"; ///< backtest WAPE, %
inline constexpr auto kOverstockValue = "overstock_value"; ///< minor units
inline constexpr auto kPromotionMarginGained = "promotion_margin_gained"; ///< minor units, measured so far
} // namespace figure

struct MomentumFigure {
    QString figure;
    double value = 0;
};

/// Each figure as of `asOf`, over the 28 days ending there where the figure counts events; a figure
/// whose data the store lacks (no tickets, no search report) is left out.
[[nodiscard]] Result<std::vector<MomentumFigure>> momentumFigures(Database& db, QDate asOf);

/// Records the figures for `asOf`, replacing those of an earlier run over the same history.
[[nodiscard]] Result<void> recordMomentum(
    Database& db, QDate asOf, const std::vector<MomentumFigure>& figures, std::int64_t runId);

} // namespace flywheel::outcomes
