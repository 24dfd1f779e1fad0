#pragma once

#include "Error.h"
#include "forecast/EtsModel.h"

#include <span>

namespace flywheel::forecast {

/// A fitted ETS model: its parameters, the states after the last observation and what the
/// information criteria need.
struct EtsFit {
    EtsSpec spec;
    EtsParameters parameters;
    EtsState state; ///< after the last observation
    double sigma2 = 0; ///< variance of the one-step errors (relative errors for a multiplicative error)
    double aicc = 0; ///< corrected Akaike information criterion; lower is better
    int observations = 0;
};

/// Number of estimated parameters, counting the error variance (what the AICc charges for).
[[nodiscard]] int etsParameterCount(const EtsSpec& spec, int period);

/// True when `spec` can be fitted to `n` values with this period: enough values for its
/// parameters, two full cycles for a season, and a cycle no longer than kMaxEtsPeriod.
[[nodiscard]] bool etsFits(const EtsSpec& spec, int period, size_t n);

/// Fits `spec` to `y` by maximum likelihood: initial states from a heuristic decomposition
/// (regression on the first seasonally adjusted values, classical seasonal indices), then the
/// smoothing parameters, damping and initial states optimised together by Nelder-Mead within
/// the usual bounds (0 < beta < alpha < 1, 0 < gamma < 1 - alpha, 0.8 <= phi <= 0.98).
/// Fails with InvalidArgument when the model does not fit the data (too few values, a
/// multiplicative part and values <= 0) or when no admissible parameters exist.
/// Reentrant: allocates its own small workspace.
[[nodiscard]] Result<EtsFit> fitEts(std::span<const double> y, int period, const EtsSpec& spec);

} // namespace flywheel::forecast
