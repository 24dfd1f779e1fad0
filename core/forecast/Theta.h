#pragma once

#include "Error.h"
#include "forecast/Forecast.h"

#include <span>

namespace flywheel::forecast {

/// The Theta method (Assimakopoulos and Nikolopoulos 2000) in the form Hyndman and Billah (2003)
/// showed it to take: simple exponential smoothing plus a drift of half the slope of a straight
/// line through the history. A seasonal history (isSeasonal, 90 %) is first adjusted by a
/// classical multiplicative decomposition (additive when some value is <= 0) and the forecast
/// seasonalised again. The ranges are those of the exponential smoothing model around the Theta
/// forecast. Fails with InvalidArgument when the history is too short for the smoothing (< 5).
[[nodiscard]] Result<Forecast> thetaForecast(std::span<const double> y, int period, int horizon);

} // namespace flywheel::forecast
