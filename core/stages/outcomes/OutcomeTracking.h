#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QDate>

namespace flywheel::outcomes {

/// The figures an action is judged by, one per kind of action.
namespace metric {
inline constexpr auto kTicketRate = "ticket_rate"; ///< tickets about the subject per 100 orders
inline constexpr auto kZeroResultRate = "zero_result_rate"; ///< share of the queries' searches finding nothing
inline constexpr auto kClicksPerSearch = "clicks_per_search"; ///< clicks per 100 searches of the queries
inline constexpr auto kSalesLift = "sales_lift"; ///< units of the products against the rest
inline constexpr auto kForecastAccuracy = "forecast_accuracy"; ///< units sold against the forecast
inline constexpr auto kPurchaseRateVsControl = "purchase_rate_vs_control"; ///< buyers in audience vs control
} // namespace metric

/// The figure that judges an action of `stage` and `kind`.
[[nodiscard]] QString outcomeMetric(const QString& stage, const QString& kind);

/// Starts measuring a just-pushed action: the history's last day starts its "after" window, and what
/// the measurement needs later but the next run will rewrite (the forecast behind a reorder, the
/// products of a collection, the queries a synonym fixes) is frozen with it. An action already being
/// measured keeps its start. Runs inside the caller's transaction.
[[nodiscard]] Result<void> startMeasuring(Database& db, std::int64_t recommendationId);

} // namespace flywheel::outcomes
