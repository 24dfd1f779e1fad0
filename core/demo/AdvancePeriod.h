#pragma once

#include "demo/AdvancePromotions.h"
#include "demo/AdvanceStock.h"

namespace flywheel::demo {

/// What one random stream of an advanced period is for.
enum class AdvanceStream : quint64 { Orders = 1, Promotions, Tickets, Reviews, Search };

/// The stream for `purpose` in the advanced week `week` (0 = the first week after the history):
/// apart from the generated history's streams and from every other week's.
[[nodiscard]] constexpr quint64 advanceStream(int week, AdvanceStream purpose)
{
    return 0x4144560000000000ULL + static_cast<quint64>(week) * 16 + static_cast<quint64>(purpose);
}

/// The days of an advanced period: `weeks` weeks from `firstDay`, the `firstWeek`-th week after the
/// generated history.
struct PeriodDays {
    int firstDay = 0;
    int firstWeek = 0;
    int weeks = 1;

    [[nodiscard]] int lastDay() const { return firstDay + weeks * 7 - 1; }
};

/// What the period's simulation did besides filling the world.
struct PeriodOutcome {
    std::vector<PromotionOutcome> promotions;
    int linesSoldOut = 0; ///< lines shoppers wanted and could not buy
    int unitsReceived = 0; ///< units delivered into the warehouse
    int ownerReorders = 0; ///< reorders the owner placed on their own, late
};

/// Lives through the period's days in a world whose calendar reaches its last day and whose
/// customers, stock and pushed actions the store gave (readStore, readPushedActions): orders (with
/// the promotions' planned ones), stock taken and delivered, customers who join. Sets world.period
/// for the writers, which then write only what happened in it.
[[nodiscard]] Result<PeriodOutcome> simulatePeriod(World& world, const StoreLinks& links, const PushedActions& actions,
    const PeriodDays& days, PhaseProgress& progress);

} // namespace flywheel::demo
