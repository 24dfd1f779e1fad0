#include "customers/AudienceScore.h"

#include <cmath>

namespace flywheel::customers {

namespace {
/// The store's share of orders with some property. Half an order is added to each side, so a
/// store that has never sold the category (or never discounted) still gets a small positive share
/// and customers stay comparable instead of all scoring 0.
double storeShare(int matching, int orders)
{
    return (double(matching) + 0.5) / (double(orders) + 1);
}

/// A customer's share of orders with the property, smoothed towards the store's share: the mean of
/// a Beta prior worth `pseudoOrders` orders at the store's share, updated with the customer's own
/// orders. A customer with one order that matched is not taken to match every time (share 1); one
/// with no orders gets the store's share; twenty orders mostly speak for themselves.
double smoothedShare(int matching, int orders, double store, double pseudoOrders)
{
    return (double(matching) + pseudoOrders * store) / (double(orders) + pseudoOrders);
}
} // namespace

AudienceScore scoreAudience(const BgNbdParameters& parameters, const AudienceCustomer& customer,
    const StoreOrderCounts& store, const AudienceOptions& options)
{
    return scoreAudience(&parameters, customer, store, options);
}

double expectedOrdersInWindow(const BgNbdParameters* parameters, const PurchaseSummary& purchases, double windowWeeks)
{
    if (parameters)
        return expectedPurchases(*parameters, purchases, windowWeeks);
    return std::exp2(-(purchases.age - purchases.recency) / 13.0);
}

AudienceScore scoreAudience(const BgNbdParameters* parameters, const AudienceCustomer& customer,
    const StoreOrderCounts& store, const AudienceOptions& options)
{
    return scoreAudience(
        expectedOrdersInWindow(parameters, customer.purchases, options.windowWeeks), customer, store, options);
}

AudienceScore scoreAudience(double expectedOrders, const AudienceCustomer& customer, const StoreOrderCounts& store,
    const AudienceOptions& options)
{
    AudienceScore score;
    score.expectedOrders = expectedOrders;
    score.categoryShare = smoothedShare(
        customer.categoryOrders, customer.orders, storeShare(store.categoryOrders, store.orders), options.pseudoOrders);
    // A store that has never discounted gave nobody a chance to show how they respond: orders at
    // full price are then no sign of ignoring discounts, and everyone's response stays 1.
    if (store.discountedOrders > 0) {
        const double storeDiscountShare = storeShare(store.discountedOrders, store.orders);
        score.discountShare
            = smoothedShare(customer.discountedOrders, customer.orders, storeDiscountShare, options.pseudoOrders);
        score.discountResponse = score.discountShare / storeDiscountShare;
    }
    score.score = score.expectedOrders * score.categoryShare * score.discountResponse;
    return score;
}

} // namespace flywheel::customers
