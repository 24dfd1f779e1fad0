#pragma once

#include "Error.h"
#include "customers/PriceResponse.h"

#include <QDate>

#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::customers {

/// The week `day` falls in, counted in whole weeks (Monday to Sunday) from Monday 1970-01-05.
[[nodiscard]] int weekNumber(QDate day);
/// The Monday of week `week`.
[[nodiscard]] QDate weekStart(int week);

/// What the store's own orders say about each product's prices and sales, week by week.
struct PriceHistories {
    /// One series per product with a priced sale, by product id; its category is the product type
    /// ("" when the product has none). Weeks run without gaps from the product's first sale to its
    /// last sale in a complete week.
    std::vector<PriceSeries> series;
    int lastWeek = 0; ///< the last complete week of the store's orders
};

/// Reads the store's weekly units and prices per product, cancelled orders left out, in weeks of the
/// store's time zone. Per variant, the regular price is the highest list or compare-at price the
/// store has shown; a product's week sums its variants' units, so variants of different prices mix by
/// their share of units. The price offered is the week's shelf price (the list price of the lines)
/// less the share by which the rest of the store sold below list that week (the codes running then);
/// the average its own buyers paid after line discounts is kept beside it as paidPrice. A week
/// without a sale keeps the shelf and regular prices of the week before (a price holds until it is
/// changed) and 0 units. Each week also says how many units the rest of the store sold. Errors are
/// the database's. Same thread rules as `db`.
[[nodiscard]] Result<PriceHistories> readPriceHistories(Database& db);

} // namespace flywheel::customers
