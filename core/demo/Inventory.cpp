#include "demo/Inventory.h"

#include <algorithm>
#include <cmath>

namespace flywheel::demo {

namespace {
constexpr int kAheadDays = 56;

double meanSeason(const Calendar& calendar, Season season, int from, int count)
{
    double sum = 0.0;
    for (int day = from; day < from + count; ++day)
        sum += calendar.season(season, std::clamp(day, 0, calendar.days() - 1));
    return sum / count;
}

int roundToInt(double value)
{
    return static_cast<int>(std::floor(value + 0.5));
}

void splitAcrossLocations(Variant& variant, int onHand, const Product& product, Random& random)
{
    variant.stockedInStore = product.department != Department::Gear;
    variant.onHandStore = variant.stockedInStore ? roundToInt(onHand * random.uniform(0.1, 0.2)) : 0;
    variant.onHandMain = onHand - variant.onHandStore;
    if (random.chance(0.01))
        variant.unavailable = random.rangeInt(1, 2);
    // Orders waiting to ship are picked from the warehouse, which never promises stock it lacks.
    variant.onHandMain = std::max(variant.onHandMain, variant.committed + variant.unavailable);
}
} // namespace

void planInventory(World& world, Random& random)
{
    const Calendar& calendar = world.calendar;
    const int days = calendar.days();
    const int recentFrom = days - kRecentWeeks * 7;
    // The weeks ahead look like the same weeks a year earlier (the curves repeat every year).
    const int aheadFrom = std::max(0, days - 365 + 1);

    std::vector<std::pair<int, int>> overstockCandidates;
    for (size_t p = 0; p < world.products.size(); ++p) {
        Product& product = world.products[p];
        const double ahead = meanSeason(calendar, product.season, aheadFrom, kAheadDays)
                             / meanSeason(calendar, product.season, recentFrom, kRecentWeeks * 7);
        for (size_t v = 0; v < product.variants.size(); ++v) {
            Variant& variant = product.variants[v];
            const double weekly = static_cast<double>(variant.recentUnits) / kRecentWeeks;
            int onHand = 0;
            if (product.status == ProductStatus::Draft) {
                onHand = random.rangeInt(0, 30);
            } else if (product.status == ProductStatus::Active) {
                const double forward = weekly * ahead;
                if (forward < 0.25) {
                    onHand = random.rangeInt(0, 2);
                } else if (forward > 1.0 && random.chance(0.04)) {
                    onHand = 0; // sold out; a purchase order is on its way
                    variant.incoming = roundToInt(forward * 8.0);
                } else {
                    // Capped at 20 weeks of recent sales, so only planted overstock meets the rule.
                    const double cover = std::min(random.uniform(3.0, 10.0) * ahead, 20.0);
                    onHand = roundToInt(weekly * std::max(cover, 2.0)) + random.rangeInt(0, 3);
                    if (onHand < forward * 2.0 && forward > 0.5)
                        variant.incoming = roundToInt(forward * 8.0);
                }
                if (variant.recentUnits >= 2 && product.gap < 0 && product.priceChangeDay < 0)
                    overstockCandidates.emplace_back(static_cast<int>(p), static_cast<int>(v));
            }
            splitAcrossLocations(variant, onHand, product, random);
        }
    }

    // Overstock: mostly summer lines bought too deep, now facing winter; a few others at random.
    size_t totalVariants = 0;
    for (const Product& product : world.products)
        totalVariants += product.variants.size();
    const size_t wanted = std::min(overstockCandidates.size(), std::max<size_t>(8, totalVariants * 12 / 1000));
    size_t planted = 0;
    for (int attempt = 0; planted < wanted && attempt < 200000; ++attempt) {
        const auto& [p, v] = overstockCandidates[static_cast<size_t>(random.below(qint64(overstockCandidates.size())))];
        Product& product = world.products[static_cast<size_t>(p)];
        Variant& variant = product.variants[static_cast<size_t>(v)];
        if (variant.overstocked || (product.season != Season::Summer && random.chance(0.7)))
            continue;
        const double weekly = static_cast<double>(variant.recentUnits) / kRecentWeeks;
        const int onHand = std::max(kOverstockMinUnits + 8, roundToInt(weekly * random.uniform(30.0, 60.0)) / 6 * 6);
        variant.overstocked = true;
        variant.incoming = 0;
        variant.unavailable = 0;
        variant.onHandStore = variant.stockedInStore ? random.rangeInt(2, 8) : 0;
        variant.onHandMain = std::max(onHand - variant.onHandStore, variant.committed);
        ++planted;
    }
}

} // namespace flywheel::demo
