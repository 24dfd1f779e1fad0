#include "forecast/Intermittent.h"

#include "forecast/Intervals.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace flywheel::forecast {

namespace {
struct IntermittentText {
    Q_DECLARE_TR_FUNCTIONS(IntermittentForecast)
};

constexpr double kIntervalCutoff = 1.32;
constexpr double kVariationCutoff = 0.49;

struct Smoothed {
    double size = 0;
    double probability = 0; ///< of demand in a period
    double mean = 0; ///< the point forecast
};

Smoothed smoothCroston(std::span<const double> y, const IntermittentOptions& options, bool biasCorrected)
{
    Smoothed result;
    double interval = 0;
    size_t last = 0;
    bool started = false;
    for (size_t t = 0; t < y.size(); ++t) {
        if (!(y[t] > 0))
            continue;
        if (!started) {
            // The first gap says little (a demand history usually starts with its first sale, a gap
            // of one): start from the history's average gap instead, or a sparse item is forecast
            // as if it sold every period.
            const auto demands = std::count_if(y.begin(), y.end(), [](double v) { return v > 0; });
            result.size = y[t];
            interval = double(y.size()) / double(demands);
            started = true;
        } else {
            result.size += options.alpha * (y[t] - result.size);
            interval += options.alpha * (double(t - last) - interval);
        }
        last = t;
    }
    result.probability = std::min(1.0, 1 / interval);
    result.mean = result.size / interval * (biasCorrected ? 1 - options.alpha / 2 : 1);
    return result;
}

Smoothed smoothTsb(std::span<const double> y, const IntermittentOptions& options, int demands)
{
    Smoothed result;
    result.probability = double(demands) / double(y.size());
    bool started = false;
    for (const double value : y) {
        const bool demand = value > 0;
        result.probability += options.beta * ((demand ? 1.0 : 0.0) - result.probability);
        if (!demand)
            continue;
        result.size = started ? result.size + options.alpha * (value - result.size) : value;
        started = true;
    }
    result.mean = result.probability * result.size;
    return result;
}

/// Quantile q of one period's demand: no demand with probability 1 - p, else a size.
double demandQuantile(std::span<double> sizes, double sizeScale, double probability, double q)
{
    const double noDemand = 1 - probability;
    if (q <= noDemand || probability <= 0)
        return 0;
    return sizeScale * quantile(sizes, (q - noDemand) / probability);
}
} // namespace

DemandProfile profileDemand(std::span<const double> y)
{
    DemandProfile profile;
    double sum = 0;
    double sumSquares = 0;
    size_t firstDemand = 0;
    size_t lastDemand = 0;
    for (size_t t = 0; t < y.size(); ++t) {
        const double value = y[t];
        if (value > 0) {
            if (profile.demands == 0)
                firstDemand = t;
            lastDemand = t;
            ++profile.demands;
            sum += value;
            sumSquares += value * value;
            profile.trailingZeros = 0;
        } else {
            ++profile.trailingZeros;
        }
    }
    if (profile.demands == 0)
        return profile;
    profile.averageInterval = double(y.size()) / profile.demands;
    if (profile.demands > 1)
        profile.demandGap = double(lastDemand - firstDemand) / (profile.demands - 1);
    const double meanSize = sum / profile.demands;
    const double variance = std::max(0.0, sumSquares / profile.demands - meanSize * meanSize);
    profile.sizeVariation = variance / (meanSize * meanSize);
    const bool sparse = profile.averageInterval >= kIntervalCutoff;
    const bool variable = profile.sizeVariation >= kVariationCutoff;
    profile.pattern = sparse ? (variable ? DemandPattern::Lumpy : DemandPattern::Intermittent)
                             : (variable ? DemandPattern::Erratic : DemandPattern::Smooth);
    return profile;
}

IntermittentMethod chooseIntermittentMethod(const DemandProfile& profile)
{
    if (profile.trailingZeros > 2 * profile.demandGap)
        return IntermittentMethod::Tsb;
    return profile.pattern == DemandPattern::Lumpy ? IntermittentMethod::Sba : IntermittentMethod::Croston;
}

Result<Forecast> intermittentForecast(
    std::span<const double> y, int horizon, IntermittentMethod method, const IntermittentOptions& options)
{
    std::vector<double> sizes;
    for (const double value : y)
        if (value > 0)
            sizes.push_back(value);
    if (sizes.empty())
        return fail(ErrorCode::InvalidArgument,
            IntermittentText::tr("The history has no period with demand, so there is nothing to smooth."));
    const Smoothed smoothed = method == IntermittentMethod::Tsb
        ? smoothTsb(y, options, int(sizes.size()))
        : smoothCroston(y, options, method == IntermittentMethod::Sba);
    double meanSize = 0;
    for (const double size : sizes)
        meanSize += size;
    meanSize /= double(sizes.size());
    const double sizeScale = smoothed.size / meanSize;

    static const char* const names[] = { "croston", "sba", "tsb" };
    Forecast forecast;
    forecast.model = QString::fromLatin1(names[int(method)]);
    const size_t h = size_t(horizon);
    forecast.mean.assign(h, smoothed.mean);
    forecast.lower95.assign(h, demandQuantile(sizes, sizeScale, smoothed.probability, 0.025));
    forecast.lower80.assign(h, demandQuantile(sizes, sizeScale, smoothed.probability, 0.10));
    forecast.upper80.assign(h, demandQuantile(sizes, sizeScale, smoothed.probability, 0.90));
    forecast.upper95.assign(h, demandQuantile(sizes, sizeScale, smoothed.probability, 0.975));
    return forecast;
}

} // namespace flywheel::forecast
