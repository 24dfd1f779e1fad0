#pragma once

#include "Error.h"
#include "forecast/Forecast.h"

#include <span>

namespace flywheel::forecast {

// Forecasts for demand that is zero in many periods: Croston (1972), its bias correction by
// Syntetos and Boylan (2005, "SBA") and Teunter, Syntetos and Babai (2011, "TSB"), which lets the
// forecast decay while demand stays away.

/// Syntetos, Boylan and Croston's (2005) demand classes, cut at ADI 1.32 and CV^2 0.49.
enum class DemandPattern { Smooth, Erratic, Intermittent, Lumpy };

struct DemandProfile {
    double averageInterval = 0; ///< ADI: periods per period with demand
    double sizeVariation = 0; ///< CV^2: squared coefficient of variation of the non-zero demands
    double demandGap = 1; ///< mean periods from one demand to the next (1 with a single demand)
    int trailingZeros = 0; ///< periods without demand at the end of the history
    int demands = 0; ///< periods with demand
    DemandPattern pattern = DemandPattern::Smooth;

    /// True for the intermittent and lumpy classes, where the Croston family beats smoothing.
    [[nodiscard]] bool isIntermittent() const
    {
        return pattern == DemandPattern::Intermittent || pattern == DemandPattern::Lumpy;
    }
};

/// Classifies a history of demands (values >= 0; negative values count as no demand).
[[nodiscard]] DemandProfile profileDemand(std::span<const double> y);

enum class IntermittentMethod { Croston, Sba, Tsb };

/// The method the profile calls for: TSB when demand has stayed away for more than twice its
/// usual gap (it may be fading out; Croston would keep forecasting the last sizes), Croston for
/// steady sizes, SBA for lumpy ones.
[[nodiscard]] IntermittentMethod chooseIntermittentMethod(const DemandProfile& profile);

struct IntermittentOptions {
    double alpha = 0.1; ///< smoothing of demand sizes (and of intervals for Croston and SBA)
    double beta = 0.1; ///< TSB: smoothing of the probability of demand
};

/// Croston: sizes and intervals smoothed at demands, both starting from the first demand (its
/// size, and its position + 1 as the interval); forecast size / interval. SBA multiplies that by
/// 1 - alpha / 2. TSB smooths sizes at demands and the probability of demand every period (from
/// the share of periods with demand); forecast probability * size. The ranges are the quantiles of
/// one period's demand: zero with the probability of no demand, otherwise a size drawn from the
/// history's non-zero demands scaled to the smoothed size; they never go below zero. Fails with
/// InvalidArgument when the history has no demand at all.
[[nodiscard]] Result<Forecast> intermittentForecast(
    std::span<const double> y, int horizon, IntermittentMethod method, const IntermittentOptions& options = {});

} // namespace flywheel::forecast
