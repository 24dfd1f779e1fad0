#pragma once

#include "demo/AdvanceActions.h"
#include "demo/Simulation.h"

#include <map>

namespace flywheel::demo {

/// The stock an advanced period sells from: what the store had at its start (readStore put it into
/// the world's variants), and what arrives during it: stock that was on its way, pushed purchase
/// orders after their lead time, and the owner's own weekly orders as the store placed them before
/// it had Flywheel: again what sold, and a variant found sold out only once a shopper missed it.
class StockLedger final : public StockKeeper {
public:
    StockLedger(World& world, int firstDay, const std::vector<PushedReorder>& reorders);

    /// Places the owner's weekly order when a week of the period has passed, and receives what
    /// arrives on `day`.
    void beginDay(int day);
    [[nodiscard]] bool take(const Line& line, bool inStore) override;
    void putBack(const Line& line) override;
    /// Places the last week's order and writes the stock at the end of the period (`lastDay`) into
    /// the world's variants, as the inventory and products exports show it.
    void finish(int lastDay);

    [[nodiscard]] int linesSoldOut() const { return m_linesSoldOut; }
    [[nodiscard]] int unitsReceived() const { return m_unitsReceived; }
    /// Variants the owner reordered after a shopper found them sold out.
    [[nodiscard]] int ownerReorders() const { return m_ownerReorders; }

private:
    [[nodiscard]] size_t slot(const Line& line) const
    {
        return m_firstSlot[static_cast<size_t>(line.product)] + static_cast<size_t>(line.variant);
    }
    void expect(size_t slot, int day, int units);
    /// The owner's weekly order on `day`: again what sold, and what shoppers found sold out.
    void placeWeeklyOrder(int day);

    World& m_world;
    int m_firstDay;
    std::vector<size_t> m_firstSlot; ///< per product, its first variant's slot
    std::vector<std::pair<int, int>> m_variantOf; ///< per slot, (product, variant)
    std::vector<int> m_available; ///< per slot, in the warehouse: on hand less committed and unavailable
    std::vector<int> m_inStore;
    std::vector<int> m_onItsWay;
    std::vector<int> m_weeklyOrder; ///< per slot, what the owner orders at the end of the week
    std::multimap<int, std::pair<size_t, int>> m_arrivals; ///< day -> (slot, units)
    std::vector<size_t> m_noticed; ///< slots a shopper found sold out this week
    int m_linesSoldOut = 0;
    int m_unitsReceived = 0;
    int m_ownerReorders = 0;
};

} // namespace flywheel::demo
