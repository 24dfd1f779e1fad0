#pragma once

#include <optional>

namespace flywheel::promotions {

/// What a product earns and how its buyers respond to price, for one promotion window.
struct PromotionEconomics {
    double priceMinor = 0;
    std::optional<double> costMinor;
    /// Units the audience would buy in the window at full price.
    double baselineUnits = 0;
    /// Elasticity of units to price (negative: cheaper sells more).
    double elasticity = -1.5;
    /// Weeks the stock lasts at the expected pace: every extra unit sold now saves carrying it for
    /// that long (capped at a year).
    double coverWeeks = 0;
    /// Units the promotion should move; extra units beyond them save no carrying cost.
    double surplusUnits = 0;
};

struct DepthLimits {
    int marginFloorPercent = 15; ///< margin over cost the discounted price must keep
    int maxDiscountPercent = 40;
};

/// The chosen discount and what it is expected to do, against no promotion for the same audience.
struct DepthChoice {
    int percent = 0;
    double units = 0; ///< the audience's expected units at the discount
    double extraUnits = 0;
    double extraRevenueMinor = 0; ///< can be negative: full-price sales given away
    std::optional<double> extraMarginMinor; ///< when the cost is known
    double carryingSavedMinor = 0; ///< cost of holding the extra units sold now, saved
    bool limitedByMargin = false; ///< a deeper discount would have broken the margin floor
};

/// The share of cost per year it takes to hold stock (capital, space, shrinkage, obsolescence): the
/// usual planning figure for small retailers.
inline constexpr double kCarryingCostPerYear = 0.25;

/// Tries discounts in steps of 5 % from 10 % up to the limit and keeps the one with the best
/// extra margin plus carrying cost saved (extra revenue when the cost is unknown, which then also
/// keeps to the largest discount); nullopt when even 10 % breaks the margin floor.
[[nodiscard]] std::optional<DepthChoice> chooseDepth(const PromotionEconomics& economics, const DepthLimits& limits);

} // namespace flywheel::promotions
