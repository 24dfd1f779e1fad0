#include "forecast/LeadingSignal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace flywheel::forecast {

namespace {
/// Normal quantiles of the two-sided 80 % and 95 % ranges.
constexpr double kZ80 = 1.2815515655446004;
constexpr double kZ95 = 1.959963984540054;

bool known(double value)
{
    return std::isfinite(value);
}
} // namespace

std::optional<LeadingFit> fitLeadingSignal(std::span<const double> demand, std::span<const double> signal)
{
    std::optional<LeadingFit> best;
    double bestSquares = std::numeric_limits<double>::infinity();
    const size_t n = demand.size();
    const size_t first = n > size_t(kSignalFitWindow) ? n - size_t(kSignalFitWindow) : 0;
    for (int lag = 1; lag <= kMaxSignalLag; ++lag) {
        const auto pairs = [&](auto visit) {
            for (size_t t = std::max(first, size_t(lag)); t < n; ++t) {
                const size_t s = t - size_t(lag);
                if (s < signal.size() && known(demand[t]) && known(signal[s]))
                    visit(demand[t], signal[s]);
            }
        };
        double meanY = 0;
        double meanX = 0;
        int points = 0;
        pairs([&](double y, double x) {
            meanY += y;
            meanX += x;
            ++points;
        });
        if (points < kMinSignalPoints)
            continue;
        meanY /= points;
        meanX /= points;
        double covariance = 0;
        double variance = 0;
        pairs([&](double y, double x) {
            covariance += (x - meanX) * (y - meanY);
            variance += (x - meanX) * (x - meanX);
        });
        if (!(variance > 0) || !(covariance > 0))
            continue;
        const double conversion = covariance / variance;
        const double base = meanY - conversion * meanX;
        double squares = 0;
        double total = 0;
        pairs([&](double y, double x) {
            squares += (y - base - conversion * x) * (y - base - conversion * x);
            total += (y - meanY) * (y - meanY);
        });
        if (squares < bestSquares) {
            bestSquares = squares;
            best = LeadingFit { lag, base, conversion, std::sqrt(squares / std::max(points - 2, 1)),
                total > 0 ? 1 - squares / total : 0, points };
        }
    }
    return best;
}

std::optional<double> leadingMean(const LeadingFit& fit, std::span<const double> signal, int historyLength, int step)
{
    if (step < 1 || step > fit.lag)
        return std::nullopt;
    const qsizetype at = qsizetype(historyLength) - 1 + step - fit.lag;
    if (at < 0 || at >= qsizetype(signal.size()) || !known(signal[size_t(at)]))
        return std::nullopt;
    return std::max(0.0, fit.base + fit.conversion * signal[size_t(at)]);
}

int overlayLeadingSignal(
    Forecast& forecast, const LeadingFit& fit, std::span<const double> signal, int historyLength, double share)
{
    int replaced = 0;
    for (int step = 1; step <= std::min(fit.lag, forecast.horizon()); ++step) {
        const std::optional<double> mean = leadingMean(fit, signal, historyLength, step);
        if (!mean)
            continue;
        const size_t h = size_t(step - 1);
        const double value = share * *mean;
        // The whole's uncertainty scaled to the share, plus the luck of how the whole splits (binomial).
        const double sd = std::sqrt(share * share * fit.residualSd * fit.residualSd + share * (1 - share) * *mean);
        forecast.mean[h] = value;
        forecast.lower80[h] = std::max(0.0, value - kZ80 * sd);
        forecast.upper80[h] = value + kZ80 * sd;
        forecast.lower95[h] = std::max(0.0, value - kZ95 * sd);
        forecast.upper95[h] = value + kZ95 * sd;
        ++replaced;
    }
    return replaced;
}

} // namespace flywheel::forecast
