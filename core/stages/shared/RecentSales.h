#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QHash>

namespace flywheel {

class RunShared;

/// What a product sold in a recent window of the store's orders.
struct ProductSales {
    std::int64_t revenueMinor = 0; ///< priced lines, net of line discounts
    std::int64_t pricedUnits = 0; ///< units of the priced lines (the revenue's units)
    std::int64_t units = 0; ///< every line's units, priced or not (WooCommerce Analytics has no line prices)
};

/// Each product's sales in the `days` before the store's newest order, cancelled orders left out,
/// keyed by product id. Products that sold nothing are absent. With `shared`, the first stage of a
/// pipeline run that asks reads them and the later ones asking for the same window get that: a run
/// imports nothing, so the orders do not change under it.
[[nodiscard]] Result<QHash<std::int64_t, ProductSales>> readRecentProductSales(
    Database& db, int days, RunShared* shared = nullptr);

} // namespace flywheel
