#pragma once

#include "forecast/Forecast.h"

#include <span>

namespace flywheel::forecast {

/// Standard normal quantiles of the central 80 % and 95 % ranges.
inline constexpr double kZ80 = 1.2815515655446004;
inline constexpr double kZ95 = 1.959963984540054;

/// A forecast whose ranges are normal around the mean: mean +- z * sd at each step.
[[nodiscard]] Forecast normalForecast(QString model, std::vector<double> mean, std::span<const double> sd);

/// The q quantile (0 <= q <= 1) of `values`, interpolated between order statistics. Reorders `values`.
[[nodiscard]] double quantile(std::span<double> values, double q);

/// Fills the ranges at `step` from a sample of outcomes at that step (reordered).
void setRangesFromSample(Forecast& forecast, size_t step, std::span<double> sample);

} // namespace flywheel::forecast
