#include "forecast/Backtest.h"

#include <QCoreApplication>

#include <cmath>

namespace flywheel::forecast {

namespace {
struct BacktestText {
    Q_DECLARE_TR_FUNCTIONS(Backtest)
};

/// Mean absolute change over `lag` periods among the known values, 0 when there is none.
double naiveScale(std::span<const double> history, size_t lag)
{
    double sum = 0;
    int count = 0;
    for (size_t t = lag; t < history.size(); ++t) {
        const double change = history[t] - history[t - lag];
        if (std::isfinite(change)) {
            sum += std::abs(change);
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}
} // namespace

void AccuracyTally::add(
    std::span<const double> history, int period, const Forecast& forecast, std::span<const double> actuals)
{
    const size_t cycle = size_t(std::max(period, 1));
    const double scale = naiveScale(history, history.size() > cycle ? cycle : 1);
    double seriesError = 0;
    int seriesPoints = 0;
    for (size_t h = 0; h < actuals.size() && h < forecast.mean.size(); ++h) {
        const double actual = actuals[h];
        if (!std::isfinite(actual))
            continue;
        const double predicted = forecast.mean[h];
        const double error = std::abs(actual - predicted);
        m_absoluteError += error;
        m_absoluteActual += std::abs(actual);
        m_error += predicted - actual;
        const double magnitude = std::abs(actual) + std::abs(predicted);
        m_smape += magnitude > 0 ? 200 * error / magnitude : 0;
        m_inside80 += actual >= forecast.lower80[h] && actual <= forecast.upper80[h] ? 1 : 0;
        m_inside95 += actual >= forecast.lower95[h] && actual <= forecast.upper95[h] ? 1 : 0;
        seriesError += error;
        ++seriesPoints;
    }
    if (seriesPoints == 0)
        return;
    m_points += seriesPoints;
    ++m_series;
    if (scale > 0) {
        m_mase += seriesError / seriesPoints / scale;
        ++m_masedSeries;
    }
}

void AccuracyTally::add(const AccuracyTally& other)
{
    m_absoluteError += other.m_absoluteError;
    m_absoluteActual += other.m_absoluteActual;
    m_error += other.m_error;
    m_smape += other.m_smape;
    m_mase += other.m_mase;
    m_inside80 += other.m_inside80;
    m_inside95 += other.m_inside95;
    m_points += other.m_points;
    m_series += other.m_series;
    m_masedSeries += other.m_masedSeries;
}

Accuracy AccuracyTally::result() const
{
    Accuracy accuracy;
    accuracy.points = m_points;
    accuracy.series = m_series;
    accuracy.masedSeries = m_masedSeries;
    if (m_points == 0)
        return accuracy;
    accuracy.wape = m_absoluteActual > 0 ? m_absoluteError / m_absoluteActual : 0;
    accuracy.bias = m_absoluteActual > 0 ? m_error / m_absoluteActual : 0;
    accuracy.smape = m_smape / m_points;
    accuracy.mase = m_masedSeries > 0 ? m_mase / m_masedSeries : 0;
    accuracy.coverage80 = double(m_inside80) / m_points;
    accuracy.coverage95 = double(m_inside95) / m_points;
    return accuracy;
}

Result<Accuracy> rollingOriginBacktest(const Series& series, const ForecastOptions& options, int origins)
{
    const int n = int(series.values.size());
    const int horizon = options.horizon;
    const int firstCut = n - horizon - std::max(origins, 1) + 1;
    if (horizon < 1 || firstCut < 1)
        return fail(ErrorCode::InvalidArgument,
            BacktestText::tr("A backtest of %1 period(s) from %2 origin(s) needs more than %3 periods of "
                             "history; this one has %4.")
                .arg(horizon)
                .arg(origins)
                .arg(horizon + origins - 1)
                .arg(n));
    AccuracyTally tally;
    for (int cut = firstCut; cut <= n - horizon; ++cut) {
        const std::span<const double> all = series.values;
        Series history { std::vector<double>(all.begin(), all.begin() + cut), series.period };
        auto forecast = forecastSeries(history, options);
        if (!forecast)
            return std::unexpected(forecast.error());
        tally.add(history.values, series.period, *forecast, all.subspan(size_t(cut), size_t(horizon)));
    }
    return tally.result();
}

Result<Accuracy> holdoutBacktest(const Series& series, const ForecastOptions& options)
{
    return rollingOriginBacktest(series, options, 1);
}

} // namespace flywheel::forecast
