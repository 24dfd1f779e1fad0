#pragma once

#include "Error.h"
#include "forecast/Aggregation.h"
#include "forecast/Series.h"

#include <QDate>

#include <optional>
#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::inventory {

/// A variant's stock across its locations on a day the inventory export was read.
struct StockReading {
    QDate day;
    int available = 0;
    int incoming = 0;
};

/// What the store knows of one variant's demand and stock.
struct VariantHistory {
    std::int64_t variantId = 0;
    /// Units sold per day (the store's), cancelled orders left out and refunded orders' share taken
    /// off; oldest first, one entry per day.
    std::vector<forecast::DatedQuantity> sales;
    std::vector<StockReading> readings; ///< oldest first
};

struct DemandHistories {
    std::vector<VariantHistory> variants; ///< by variant id; variants with sales or readings
    QDate lastDay; ///< the store's newest order day: the day the data runs to
};

/// Every variant's sales and stock readings, or only `variantIds`' when given.
[[nodiscard]] Result<DemandHistories> readDemandHistories(
    Database& db, const std::optional<std::vector<std::int64_t>>& variantIds = std::nullopt);

/// The days from `firstDay` to `lastDay` (one flag per day) on which the variant had nothing to
/// sell, so its sales say nothing of its demand. A reading with nothing available marks the days
/// from the day after the last sale before it (the sale that took the last unit) up to the next
/// reading with stock or the next sale, whichever comes first, or up to `lastDay`.
[[nodiscard]] std::vector<bool> outOfStockDays(const VariantHistory& history, QDate firstDay, QDate lastDay);

/// A variant's demand as a series for the forecaster.
struct DemandSeries {
    forecast::Series series; ///< NaN: a period mostly out of stock (censored, not zero demand)
    forecast::Frequency frequency = forecast::Frequency::Weekly;
    QDate firstPeriod; ///< the first day of the series' first period
    int censoredPeriods = 0;

    /// The first day of the period after the series: where its forecast starts.
    [[nodiscard]] QDate nextPeriod() const;
};

/// Units per week, over the last eight weeks, from which a variant is forecast by day.
inline constexpr double kDailyFromUnitsPerWeek = 14.0;

/// The variant's demand from its first sale to the last complete period on `lastDay`: weekly, or
/// daily for a fast mover with at least sixteen weeks of sales. Periods out of stock for more than
/// half their days are unknown. An empty series when nothing was ever sold or no period is
/// complete yet.
[[nodiscard]] DemandSeries buildDemandSeries(const VariantHistory& history, QDate lastDay);

} // namespace flywheel::inventory
