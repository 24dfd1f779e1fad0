#include "forecast/Naive.h"

#include "forecast/Decomposition.h"
#include "forecast/Intervals.h"

#include <QCoreApplication>

#include <cmath>

namespace flywheel::forecast {

namespace {
struct NaiveText {
    Q_DECLARE_TR_FUNCTIONS(NaiveForecast)
};

/// Root mean square of the changes over `lag` periods (0 when there are none).
double changeDeviation(std::span<const double> y, size_t lag)
{
    double sum = 0;
    size_t count = 0;
    for (size_t t = lag; t < y.size(); ++t, ++count)
        sum += (y[t] - y[t - lag]) * (y[t] - y[t - lag]);
    return count > 0 ? std::sqrt(sum / double(count)) : 0;
}
} // namespace

Result<Forecast> naiveForecast(std::span<const double> y, int horizon)
{
    if (y.empty())
        return fail(ErrorCode::InvalidArgument, NaiveText::tr("There is no history to repeat."));
    const double sigma = changeDeviation(y, 1);
    const size_t steps = size_t(horizon);
    std::vector<double> mean(steps, y.back());
    std::vector<double> sd(steps);
    for (int h = 1; h <= horizon; ++h)
        sd[size_t(h - 1)] = sigma * std::sqrt(double(h));
    return normalForecast(QStringLiteral("naive"), std::move(mean), sd);
}

Result<Forecast> seasonalNaiveForecast(std::span<const double> y, int period, int horizon)
{
    const size_t m = size_t(std::max(period, 1));
    if (y.size() < m)
        return fail(ErrorCode::InvalidArgument,
            NaiveText::tr("Repeating the last season needs one full season (%n period(s)).", nullptr, period));
    const double sigma = changeDeviation(y, m);
    const size_t steps = size_t(horizon);
    std::vector<double> mean(steps);
    std::vector<double> sd(steps);
    for (size_t h = 0; h < steps; ++h) {
        mean[h] = y[y.size() - m + h % m];
        sd[h] = sigma * std::sqrt(double(h / m + 1));
    }
    return normalForecast(QStringLiteral("seasonal naive"), std::move(mean), sd);
}

Result<Forecast> naive2Forecast(std::span<const double> y, int period, int horizon)
{
    const SeasonalAdjustment season = detectSeason(y, period);
    const bool seasonal = !season.indices.empty();
    auto forecast = naiveForecast(
        seasonal ? seasonallyAdjusted(y, season.indices, season.multiplicative) : std::vector(y.begin(), y.end()),
        horizon);
    if (!forecast)
        return forecast;
    forecast->model = QStringLiteral("naive2");
    if (seasonal)
        reseasonalize(*forecast, season.indices, y.size(), season.multiplicative);
    return forecast;
}

} // namespace flywheel::forecast
