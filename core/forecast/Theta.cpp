#include "forecast/Theta.h"

#include "forecast/Decomposition.h"
#include "forecast/EtsFit.h"
#include "forecast/EtsForecast.h"

#include <cmath>

namespace flywheel::forecast {

namespace {
/// Least-squares slope of y against time.
double linearSlope(std::span<const double> y)
{
    const double n = double(y.size());
    const double meanT = (n - 1) / 2;
    double meanY = 0;
    for (const double v : y)
        meanY += v;
    meanY /= n;
    double sxy = 0;
    double sxx = 0;
    for (size_t t = 0; t < y.size(); ++t) {
        sxy += (double(t) - meanT) * (y[t] - meanY);
        sxx += (double(t) - meanT) * (double(t) - meanT);
    }
    return sxx > 0 ? sxy / sxx : 0;
}
} // namespace

Result<Forecast> thetaForecast(std::span<const double> y, int period, int horizon)
{
    const SeasonalAdjustment season = detectSeason(y, period);
    const std::vector<double> adjusted = season.indices.empty()
        ? std::vector<double>(y.begin(), y.end())
        : seasonallyAdjusted(y, season.indices, season.multiplicative);
    auto smoothing = fitEts(adjusted, 1, EtsSpec {});
    if (!smoothing)
        return std::unexpected(smoothing.error());
    Forecast forecast = etsForecast(*smoothing, horizon);
    forecast.model = QStringLiteral("theta");
    const double alpha = smoothing->parameters.alpha;
    const double n = double(adjusted.size());
    const double halfSlope = linearSlope(adjusted) / 2;
    const double startDrift = (1 - std::pow(1 - alpha, n)) / alpha;
    forecast.transformAll([&](size_t h, double value) { return value + halfSlope * (double(h) + startDrift); });
    if (!season.indices.empty())
        reseasonalize(forecast, season.indices, y.size(), season.multiplicative);
    return forecast;
}

} // namespace flywheel::forecast
