#pragma once

#include "Error.h"
#include "forecast/Forecast.h"

#include <span>

namespace flywheel::forecast {

/// The last value, repeated; ranges from the spread of one-period changes, growing with the
/// square root of the horizon. Needs one value (ranges are then empty: nothing shows the spread).
[[nodiscard]] Result<Forecast> naiveForecast(std::span<const double> y, int horizon);

/// The last full cycle, repeated; ranges from the spread of year-on-year (cycle-on-cycle)
/// changes, growing with the number of cycles ahead. Needs one full cycle.
[[nodiscard]] Result<Forecast> seasonalNaiveForecast(std::span<const double> y, int period, int horizon);

/// The M3 competition's Naive2 benchmark: the last seasonally adjusted value (classical
/// multiplicative decomposition when isSeasonal says so), seasonalised again.
[[nodiscard]] Result<Forecast> naive2Forecast(std::span<const double> y, int period, int horizon);

} // namespace flywheel::forecast
