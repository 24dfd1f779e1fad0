#pragma once

#include "forecast/Forecast.h"

#include <span>

namespace flywheel::forecast {

/// The median, step by step, of the forecasts' means and of each range bound (for two forecasts,
/// their average). All parts must have the same horizon; the model is named after the parts.
[[nodiscard]] Forecast medianCombination(std::span<const Forecast> parts);

} // namespace flywheel::forecast
