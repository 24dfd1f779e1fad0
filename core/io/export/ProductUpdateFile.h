#pragma once

#include "Error.h"

#include <QStringList>

#include <string>
#include <vector>

namespace flywheel {

class Database;

/// A product's new content, for a file the store's platform re-imports to update it.
/// description and tags hold the whole new value (platforms replace a cell's value whole) and are
/// written only when some product in the file changes them; a product that changes only its tags still
/// gets its current description in a file that has that column, because an empty cell would erase it.
struct ProductUpdate {
    QString key; ///< Shopify: the handle; WooCommerce: the store's key, "id:N" or "sku:X"
    QString title; ///< Shopify needs it on every update row
    QString description;
    QStringList tags;
    bool descriptionChanged = false;
    bool tagsChanged = false;
};

/// Shopify renamed its product CSV columns around 2024 (FORMATS.md §1.1); an update file should use the
/// names of the store's own export.
enum class ShopifyDialect {
    Current, ///< "URL handle", "Description"
    Legacy, ///< "Handle", "Body (HTML)"
};

/// The dialect of a Shopify products export, from its header; Current when the header names neither.
[[nodiscard]] ShopifyDialect shopifyDialectOf(const std::vector<std::string>& header);

/// The dialect of the Shopify products export the store was last built from (Current when there is
/// none, or its file is gone).
[[nodiscard]] ShopifyDialect storeShopifyDialect(Database& db);

/// Writes a Shopify product update CSV: the handle, the title and only the changed columns, one row per
/// product (UTF-8, no byte-order mark, RFC 4180 quoting). Tags are the product's full new list.
[[nodiscard]] Result<void> writeShopifyProductUpdates(
    const QString& path, ShopifyDialect dialect, const std::vector<ProductUpdate>& updates);

/// Writes a WooCommerce product import CSV (FORMATS.md §2.1): ID or SKU (whichever the store keys the
/// product by), then only the changed columns. Line breaks in a description are written as the two
/// characters \n, as WooCommerce's own exporter does.
[[nodiscard]] Result<void> writeWooProductUpdates(const QString& path, const std::vector<ProductUpdate>& updates);

} // namespace flywheel
