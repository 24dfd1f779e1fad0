#include "demo/AdvancePeriod.h"

#include "demo/Customers.h"
#include "demo/Orders.h"

namespace flywheel::demo {

namespace {
struct PeriodText {
    Q_DECLARE_TR_FUNCTIONS(DemoAdvance)
};

/// Room for new customers: however brisk the period, never more than one new customer per line.
size_t customerCapacity(const World& world, const PeriodDays& days)
{
    const qint64 historyDays = world.calendar.historyEnd() + 1;
    // Traffic grows year on year; four times the history's average rate leaves room for that.
    const qint64 lines = 4 * world.spec.orderLines * days.weeks * 7 / historyDays;
    return world.customers.size() + static_cast<size_t>(lines) + 1000;
}
} // namespace

Result<PeriodOutcome> simulatePeriod(World& world, const StoreLinks& links, const PushedActions& actions,
    const PeriodDays& days, PhaseProgress& progress)
{
    const quint64 seed = world.options.seed;
    // What was still for sale when the history ended stays for sale.
    for (Product& product : world.products) {
        if (product.archiveDay > world.calendar.historyEnd())
            product.archiveDay = world.calendar.days();
    }
    world.campaigns = buildCampaigns(world.calendar);
    Random promotionRandom(seed, advanceStream(days.firstWeek, AdvanceStream::Promotions));
    const std::vector<PlannedOrder> planned = planPromotionOrders(world, actions.promotions, promotionRandom);

    world.period.firstDay = days.firstDay;
    world.period.firstOrder = world.orders.size();
    world.period.firstCustomer = world.customers.size();
    world.period.firstTicketId = links.lastTicketId + 1;
    world.period.firstReviewSerial = links.reviews;

    StockLedger stock(world, days.firstDay, actions.reorders);
    Random weekRandom(seed, advanceStream(days.firstWeek, AdvanceStream::Orders));
    Simulation simulation(world, weekRandom, customerCapacity(world, days));
    simulation.beginPeriod(days.firstDay, links.lastOrderNumber, actions.demandFactor, stock);
    size_t next = 0;
    for (int week = 0; week < days.weeks; ++week) {
        if (progress.cancelled())
            return fail(ErrorCode::Cancelled, PeriodText::tr("Advancing the demo store was cancelled."));
        progress.report(static_cast<double>(week) / days.weeks);
        // Each week has a stream of its own; the simulation keeps drawing from this object.
        weekRandom = Random(seed, advanceStream(days.firstWeek + week, AdvanceStream::Orders));
        for (int day = days.firstDay + week * 7; day < days.firstDay + (week + 1) * 7; ++day) {
            stock.beginDay(day);
            const size_t first = next;
            while (next < planned.size() && planned[next].day == day)
                ++next;
            simulation.simulateDay(day, std::span(planned).subspan(first, next - first));
        }
    }
    stock.finish(days.lastDay());
    // The store keeps no street address and no hidden traits: give the period's new customers the
    // ones a later period will find again from their e-mail.
    for (size_t c = world.period.firstCustomer; c < world.customers.size(); ++c)
        drawStableTraits(world.customers[c], seed);
    progress.report(1.0);
    return PeriodOutcome { promotionOutcomes(world, actions.promotions), stock.linesSoldOut(), stock.unitsReceived(),
        stock.ownerReorders() };
}

} // namespace flywheel::demo
