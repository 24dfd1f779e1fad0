#include "demo/AdvancePromotions.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace flywheel::demo {

namespace {
/// Promotion emails are opened from the morning to late evening.
constexpr int kFirstHour = 8;
constexpr int kHours = 14;
} // namespace

std::vector<PlannedOrder> planPromotionOrders(
    World& world, const std::vector<PushedPromotion>& promotions, Random& random)
{
    std::vector<PlannedOrder> planned;
    for (const PushedPromotion& promotion : promotions) {
        const int days = promotion.lastDay - promotion.firstDay + 1;
        for (const AudienceSeat& seat : promotion.seats) {
            // The same draws for every member, so the groups differ only in the code.
            const double chance = random.uniform();
            const int day = promotion.firstDay + random.belowInt(days);
            const int second = (kFirstHour + random.belowInt(kHours)) * 3600 + random.belowInt(3600);
            const bool coded = !seat.control && !seat.code.empty();
            if (chance >= (coded ? kBuysWithCode : kWouldBuyAnyway))
                continue;
            int campaign = -1;
            if (coded) {
                Campaign code;
                code.code = seat.code;
                code.percent = promotion.percent;
                code.firstDay = promotion.firstDay;
                code.lastDay = promotion.lastDay;
                code.personal = true;
                campaign = static_cast<int>(world.campaigns.size());
                world.campaigns.push_back(std::move(code));
            }
            planned.push_back(
                { day, world.calendar.unambiguousSecond(day, second), seat.customer, promotion.product, campaign });
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](const PlannedOrder& a, const PlannedOrder& b) {
        return a.day != b.day ? a.day < b.day : a.second < b.second;
    });
    return planned;
}

std::vector<PromotionOutcome> promotionOutcomes(const World& world, const std::vector<PushedPromotion>& promotions)
{
    std::vector<PromotionOutcome> outcomes;
    for (const PushedPromotion& promotion : promotions) {
        PromotionOutcome outcome { promotion.subjectKey, promotion.productId, promotion.firstDay, promotion.lastDay };
        std::unordered_map<int, bool> controlOf; // customer -> held back
        std::unordered_set<std::string> codes;
        for (const AudienceSeat& seat : promotion.seats) {
            controlOf.emplace(seat.customer, seat.control);
            ++(seat.control ? outcome.control : outcome.audience);
            if (!seat.code.empty())
                codes.insert(seat.code);
        }
        std::unordered_set<int> buyers;
        for (size_t o = world.period.firstOrder; o < world.orders.size(); ++o) {
            const Order& order = world.orders[o];
            const auto member = controlOf.find(order.customer);
            if (member == controlOf.end() || order.day < promotion.firstDay || order.day > promotion.lastDay)
                continue;
            const bool control = member->second;
            if (order.campaign >= 0 && codes.contains(world.campaigns[static_cast<size_t>(order.campaign)].code))
                ++(control ? outcome.controlCodeOrders : outcome.audienceCodeOrders);
            for (int l = order.firstLine; l < order.firstLine + order.lineCount; ++l) {
                if (world.lines[static_cast<size_t>(l)].product == promotion.product
                    && buyers.insert(order.customer).second)
                    ++(control ? outcome.controlBuyers : outcome.audienceBuyers);
            }
        }
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

} // namespace flywheel::demo
