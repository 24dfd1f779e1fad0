#pragma once

#include "Error.h"
#include "forecast/AutoForecast.h"

#include <span>

namespace flywheel::forecast {

/// How forecasts fared against what happened.
struct Accuracy {
    double wape = 0; ///< sum |actual - forecast| / sum |actual|
    double mase = 0; ///< mean over series of the mean absolute error / the history's seasonal-naive error
    double bias = 0; ///< sum (forecast - actual) / sum |actual|: above 0 forecasts too high
    double smape = 0; ///< mean of 200 |actual - forecast| / (|actual| + |forecast|), in percent
    double coverage80 = 0; ///< share of actuals inside the 80 % range
    double coverage95 = 0; ///< share of actuals inside the 95 % range
    int points = 0; ///< forecast periods scored
    int series = 0; ///< forecasts scored
    int masedSeries = 0; ///< series with a MASE (a perfectly regular history has no scale)
};

/// Sums the errors of many forecasts, so one figure can cover a whole catalogue or competition.
/// Not thread-safe; merge per-thread tallies with add(const AccuracyTally&).
class AccuracyTally {
public:
    /// Scores `forecast` against `actuals` (unknown actuals, NaN, are skipped). The MASE scale is
    /// the mean absolute change over one cycle (`period`) in `history`, over one period when the
    /// history is no longer than a cycle.
    void add(std::span<const double> history, int period, const Forecast& forecast, std::span<const double> actuals);
    void add(const AccuracyTally& other);
    [[nodiscard]] Accuracy result() const;

private:
    double m_absoluteError = 0;
    double m_absoluteActual = 0;
    double m_error = 0;
    double m_smape = 0;
    double m_mase = 0;
    int m_inside80 = 0;
    int m_inside95 = 0;
    int m_points = 0;
    int m_series = 0;
    int m_masedSeries = 0;
};

/// Holds back the last `options.horizon` values, forecasts them from the rest and scores the
/// forecast. Fails when the history is not longer than the horizon, or the forecast fails.
[[nodiscard]] Result<Accuracy> holdoutBacktest(const Series& series, const ForecastOptions& options);

/// Rolling origin: forecasts `options.horizon` periods from each of `origins` successive cut-offs,
/// the last one `horizon` periods before the end, and scores all of them together.
[[nodiscard]] Result<Accuracy> rollingOriginBacktest(const Series& series, const ForecastOptions& options, int origins);

} // namespace flywheel::forecast
