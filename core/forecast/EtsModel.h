#pragma once

#include <QString>

#include <array>
#include <span>

namespace flywheel::forecast {

// The exponential smoothing state-space models of Hyndman, Koehler, Ord and Snyder ("Forecasting
// with Exponential Smoothing", 2008): ETS(error, trend, season). The state equations below are
// the error-correction forms written with e = y - mean, which are the same for additive and
// multiplicative errors; the error type changes only the likelihood and the ranges.

enum class EtsTrend { None, Additive, Damped };
enum class EtsSeason { None, Additive, Multiplicative };

/// Longest seasonal cycle an ETS model carries as states (monthly data has 12); longer cycles
/// (52 weeks) are taken out by a decomposition before fitting.
constexpr int kMaxEtsPeriod = 24;

struct EtsSpec {
    bool multiplicativeError = false;
    EtsTrend trend = EtsTrend::None;
    EtsSeason season = EtsSeason::None;

    /// "ETS(M,Ad,N)" style name.
    [[nodiscard]] QString name() const;
    /// True when some part multiplies, so the model needs values above zero.
    [[nodiscard]] constexpr bool needsPositiveValues() const
    {
        return multiplicativeError || season == EtsSeason::Multiplicative;
    }
    friend bool operator==(const EtsSpec&, const EtsSpec&) = default;
};

struct EtsParameters {
    double alpha = 0.2; ///< level smoothing
    double beta = 0; ///< trend smoothing
    double gamma = 0; ///< seasonal smoothing
    double phi = 1; ///< trend damping (1 = not damped)
};

/// Level, trend and the last `period` seasonal states. `seasons[next]` belongs to the next step;
/// the ring has a fixed size so running a model never allocates.
struct EtsState {
    double level = 0;
    double trend = 0;
    std::array<double, kMaxEtsPeriod> seasons {};
    int period = 1;
    int next = 0;
};

/// One-step-ahead mean from a state.
[[nodiscard]] inline double etsMean(const EtsSpec& spec, const EtsParameters& p, const EtsState& s)
{
    const double trendPart = spec.trend == EtsTrend::None ? s.level
        : spec.trend == EtsTrend::Damped                  ? s.level + p.phi * s.trend
                                                          : s.level + s.trend;
    switch (spec.season) {
    case EtsSeason::None:
        return trendPart;
    case EtsSeason::Additive:
        return trendPart + s.seasons[size_t(s.next)];
    case EtsSeason::Multiplicative:
        return trendPart * s.seasons[size_t(s.next)];
    }
    return trendPart;
}

/// Moves the state one step on after observing `y`, whose one-step mean was `mean`.
inline void etsUpdate(const EtsSpec& spec, const EtsParameters& p, EtsState& s, double y, double mean)
{
    const double damping = spec.trend == EtsTrend::Damped ? p.phi : 1.0;
    const double trendPart = spec.trend == EtsTrend::None ? s.level : s.level + damping * s.trend;
    const double error = y - mean;
    double& season = s.seasons[size_t(s.next)];
    // A multiplicative season scales the level's and trend's share of the error and the
    // season's own share by the other component.
    const double levelError = spec.season == EtsSeason::Multiplicative ? error / season : error;
    if (spec.season == EtsSeason::Additive)
        season += p.gamma * error;
    else if (spec.season == EtsSeason::Multiplicative)
        season += p.gamma * error / trendPart;
    s.level = trendPart + p.alpha * levelError;
    if (spec.trend != EtsTrend::None)
        s.trend = damping * s.trend + p.beta * levelError;
    if (++s.next == s.period)
        s.next = 0;
}

/// Mean forecast `steps` ahead (1 = next period) from a state, without moving it.
[[nodiscard]] double etsPointForecast(const EtsSpec& spec, const EtsParameters& p, const EtsState& s, int steps);

/// What one pass of a model over the data gives the likelihood.
struct EtsPass {
    double sumSquaredErrors = 0; ///< of e (additive error) or e / mean (multiplicative error)
    double sumLogMean = 0; ///< sum of log |mean|, for the multiplicative-error likelihood
    bool admissible = true; ///< false when a multiplicative part met a mean <= 0 or a value blew up
};

/// Runs the model over `y` from `state` (the initial states; on return, the states after the last
/// value). Allocates nothing.
[[nodiscard]] EtsPass runEts(const EtsSpec& spec, const EtsParameters& p, std::span<const double> y, EtsState& state);

/// -2 log-likelihood of a pass over n values, with the error variance at its maximum-likelihood value.
[[nodiscard]] double etsMinusTwoLogLikelihood(const EtsSpec& spec, const EtsPass& pass, int n);

} // namespace flywheel::forecast
