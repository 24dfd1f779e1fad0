#pragma once

#include "forecast/EtsFit.h"
#include "forecast/Forecast.h"

namespace flywheel::forecast {

/// Point forecasts of a fitted ETS model for `horizon` periods, with 80 % and 95 % ranges:
/// analytical variances for the linear models (additive error, no multiplicative season) and for
/// multiplicative errors without a multiplicative season (Hyndman et al. 2008, chapter 6,
/// classes 1 and 2), quantiles of simulated sample paths for the others. The simulation starts
/// from a fixed seed, so the same fit always gives the same ranges.
[[nodiscard]] Forecast etsForecast(const EtsFit& fit, int horizon);

} // namespace flywheel::forecast
