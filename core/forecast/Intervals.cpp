#include "forecast/Intervals.h"

#include <algorithm>
#include <cmath>

namespace flywheel::forecast {

Forecast normalForecast(QString model, std::vector<double> mean, std::span<const double> sd)
{
    Forecast forecast;
    forecast.model = std::move(model);
    const size_t h = mean.size();
    forecast.lower80.resize(h);
    forecast.upper80.resize(h);
    forecast.lower95.resize(h);
    forecast.upper95.resize(h);
    for (size_t i = 0; i < h; ++i) {
        forecast.lower80[i] = mean[i] - kZ80 * sd[i];
        forecast.upper80[i] = mean[i] + kZ80 * sd[i];
        forecast.lower95[i] = mean[i] - kZ95 * sd[i];
        forecast.upper95[i] = mean[i] + kZ95 * sd[i];
    }
    forecast.mean = std::move(mean);
    return forecast;
}

double quantile(std::span<double> values, double q)
{
    if (values.empty())
        return 0;
    const double position = q * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(below), values.end());
    const double low = values[below];
    if (above == below)
        return low;
    // After nth_element everything past `below` is >= low; the next order statistic is their minimum.
    const double high = *std::min_element(values.begin() + std::ptrdiff_t(above), values.end());
    return low + (position - double(below)) * (high - low);
}

void setRangesFromSample(Forecast& forecast, size_t step, std::span<double> sample)
{
    forecast.lower95[step] = quantile(sample, 0.025);
    forecast.lower80[step] = quantile(sample, 0.10);
    forecast.upper80[step] = quantile(sample, 0.90);
    forecast.upper95[step] = quantile(sample, 0.975);
}

} // namespace flywheel::forecast
