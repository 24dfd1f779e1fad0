#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"

namespace flywheel {
class Database;
}

namespace flywheel::merchandising {

/// The tag a featured product gets, for themes and email tools that pick products by tag.
inline constexpr auto kTrendingTag = "trending";

/// Writes the accepted Merchandising actions into `dir` (created when missing) and marks them pushed:
/// - each accepted collection order, in the latest run's suggested order, as
///   "collection-order-<handle>-<date>.csv" (Collection handle, Collection title, Position, Product
///   handle, Product title; UTF-8 with a byte-order mark and CRLF for spreadsheets, no cell that runs
///   as a formula; Flywheel's own collections importer reads it back), and all of them together as
///   "matrixify-custom-collections-<date>.csv" for Matrixify's Shopify import;
/// - the accepted products to feature as product files adding the tag kTrendingTag (Shopify, in the
///   column dialect of the store's own export, and WooCommerce), "merchandising-<platform>-products-<date>.csv".
/// A feature whose product the latest run no longer finds trending, or finds out of stock or nearly,
/// is left out with a note and stays accepted; so is a collection the latest run no longer ranks.
[[nodiscard]] Result<PushReport> pushMerchandising(Database& db, const QString& dir);

} // namespace flywheel::merchandising
