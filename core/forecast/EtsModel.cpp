#include "forecast/EtsModel.h"

#include <cmath>
#include <numbers>

namespace flywheel::forecast {

QString EtsSpec::name() const
{
    const QString trendName = trend == EtsTrend::None ? QStringLiteral("N")
        : trend == EtsTrend::Damped                   ? QStringLiteral("Ad")
                                                      : QStringLiteral("A");
    const QString seasonName = season == EtsSeason::None ? QStringLiteral("N")
        : season == EtsSeason::Additive                  ? QStringLiteral("A")
                                                         : QStringLiteral("M");
    return QStringLiteral("ETS(%1,%2,%3)")
        .arg(multiplicativeError ? QStringLiteral("M") : QStringLiteral("A"), trendName, seasonName);
}

double etsPointForecast(const EtsSpec& spec, const EtsParameters& p, const EtsState& s, int steps)
{
    double trendSteps = 0; // how many trend increments the forecast carries
    if (spec.trend == EtsTrend::Additive) {
        trendSteps = steps;
    } else if (spec.trend == EtsTrend::Damped) {
        double power = 1;
        for (int i = 0; i < steps; ++i) {
            power *= p.phi;
            trendSteps += power;
        }
    }
    const double trendPart = s.level + trendSteps * s.trend;
    const double season = s.seasons[size_t((s.next + steps - 1) % s.period)];
    switch (spec.season) {
    case EtsSeason::None:
        return trendPart;
    case EtsSeason::Additive:
        return trendPart + season;
    case EtsSeason::Multiplicative:
        return trendPart * season;
    }
    return trendPart;
}

namespace {
/// One pass with the model's structure fixed at compile time, so that no step branches on it.
template <bool multiplicativeError, EtsTrend trend, EtsSeason season>
EtsPass runFixed(const EtsParameters& p, std::span<const double> y, EtsState& state)
{
    constexpr EtsSpec spec { multiplicativeError, trend, season };
    EtsPass pass;
    // The sum of log(mean) as the log of a running product, renormalised when it strays far
    // from 1: a handful of logarithms per pass instead of one per step.
    double product = 1;
    for (size_t t = 0; t < y.size(); ++t) {
        const double mean = etsMean(spec, p, state);
        if constexpr (spec.needsPositiveValues()) {
            if (!(mean > 0) || (season == EtsSeason::Multiplicative && !(state.seasons[size_t(state.next)] > 0))) {
                pass.admissible = false;
                return pass;
            }
        }
        const double error = multiplicativeError ? (y[t] - mean) / mean : y[t] - mean;
        pass.sumSquaredErrors += error * error;
        if constexpr (multiplicativeError) {
            product *= mean;
            if (product > 1e100 || product < 1e-100) {
                pass.sumLogMean += std::log(product);
                product = 1;
            }
        }
        etsUpdate(spec, p, state, y[t], mean);
    }
    if constexpr (multiplicativeError)
        pass.sumLogMean += std::log(product);
    if (!std::isfinite(pass.sumSquaredErrors) || !std::isfinite(pass.sumLogMean) || !std::isfinite(state.level)
        || !std::isfinite(state.trend))
        pass.admissible = false;
    return pass;
}

template <bool multiplicativeError, EtsTrend trend>
EtsPass runWithTrend(const EtsSpec& spec, const EtsParameters& p, std::span<const double> y, EtsState& state)
{
    switch (spec.season) {
    case EtsSeason::None:
        return runFixed<multiplicativeError, trend, EtsSeason::None>(p, y, state);
    case EtsSeason::Additive:
        return runFixed<multiplicativeError, trend, EtsSeason::Additive>(p, y, state);
    case EtsSeason::Multiplicative:
        return runFixed<multiplicativeError, trend, EtsSeason::Multiplicative>(p, y, state);
    }
    return {};
}

template <bool multiplicativeError>
EtsPass runWithError(const EtsSpec& spec, const EtsParameters& p, std::span<const double> y, EtsState& state)
{
    switch (spec.trend) {
    case EtsTrend::None:
        return runWithTrend<multiplicativeError, EtsTrend::None>(spec, p, y, state);
    case EtsTrend::Additive:
        return runWithTrend<multiplicativeError, EtsTrend::Additive>(spec, p, y, state);
    case EtsTrend::Damped:
        return runWithTrend<multiplicativeError, EtsTrend::Damped>(spec, p, y, state);
    }
    return {};
}
} // namespace

EtsPass runEts(const EtsSpec& spec, const EtsParameters& p, std::span<const double> y, EtsState& state)
{
    return spec.multiplicativeError ? runWithError<true>(spec, p, y, state) : runWithError<false>(spec, p, y, state);
}

double etsMinusTwoLogLikelihood(const EtsSpec& spec, const EtsPass& pass, int n)
{
    // A perfect fit would give log(0); a floor keeps exactly regular series (tests, constant
    // demand) comparable across models.
    const double variance = std::max(pass.sumSquaredErrors / n, 1e-12);
    const double gaussian = n * (std::log(2 * std::numbers::pi * variance) + 1);
    return spec.multiplicativeError ? gaussian + 2 * pass.sumLogMean : gaussian;
}

} // namespace flywheel::forecast
