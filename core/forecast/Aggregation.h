#pragma once

#include "Error.h"
#include "forecast/Series.h"

#include <QDate>

#include <span>

namespace flywheel::forecast {

/// A quantity on a day (an order line, a return as a negative quantity).
struct DatedQuantity {
    QDate date;
    double quantity = 0;
};

/// The first day of the period `date` falls in: the Monday of its week, the first of its month,
/// quarter or year, or the day itself.
[[nodiscard]] QDate periodStart(QDate date, Frequency frequency);
/// The start of the period `count` periods after the one starting at `start`.
[[nodiscard]] QDate addPeriods(QDate start, Frequency frequency, int count);

/// A series of period totals and the first day of its first period.
struct DatedSeries {
    Series series;
    QDate firstPeriod;
};

/// Sums the quantities per period, from the period of the earliest observation to the last
/// period that is complete on `lastDay` (the day the data runs to). Observations may come in any
/// order; periods without one are 0 (nothing sold), observations after `lastDay` are left out.
/// Fails with InvalidArgument when there is no valid observation, or no period is complete yet.
[[nodiscard]] Result<DatedSeries> aggregateByPeriod(
    std::span<const DatedQuantity> observations, Frequency frequency, QDate lastDay);

} // namespace flywheel::forecast
