#pragma once

#include "demo/PhaseProgress.h"
#include "demo/Random.h"
#include "demo/World.h"

namespace flywheel::demo {

/// The discount calendar: WELCOME10 for first orders all the time (index 0), then winter, flash,
/// summer and Black Friday codes every year of the history.
[[nodiscard]] std::vector<Campaign> buildCampaigns(const Calendar& calendar);
/// Index of the seasonal campaign running on each day, -1 when none (WELCOME10 and personal codes
/// are never listed).
[[nodiscard]] std::vector<int> campaignByDay(const std::vector<Campaign>& campaigns, int days);

/// Lives through the store's history day by day: traffic from growth, weekday and season;
/// products chosen by popularity, season, price changes and query spikes; new and returning
/// customers (with the discount-responsive segment coming back when a code runs); discounts,
/// shipping, tax, refunds and cancellations. Fills world.campaigns, orders, lines and customers
/// (including sign-ups who never ordered) and the sales counters of every variant.
[[nodiscard]] Result<void> simulateOrders(World& world, Random& random, PhaseProgress& progress);

} // namespace flywheel::demo
