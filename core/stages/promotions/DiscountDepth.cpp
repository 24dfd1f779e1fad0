#include "stages/promotions/DiscountDepth.h"

#include "customers/PriceResponse.h"

#include <algorithm>
#include <cmath>

namespace flywheel::promotions {

namespace {
constexpr int kSmallestDiscount = 10;
constexpr int kStep = 5;

DepthChoice evaluate(const PromotionEconomics& e, int percent)
{
    const double d = percent / 100.0;
    DepthChoice choice;
    choice.percent = percent;
    choice.units = e.baselineUnits * customers::unitsMultiplierAt(d, e.elasticity);
    choice.extraUnits = choice.units - e.baselineUnits;
    const double price = e.priceMinor * (1.0 - d);
    choice.extraRevenueMinor = choice.units * price - e.baselineUnits * e.priceMinor;
    if (e.costMinor) {
        choice.extraMarginMinor
            = choice.units * (price - *e.costMinor) - e.baselineUnits * (e.priceMinor - *e.costMinor);
        const double years = std::min(e.coverWeeks, 52.0) / 52.0;
        const double cleared = std::clamp(choice.extraUnits, 0.0, std::max(0.0, e.surplusUnits));
        choice.carryingSavedMinor = cleared * *e.costMinor * kCarryingCostPerYear * years;
    }
    return choice;
}

double value(const DepthChoice& choice)
{
    return choice.extraMarginMinor ? *choice.extraMarginMinor + choice.carryingSavedMinor : choice.extraRevenueMinor;
}
} // namespace

std::optional<DepthChoice> chooseDepth(const PromotionEconomics& economics, const DepthLimits& limits)
{
    std::optional<DepthChoice> best;
    const int deepest = std::min(limits.maxDiscountPercent, 90);
    for (int percent = kSmallestDiscount; percent <= deepest; percent += kStep) {
        if (economics.costMinor) {
            const double price = economics.priceMinor * (1.0 - percent / 100.0);
            const double margin = price > 0 ? (price - *economics.costMinor) / price : -1.0;
            if (margin * 100.0 < limits.marginFloorPercent) {
                if (best)
                    best->limitedByMargin = true;
                break;
            }
        }
        DepthChoice choice = evaluate(economics, percent);
        if (!best || value(choice) > value(*best))
            best = choice;
    }
    return best;
}

} // namespace flywheel::promotions
