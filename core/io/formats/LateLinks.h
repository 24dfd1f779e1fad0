#pragma once

#include "store/Database.h"

namespace flywheel::formats {

/// Joins rows that were waiting for what this batch just added: order lines to the variants of
/// their SKU, tickets to their orders and customers, reviews to their products and reviewers. Runs
/// at the end of every import, inside its transaction, so the order the owner imports files in
/// does not matter. A join runs only when the batch added rows of the table it links to, and reads
/// only the rows still waiting.
[[nodiscard]] Result<void> linkLateArrivals(Database& db, std::int64_t batchId);

} // namespace flywheel::formats
