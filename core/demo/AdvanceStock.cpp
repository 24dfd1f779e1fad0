#include "demo/AdvanceStock.h"

#include <algorithm>
#include <cmath>

namespace flywheel::demo {

namespace {
/// Stock already on its way at the start arrives in the first week.
constexpr int kOnItsWayDays = 7;
/// The owner's habit before Flywheel: at the end of every week, order again what sold, and for a
/// variant a shopper found sold out with nothing on its way, twelve weeks of its sales (at least
/// three); the supplier delivers a week later.
constexpr int kOwnerLeadDays = 7;
constexpr int kOwnerCoverWeeks = 12;
constexpr int kOwnerMinimumUnits = 3;
} // namespace

StockLedger::StockLedger(World& world, int firstDay, const std::vector<PushedReorder>& reorders)
    : m_world(world)
    , m_firstDay(firstDay)
{
    for (size_t p = 0; p < world.products.size(); ++p) {
        m_firstSlot.push_back(m_variantOf.size());
        for (size_t v = 0; v < world.products[p].variants.size(); ++v) {
            Variant& variant = world.products[p].variants[v];
            const size_t slot = m_variantOf.size();
            m_variantOf.emplace_back(static_cast<int>(p), static_cast<int>(v));
            m_available.push_back(std::max(0, variant.onHandMain - variant.committed - variant.unavailable));
            m_inStore.push_back(variant.stockedInStore ? variant.onHandStore : 0);
            m_onItsWay.push_back(0);
            m_weeklyOrder.push_back(0);
            if (variant.incoming > 0)
                expect(slot, firstDay + static_cast<int>(slot % kOnItsWayDays), variant.incoming);
            // The orders waiting at the start ship in the period's first days; from here on the
            // simulation counts only the period's own.
            variant.committed = 0;
        }
    }
    for (const PushedReorder& reorder : reorders)
        expect(m_firstSlot[static_cast<size_t>(reorder.product)] + static_cast<size_t>(reorder.variant),
            firstDay + reorder.leadDays, reorder.quantity);
}

void StockLedger::expect(size_t slot, int day, int units)
{
    m_arrivals.emplace(day, std::pair { slot, units });
    m_onItsWay[slot] += units;
}

void StockLedger::placeWeeklyOrder(int day)
{
    std::sort(m_noticed.begin(), m_noticed.end());
    m_noticed.erase(std::unique(m_noticed.begin(), m_noticed.end()), m_noticed.end());
    for (size_t slot : m_noticed) {
        if (m_onItsWay[slot] > 0 || m_weeklyOrder[slot] > 0)
            continue;
        const auto [p, v] = m_variantOf[slot];
        const Variant& variant = m_world.products[static_cast<size_t>(p)].variants[static_cast<size_t>(v)];
        const double weekly = static_cast<double>(variant.recentUnits) / kRecentWeeks;
        m_weeklyOrder[slot] = std::max(kOwnerMinimumUnits, static_cast<int>(std::lround(weekly * kOwnerCoverWeeks)));
        ++m_ownerReorders;
    }
    m_noticed.clear();
    for (size_t slot = 0; slot < m_weeklyOrder.size(); ++slot) {
        if (m_weeklyOrder[slot] > 0)
            expect(slot, day + kOwnerLeadDays, m_weeklyOrder[slot]);
        m_weeklyOrder[slot] = 0;
    }
}

void StockLedger::beginDay(int day)
{
    if (day > m_firstDay && (day - m_firstDay) % 7 == 0)
        placeWeeklyOrder(day - 1);
    const auto [first, last] = m_arrivals.equal_range(day);
    for (auto arrival = first; arrival != last; ++arrival) {
        const auto [slot, units] = arrival->second;
        m_available[slot] += units;
        m_onItsWay[slot] -= units;
        m_unitsReceived += units;
    }
    m_arrivals.erase(first, last);
}

bool StockLedger::take(const Line& line, bool inStore)
{
    const size_t at = slot(line);
    // The till sells from the shop's shelf, or has the warehouse send what the shelf lacks.
    if (inStore && m_inStore[at] >= line.quantity) {
        m_inStore[at] -= line.quantity;
        m_weeklyOrder[at] += line.quantity;
        return true;
    }
    if (m_available[at] >= line.quantity) {
        m_available[at] -= line.quantity;
        m_weeklyOrder[at] += line.quantity;
        return true;
    }
    ++m_linesSoldOut;
    if (m_world.products[static_cast<size_t>(line.product)].status == ProductStatus::Active)
        m_noticed.push_back(at);
    return false;
}

void StockLedger::putBack(const Line& line)
{
    m_available[slot(line)] += line.quantity;
    m_weeklyOrder[slot(line)] -= line.quantity;
}

void StockLedger::finish(int lastDay)
{
    placeWeeklyOrder(lastDay);
    for (size_t slot = 0; slot < m_variantOf.size(); ++slot) {
        const auto [p, v] = m_variantOf[slot];
        Variant& variant = m_world.products[static_cast<size_t>(p)].variants[static_cast<size_t>(v)];
        variant.onHandMain = m_available[slot] + variant.committed + variant.unavailable;
        variant.onHandStore = m_inStore[slot];
        variant.incoming = m_onItsWay[slot];
    }
}

} // namespace flywheel::demo
