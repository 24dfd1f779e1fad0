#pragma once

#include "forecast/Forecast.h"

#include <optional>
#include <span>

namespace flywheel::forecast {

/// Sales that trail a signal: shoppers search for a product, then buy it some weeks later. The
/// demand of period t is read as base + conversion * signal[t - lag] (base: what sells without the
/// signal, to shoppers who never searched), so the next `lag` periods follow from signals already
/// seen, before the sales themselves move.
struct LeadingFit {
    int lag = 0; ///< periods from a signal to the sales that follow it
    double base = 0;
    double conversion = 0; ///< units sold per unit of signal, `lag` periods later; above zero
    double residualSd = 0; ///< of demand around the fitted line, over the fitted periods
    double explained = 0; ///< share of the demand's variance over the fitted periods the signal accounts for
    int points = 0; ///< periods the fit used
};

/// The longest lead tried, and the least and most recent periods a fit reads.
inline constexpr int kMaxSignalLag = 4;
inline constexpr int kMinSignalPoints = 8;
inline constexpr int kSignalFitWindow = 26;

/// Fits demand by least squares against the signal `lag` periods earlier, for each lag from 1 to
/// kMaxSignalLag, over the latest kSignalFitWindow periods where both are known (NaN: unknown), and
/// keeps the lag that leaves the smallest squared error. `signal` is aligned with `demand` (same
/// first period) and may be shorter. nullopt when no lag has kMinSignalPoints pairs with a signal
/// that varies and more signal going with more sales.
[[nodiscard]] std::optional<LeadingFit> fitLeadingSignal(std::span<const double> demand, std::span<const double> signal);

/// The demand `step` periods past the end of the history (1 = the next period) that `fit` reads off a
/// signal already seen; nullopt when `step` is beyond the lag or that signal is unknown.
/// `historyLength` is the demand history's length, `signal` aligned with it.
[[nodiscard]] std::optional<double> leadingMean(
    const LeadingFit& fit, std::span<const double> signal, int historyLength, int step);

/// Replaces the first steps of `forecast` that the signal already foretells with `share` of what
/// `fit` reads off it (share: this series' part of the demand the fit is for, in [0, 1]), ranges
/// from the fit's residuals and the split of the whole into its parts. Returns how many steps were
/// replaced.
int overlayLeadingSignal(Forecast& forecast, const LeadingFit& fit, std::span<const double> signal,
    int historyLength, double share);

} // namespace flywheel::forecast
