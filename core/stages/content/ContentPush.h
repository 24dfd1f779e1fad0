#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"
#include "store/Database.h"

namespace flywheel::content {

/// Writes the accepted Content actions as product files the store's platform imports to update its
/// products, one file per platform: Shopify (in the column dialect of the store's own export) and
/// WooCommerce, each with only the changed products and columns. Descriptions get the accepted lines
/// (the owner's wording when edited) in the style they already use; tags get the product's whole new
/// list. Files go to `dir` (created when missing) as `<baseName>.csv` (further platforms
/// `<baseName>-<platform>.csv`), or `content-<platform>-products-<date>.csv` without a base name.
/// The actions written are marked pushed; one still holding a part to fill in ("[[...]]") is left
/// out and stays accepted. Runs on the caller's thread and connection.
[[nodiscard]] Result<PushReport> pushContent(Database& db, const QString& dir, const QString& baseName = {});

} // namespace flywheel::content
