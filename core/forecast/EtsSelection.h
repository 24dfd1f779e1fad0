#pragma once

#include "forecast/EtsFit.h"

#include <functional>
#include <span>
#include <vector>

namespace flywheel::forecast {

/// Fits every ETS model this history supports: additive and (for values above zero)
/// multiplicative errors, no, additive or damped trend, and no, additive or (for values above
/// zero) multiplicative season when the period allows one. Additive errors with a multiplicative
/// season are left out: their variance can grow without bound (Hyndman et al. 2008, 15.1).
/// Models that do not fit (too short a history, no admissible parameters) are skipped, so the
/// result may be empty.
[[nodiscard]] std::vector<EtsFit> fitEtsFamily(std::span<const double> y, int period);

/// The fit with the lowest AICc among those `accept` allows (all when empty), or nullptr.
[[nodiscard]] const EtsFit* lowestAicc(
    std::span<const EtsFit> fits, const std::function<bool(const EtsSpec&)>& accept = {});

} // namespace flywheel::forecast
