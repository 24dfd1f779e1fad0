#pragma once

#include "Error.h"
#include "forecast/Series.h"

#include <vector>

namespace flywheel::forecast {

/// A history ready for the models, and what had to be done to it.
struct RepairedHistory {
    std::vector<double> values;
    int filledGaps = 0; ///< unknown periods filled from their neighbours
    int droppedLeading = 0; ///< unknown periods before the first known one, dropped
};

/// Fills the unknown (NaN or infinite) periods of a series: those before the first known value
/// are dropped, those between known values interpolated linearly, those at the end carry the
/// last known value. Fails with InvalidArgument when no period has a known value.
[[nodiscard]] Result<RepairedHistory> fillUnknownPeriods(const Series& series);

/// Sets isolated spikes to the median of their neighbourhood and returns how many there were. A
/// spike is more than ten robust deviations from that median, unless the same position of another
/// cycle shows a like excursion (a real seasonal peak) or such values are common (more than one
/// in ten: then they are how this history behaves).
int repairSpikes(std::vector<double>& y, int period);

} // namespace flywheel::forecast
