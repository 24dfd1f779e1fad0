#pragma once

#include "Error.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::customers {

/// One day's orders of a customer: several orders on the same day count as one purchase, as the
/// purchase models expect.
struct PurchaseDay {
    QDate day;
    std::int64_t valueMinor = 0; ///< merchandise value net of discounts and refunds
    bool discounted = false; ///< bought with a code (other than a welcome code) or at a sale price
};

struct CustomerHistory {
    std::int64_t customerId = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString countryCode;
    /// True/false when the export says whether the customer accepts marketing email; unknown otherwise.
    std::optional<bool> acceptsEmail;
    std::vector<PurchaseDay> days; ///< oldest first
    int orders = 0;
    int discountedOrders = 0;
    /// (category, orders holding at least one product of it), by category: indices into
    /// CustomerHistories::categories. A small list per customer, not a hash: a large store has
    /// hundreds of thousands of customers with a few product types each.
    std::vector<std::pair<int, int>> categoryOrders;

    /// Orders holding the category (an index into CustomerHistories::categories; -1 gives 0).
    [[nodiscard]] int ordersIn(int category) const;
};

/// Every customer with an order, and the store-wide rates the per-customer figures are smoothed towards.
struct CustomerHistories {
    std::vector<CustomerHistory> customers; ///< by customer id
    QDate lastDay; ///< the day the store's orders run to
    QString currency;
    int orders = 0;
    int discountedOrders = 0;
    QStringList categories; ///< every product type ordered, sorted
    std::vector<int> categoryOrders; ///< orders holding each of `categories`

    /// The index of a product type in `categories`, or -1 when nobody ordered it.
    [[nodiscard]] int categoryIndex(const QString& category) const;
    /// Codes used almost only on a customer's first order (e.g. WELCOME10): using one says nothing
    /// about how a customer responds to promotions, so they do not count as discounted.
    QStringList welcomeCodes;
};

/// Reads each customer's orders (cancelled ones left out), with the days in UTC as stored.
[[nodiscard]] Result<CustomerHistories> readCustomerHistories(Database& db);

} // namespace flywheel::customers
