#pragma once

#include <QString>

namespace flywheel {

/// Turns a schema identifier into a heading a store owner reads comfortably:
/// "order_lines" -> "Order lines", "total_minor" -> "Total", "customer_id" -> "Customer ID".
/// Table and column names are not translated: they name things in the store file.
[[nodiscard]] QString displayName(const QString& identifier);

} // namespace flywheel
