#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"
#include "store/Database.h"

namespace flywheel {

/// Writes every stage's accepted actions as the files the store's platforms take (Content: product
/// files; Search: synonym lists and redirects; Merchandising: collection orders and trending tags;
/// Inventory: purchase orders per vendor; Promotions: discount codes, audiences and email drafts)
/// into `dir`, and marks them pushed. One report for all.
[[nodiscard]] Result<PushReport> pushAccepted(Database& db, const QString& dir);

} // namespace flywheel
