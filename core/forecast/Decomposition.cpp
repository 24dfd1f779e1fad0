#include "forecast/Decomposition.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace flywheel::forecast {

namespace {
constexpr double kOneSided90 = 1.6448536269514722;

/// Centred moving average over one cycle (a 2 x m average for an even period); NaN at the ends.
std::vector<double> centredMovingAverage(std::span<const double> y, int period)
{
    const size_t n = y.size();
    const size_t m = size_t(period);
    std::vector<double> average(n, std::nan(""));
    const size_t half = m / 2;
    for (size_t t = half; t + half < n; ++t) {
        double sum = 0;
        if (m % 2 == 1) {
            for (size_t k = t - half; k <= t + half; ++k)
                sum += y[k];
        } else {
            for (size_t k = t - half + 1; k < t + half; ++k)
                sum += y[k];
            sum += 0.5 * (y[t - half] + y[t + half]);
        }
        average[t] = sum / double(m);
    }
    return average;
}
} // namespace

bool isSeasonal(std::span<const double> y, int period)
{
    const size_t n = y.size();
    if (period <= 1 || n < 2 * size_t(period))
        return false;
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double variance = 0;
    for (const double v : y)
        variance += (v - mean) * (v - mean);
    if (!(variance > 0))
        return false;
    double sumSquares = 0;
    double lastLag = 0;
    for (int lag = 1; lag <= period; ++lag) {
        double covariance = 0;
        for (size_t t = size_t(lag); t < n; ++t)
            covariance += (y[t] - mean) * (y[t - size_t(lag)] - mean);
        const double r = covariance / variance;
        if (lag < period)
            sumSquares += r * r;
        else
            lastLag = r;
    }
    return std::abs(lastLag) > kOneSided90 * std::sqrt((1 + 2 * sumSquares) / double(n));
}

std::vector<double> seasonalIndices(std::span<const double> y, int period, bool multiplicative)
{
    const double neutral = multiplicative ? 1.0 : 0.0;
    const size_t m = size_t(std::max(period, 1));
    std::vector<double> indices(m, neutral);
    if (period <= 1 || y.size() < 2 * m)
        return indices;
    if (multiplicative && std::any_of(y.begin(), y.end(), [](double v) { return !(v > 0); }))
        return indices;
    const std::vector<double> trend = centredMovingAverage(y, period);
    std::vector<double> sums(m, 0.0);
    std::vector<int> counts(m, 0);
    for (size_t t = 0; t < y.size(); ++t) {
        if (std::isnan(trend[t]))
            continue;
        sums[t % m] += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
        ++counts[t % m];
    }
    for (size_t k = 0; k < m; ++k)
        indices[k] = counts[k] > 0 ? sums[k] / counts[k] : neutral;
    const double average = std::accumulate(indices.begin(), indices.end(), 0.0) / double(m);
    for (double& index : indices)
        index = multiplicative ? index / average : index - average;
    return indices;
}

std::vector<double> seasonallyAdjusted(std::span<const double> y, std::span<const double> indices, bool multiplicative)
{
    std::vector<double> adjusted(y.size());
    for (size_t t = 0; t < y.size(); ++t) {
        const double index = indices[t % indices.size()];
        adjusted[t] = multiplicative ? y[t] / index : y[t] - index;
    }
    return adjusted;
}

void reseasonalize(Forecast& forecast, std::span<const double> indices, size_t firstStep, bool multiplicative)
{
    forecast.transformAll([&](size_t h, double value) {
        const double index = indices[(firstStep + h) % indices.size()];
        return multiplicative ? value * index : value + index;
    });
}

SeasonalAdjustment detectSeason(std::span<const double> y, int period)
{
    SeasonalAdjustment adjustment;
    if (!isSeasonal(y, period))
        return adjustment;
    adjustment.multiplicative = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    adjustment.indices = seasonalIndices(y, period, adjustment.multiplicative);
    return adjustment;
}

} // namespace flywheel::forecast
