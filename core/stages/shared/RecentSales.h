#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QHash>

namespace flywheel {

/// What a product sold in a recent window of the store's orders.
struct ProductSales {
    std::int64_t revenueMinor = 0; ///< priced lines, net of line discounts
    std::int64_t pricedUnits = 0; ///< units of the priced lines (the revenue's units)
    std::int64_t units = 0; ///< every line's units, priced or not (WooCommerce Analytics has no line prices)
};

/// Each product's sales in the `days` before the store's newest order, cancelled orders left out,
/// keyed by product id. Products that sold nothing are absent.
[[nodiscard]] Result<QHash<std::int64_t, ProductSales>> readRecentProductSales(Database& db, int days);

} // namespace flywheel
