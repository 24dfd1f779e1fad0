#pragma once

#include "io/formats/FormatBase.h"

#include <string>
#include <string_view>
#include <vector>

namespace flywheel::formats {

/// An order number as tickets write it, reduced to what the store's order keys share: "#1001",
/// "1001" and "'1001" all become "1001" (Shopify keys orders "#1001", WooCommerce "1001").
[[nodiscard]] std::string_view orderNumberDigits(std::string_view number);

/// Finds the stored orders, customers and products that help-desk tickets and reviews refer to.
/// It only finds, never creates: the person who writes in may never have bought, and undoing a
/// tickets import must not take customers or orders with it. What is not in the store yet is
/// linked when it arrives (linkLateArrivals). Uses the import's connection, on its thread.
class StoreLookup {
public:
    explicit StoreLookup(Database& db)
        : m_db(db)
    {
    }

    /// The order with this number, whichever store platform it came from.
    [[nodiscard]] Result<std::optional<std::int64_t>> order(std::string_view number);
    /// The customer with this e-mail address.
    [[nodiscard]] Result<std::optional<std::int64_t>> customer(std::string_view email);

    /// What a review app says about the product a review is about; any part may be empty.
    struct ProductRef {
        std::string_view handle;
        std::string_view sourceId; ///< the platform's product id
        std::string_view sku;
        std::string_view title;
    };
    /// The product, found by handle, then product id, then a variant's SKU, then (only when exactly
    /// one product has it) its title.
    [[nodiscard]] Result<std::optional<std::int64_t>> product(const ProductRef& ref);

private:
    [[nodiscard]] Result<void> loadOrderPlatforms();
    [[nodiscard]] Result<void> loadTitles();

    Database& m_db;
    std::optional<std::vector<std::string>> m_orderPlatforms;
    std::optional<StringMap<std::int64_t>> m_productByTitle; ///< lower-cased title -> id, 0 when shared
    std::string m_hashed; ///< "#" + number, reused per lookup
};

} // namespace flywheel::formats
