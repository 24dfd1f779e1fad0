#pragma once

#include "io/TableWriter.h"

#include <array>
#include <string>
#include <string_view>

namespace flywheel::formats {

/// The key of a variant within its product: its option values joined with " / ", the way Shopify
/// names variants ("M / Navy"), or "Default Title" for a product without options. Products and
/// inventory exports both identify variants this way, so both importers must use this one function.
[[nodiscard]] std::string variantKey(std::string_view option1, std::string_view option2, std::string_view option3);

/// Finds or creates products, variants, locations and collections by their natural keys, for the
/// importers that meet them second-hand (inventory, collections) and must not overwrite what the
/// products export says.
class CatalogLinks {
public:
    CatalogLinks(Database& db, std::int64_t batchId);

    /// The product with this key, created with just its title when the store has none.
    [[nodiscard]] Result<std::int64_t> product(std::string_view platform, std::string_view sourceKey,
                                               std::string_view handle, std::string_view title);
    struct VariantFacts {
        std::string_view sku;
        std::array<std::string_view, 3> optionNames;
        std::array<std::string_view, 3> options;
    };
    /// The variant of `productId` with this key, created from `facts` when missing.
    [[nodiscard]] Result<std::int64_t> variant(std::int64_t productId, std::string_view key, const VariantFacts& facts);
    [[nodiscard]] Result<std::int64_t> location(std::string_view name);
    [[nodiscard]] Result<std::int64_t> collection(std::string_view platform, std::string_view key, std::string_view title);

private:
    TableWriter m_products;
    TableWriter m_variants;
    TableWriter m_locations;
    TableWriter m_collections;
};

} // namespace flywheel::formats
