#pragma once

#include "Error.h"
#include "forecast/Forecast.h"
#include "forecast/Series.h"

#include <span>
#include <vector>

namespace flywheel::forecast {

enum class Method {
    Auto, ///< Croston/SBA/TSB for intermittent demand, otherwise Combination
    Combination, ///< median of auto-ETS, Theta and the best damped-trend ETS
    Ets, ///< the ETS model with the lowest AICc
    Theta,
    Naive,
    SeasonalNaive,
    Naive2, ///< naive on seasonally adjusted values (the M3 benchmark)
    Ses, ///< ETS(A,N,N)
    Holt, ///< ETS(A,A,N)
    DampedHolt, ///< ETS(A,Ad,N)
    HoltWintersAdditive, ///< ETS(A,A,A)
    HoltWintersMultiplicative, ///< ETS(M,A,M)
    Croston,
    Sba,
    Tsb,
};

struct ForecastOptions {
    int horizon = 12;
    Method method = Method::Auto;
    bool repairSpikes = true; ///< set isolated extreme values to their local typical value first
};

/// Longest horizon a forecast may ask for.
constexpr int kMaxHorizon = 1000;

/// Forecasts `options.horizon` periods after the series. Unknown periods are filled in, isolated
/// spikes repaired (see repairHistory); a history without any demand forecasts zero, a history of
/// one period repeats it. When the history never went below zero, no forecast or range does
/// either. Seasonal cycles longer than ETS carries (52 weeks) are taken out by a classical
/// decomposition before ETS and put back after. The forecast's note says what was done to the
/// history. Fails with InvalidArgument, and a reason for the owner, when the horizon is out of
/// range, no period has a value, or an explicitly chosen model cannot be fitted to this history.
/// Thread-safe: shares nothing between calls.
[[nodiscard]] Result<Forecast> forecastSeries(const Series& series, const ForecastOptions& options);

/// forecastSeries for many series at once, on the engine's thread pool; results in input order.
/// Call it from outside that pool: a task of the pool waiting for its own pool can stall it.
[[nodiscard]] std::vector<Result<Forecast>> forecastMany(
    std::span<const Series> series, const ForecastOptions& options);

} // namespace flywheel::forecast
