#include "forecast/EtsModel.h"

#include <algorithm>
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
/// The sum of log(mean) as the log of a running product, renormalised when it strays far from 1:
/// a handful of logarithms per pass instead of one per step.
class LogSum {
public:
    void add(double value)
    {
        m_product *= value;
        if (m_product > 1e100 || m_product < 1e-100) {
            m_sum += std::log(m_product);
            m_product = 1;
        }
    }
    [[nodiscard]] double total() const { return m_sum + std::log(m_product); }

private:
    double m_product = 1;
    double m_sum = 0;
};

/// One pass with the model's structure fixed at compile time, so that no step branches on it.
template <bool multiplicativeError, EtsTrend trend, EtsSeason season>
EtsPass runFixed(const EtsParameters& p, std::span<const double> y, EtsState& state)
{
    constexpr EtsSpec spec { multiplicativeError, trend, season };
    // The sums and the states live in locals, not in the returned pass and the caller's state,
    // which the compiler cannot prove apart from `y` and would store on every step.
    double squares = 0;
    LogSum logMean;
    EtsState s = state;
    for (size_t t = 0; t < y.size(); ++t) {
        const double mean = etsMean(spec, p, s);
        if constexpr (spec.needsPositiveValues()) {
            if (!(mean > 0) || (season == EtsSeason::Multiplicative && !(s.seasons[size_t(s.next)] > 0))) {
                state = s;
                return EtsPass { squares, logMean.total(), false };
            }
        }
        const double error = multiplicativeError ? (y[t] - mean) / mean : y[t] - mean;
        squares += error * error;
        if constexpr (multiplicativeError)
            logMean.add(mean);
        etsUpdate(spec, p, s, y[t], mean);
    }
    state = s;
    EtsPass pass { squares, multiplicativeError ? logMean.total() : 0.0, true };
    if (!std::isfinite(pass.sumSquaredErrors) || !std::isfinite(pass.sumLogMean) || !std::isfinite(state.level)
        || !std::isfinite(state.trend))
        pass.admissible = false;
    return pass;
}

/// The same pass for a model without a season, written on the one-step mean m alone so that each
/// step waits on as few operations as possible (the pass is a chain: each mean needs the last).
/// With e = y - m, the level moves to m + alpha e and the trend to phi b + beta e, so the next
/// mean is (1 - g) m + g y + phi^2 b with g = alpha + phi beta: one multiply-add on the chain.
template <bool multiplicativeError, EtsTrend trend>
EtsPass runWithoutSeason(const EtsParameters& p, std::span<const double> y, EtsState& state)
{
    constexpr bool trended = trend != EtsTrend::None;
    const double phi = trend == EtsTrend::Damped ? p.phi : 1.0;
    const double beta = trended ? p.beta : 0.0;
    const double gain = p.alpha + phi * beta;
    const double keep = 1 - gain;
    const double carry = phi * phi;
    double b = trended ? state.trend : 0.0;
    double m = trended ? state.level + phi * b : state.level;
    double squares = 0; // in locals, as in runFixed
    LogSum logMean;
    for (size_t t = 0; t < y.size(); ++t) {
        if constexpr (multiplicativeError) {
            if (!(m > 0))
                return EtsPass { squares, logMean.total(), false };
        }
        const double e = y[t] - m;
        const double scaled = multiplicativeError ? e / m : e;
        squares += scaled * scaled;
        if constexpr (multiplicativeError)
            logMean.add(m);
        const double next = trended ? keep * m + (gain * y[t] + carry * b) : keep * m + gain * y[t];
        if constexpr (trended)
            b = phi * b + beta * e;
        m = next;
    }
    EtsPass pass { squares, multiplicativeError ? logMean.total() : 0.0, true };
    state.trend = b;
    state.level = trended ? m - phi * b : m;
    state.next = int((size_t(state.next) + y.size()) % size_t(std::max(state.period, 1)));
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
        return runWithoutSeason<multiplicativeError, trend>(p, y, state);
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
