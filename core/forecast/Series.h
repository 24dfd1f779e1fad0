#pragma once

#include <vector>

namespace flywheel::forecast {

/// How often a series has one value; decides its seasonal period.
enum class Frequency { Daily, Weekly, Monthly, Quarterly, Yearly };

/// Values in one seasonal cycle: daily 7 (the weekday pattern), weekly 52, monthly 12, quarterly 4,
/// yearly 1 (no seasonality).
[[nodiscard]] int seasonalPeriod(Frequency frequency);

/// Equally spaced observations, oldest first, and how many of them make one seasonal cycle
/// (1 = not seasonal). A NaN marks a period whose value is unknown; the forecaster fills it in.
/// Quantities may be negative (returns outweighing sales).
struct Series {
    std::vector<double> values;
    int period = 1;
};

} // namespace flywheel::forecast
