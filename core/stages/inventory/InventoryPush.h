#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"

namespace flywheel {
class Database;
}

namespace flywheel::inventory {

/// Writes the accepted reorders as one purchase order per vendor into `dir`
/// ("purchase-order-<vendor>-<date>.csv": Vendor, SKU, Product, Quantity, Unit cost, Line total,
/// Currency; UTF-8 with a byte-order mark and CRLF for spreadsheets, no cell that runs as a
/// formula), with the quantities of the latest Inventory run, and marks them pushed. A reorder that
/// the latest run no longer asks for (stock arrived) is left out with a note.
[[nodiscard]] Result<PushReport> pushPurchaseOrders(Database& db, const QString& dir);

} // namespace flywheel::inventory
