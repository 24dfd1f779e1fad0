#pragma once

#include "customers/PurchaseModel.h"

namespace flywheel::customers {

/// What is known about one customer when choosing whom a promotion of one category should reach.
struct AudienceCustomer {
    PurchaseSummary purchases;
    int orders = 0;
    int categoryOrders = 0; ///< orders holding at least one product of the promoted category
    int discountedOrders = 0; ///< orders placed with a discount code or at a sale price
};

/// The same counts over the whole store; each customer's shares are smoothed towards these.
struct StoreOrderCounts {
    int orders = 0;
    int categoryOrders = 0;
    int discountedOrders = 0;
};

struct AudienceOptions {
    double windowWeeks = 4; ///< how long the promotion runs
    /// How many orders' worth of weight the store's shares get in each customer's shares.
    double pseudoOrders = 5;
};

/// The score and the pieces it is made of, as the Promotions stage shows them.
struct AudienceScore {
    double expectedOrders = 0; ///< in the promotion window, from the purchase model
    double categoryShare = 0; ///< smoothed chance that an order of theirs holds the category
    /// Smoothed share of their orders placed with a discount; 0 when the store has never discounted.
    double discountShare = 0;
    /// discountShare over the store's share: above 1 for a customer who buys on discount more
    /// than the store's customers do, 1 when nothing is known or the store has never discounted.
    double discountResponse = 1;
    /// expectedOrders × categoryShare × discountResponse: the category orders expected in the
    /// window, weighted by how much a discount moves this customer.
    double score = 0;
};

[[nodiscard]] AudienceScore scoreAudience(const BgNbdParameters& parameters, const AudienceCustomer& customer,
    const StoreOrderCounts& store, const AudienceOptions& options = {});
/// The same when there is no purchase model yet (nobody has bought twice, so nobody's next order can
/// be predicted): `parameters` null makes expectedOrders a recency weight instead, 1 for a purchase
/// at the end of the data, halving with every 13 weeks since the last one.
[[nodiscard]] AudienceScore scoreAudience(const BgNbdParameters* parameters, const AudienceCustomer& customer,
    const StoreOrderCounts& store, const AudienceOptions& options = {});
/// The same with the customer's expected orders in the window already known (they do not depend on
/// the category, so a stage scoring one audience per product computes them once).
[[nodiscard]] AudienceScore scoreAudience(double expectedOrders, const AudienceCustomer& customer,
    const StoreOrderCounts& store, const AudienceOptions& options = {});
/// expectedOrders as scoreAudience takes it: from the purchase model, or the recency weight without one.
[[nodiscard]] double expectedOrdersInWindow(
    const BgNbdParameters* parameters, const PurchaseSummary& purchases, double windowWeeks);

} // namespace flywheel::customers
