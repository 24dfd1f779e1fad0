#pragma once

#include "demo/AdvanceActions.h"
#include "demo/Simulation.h"

namespace flywheel::demo {

/// Chance an audience member buys the promoted product in the promotion's days without it: they
/// were picked because they buy such things.
inline constexpr double kWouldBuyAnyway = 0.02;
/// Chance a member who got the email and a code of their own buys it then.
inline constexpr double kBuysWithCode = 0.10;

/// What a promotion's audience did in its days: the truth its measured outcome is checked against.
struct PromotionOutcome {
    std::string subjectKey;
    std::int64_t productId = 0;
    int firstDay = 0;
    int lastDay = 0;
    int audience = 0; ///< members who got a code
    int control = 0; ///< members held back
    int audienceBuyers = 0; ///< members who bought the product in the promotion's days
    int controlBuyers = 0;
    int audienceCodeOrders = 0; ///< orders with one of the promotion's codes
    int controlCodeOrders = 0;
};

/// Adds every audience member's own code to world.campaigns and draws who buys the promoted product
/// in the promotion's days: each member is as likely to as without it (they were picked as likely
/// buyers), members who got a code much more likely, and they pay with it. Control members behave
/// exactly as if there were no promotion. Returns their orders, by day and time.
[[nodiscard]] std::vector<PlannedOrder> planPromotionOrders(
    World& world, const std::vector<PushedPromotion>& promotions, Random& random);

/// Counts, per promotion, the members of each group who bought the product in its days and the
/// orders paid with one of its codes, among the period's orders.
[[nodiscard]] std::vector<PromotionOutcome> promotionOutcomes(
    const World& world, const std::vector<PushedPromotion>& promotions);

} // namespace flywheel::demo
