#pragma once

#include "forecast/Aggregation.h"
#include "forecast/Forecast.h"
#include "forecast/Series.h"

#include <optional>
#include <span>
#include <vector>

namespace flywheel::inventory {

/// The standard normal quantile: the z with P(Z <= z) = p, for 0 < p < 1.
[[nodiscard]] double normalQuantile(double p);

/// The forecast spread over the days ahead: each day's expected units and their variance, read off
/// the forecast's 80 % range (a weekly step is shared evenly by its seven days). Days past the
/// forecast's horizon repeat its last step, so any lead time can be covered.
class DailyDemand {
public:
    DailyDemand(const forecast::Forecast& forecast, forecast::Frequency frequency);

    /// Expected units in the first `days` days ahead (fractional days count pro rata).
    [[nodiscard]] double mean(double days) const;
    [[nodiscard]] double variance(double days) const;
    /// Days until the expected sales reach `units`; nullopt when they never do (no demand).
    [[nodiscard]] std::optional<double> daysToSell(double units) const;

private:
    [[nodiscard]] double sum(const std::vector<double>& perDay, double days) const;
    std::vector<double> m_mean;
    std::vector<double> m_variance;
};

/// The owner's terms for one variant.
struct ReplenishmentTerms {
    int leadTimeDays = 14;
    double serviceLevel = 0.95; ///< the chance that demand over lead time is covered
    int reviewDays = 7; ///< how often stock is reviewed and ordered: the order covers lead time + this
    int overstockWeeks = 26;
};

/// What the forecast means for one variant's stock.
struct Replenishment {
    double weeklyDemand = 0; ///< expected units per week over the next twelve weeks
    std::optional<double> daysOfCover; ///< until the stock on hand is expected to run out
    double stockoutRisk = 0; ///< chance that demand over lead time exceeds stock on hand and on its way
    double reorderPoint = 0; ///< mean + z sd of demand over lead time
    double orderUpTo = 0; ///< mean + z sd of demand over lead time + review period
    int suggestedOrder = 0; ///< units to order now: up to orderUpTo, when at or below the reorder point
    double unitsShort = 0; ///< expected demand over lead time that stock on hand and on its way cannot meet
    /// Units left after overstockWeeks of sales at the upper end of their 80 % range.
    int overstockUnits = 0;
};

/// Below this many surplus units a variant is not called overstocked: too little to act on.
inline constexpr int kMinOverstockUnits = 5;

[[nodiscard]] Replenishment planReplenishment(
    const DailyDemand& demand, int available, int incoming, const ReplenishmentTerms& terms);

/// How long the oldest unit on hand has probably been in stock, first in first out: walking back
/// from `lastDay`, the units on hand are the last ones received, so the oldest arrived before the
/// sales that add up to them. Nullopt when nothing is on hand; the whole history's length when its
/// sales never add up to the stock (it is at least that old). `sales` oldest first.
[[nodiscard]] std::optional<int> estimateStockAgeDays(
    std::span<const forecast::DatedQuantity> sales, int available, QDate lastDay);

} // namespace flywheel::inventory
