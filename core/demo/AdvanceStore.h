#pragma once

#include "demo/World.h"
#include "store/Database.h"

#include <unordered_map>

namespace flywheel::demo {

/// How the store's rows map onto the regenerated world (through the natural keys the importers
/// keep: product handle, SKU, e-mail), and the numbers later files must continue from.
struct StoreLinks {
    std::unordered_map<std::int64_t, int> productOf; ///< products.id -> world product
    std::unordered_map<std::int64_t, std::pair<int, int>> variantOf; ///< variants.id -> (product, variant)
    std::unordered_map<std::int64_t, int> customerOf; ///< customers.id -> world customer
    int lastOrderNumber = 1000;
    int lastTicketId = kFirstTicketId - 1;
    qint64 reviews = 0;
    int restoredCustomers = 0; ///< customers who joined in earlier periods, rebuilt from the store

    [[nodiscard]] int product(std::int64_t id) const
    {
        const auto found = productOf.find(id);
        return found == productOf.end() ? -1 : found->second;
    }
    [[nodiscard]] int customer(std::int64_t id) const
    {
        const auto found = customerOf.find(id);
        return found == customerOf.end() ? -1 : found->second;
    }
};

/// Reads where the store stands at `firstDay`, the first day of the period to generate, into the
/// regenerated world: every customer's orders and spending so far (customers who joined in earlier
/// periods are rebuilt from their rows), each variant's latest stock per location, the orders of
/// earlier periods from the weeks before (appended to world.orders, for tickets and reviews about
/// them), and the searches already reported for the week the period starts in. Same thread rules as `db`.
[[nodiscard]] Result<StoreLinks> readStore(Database& db, World& world, int firstDay);

} // namespace flywheel::demo
