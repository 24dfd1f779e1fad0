#pragma once

#include "Error.h"
#include "forecast/Aggregation.h"

#include <QString>

#include <map>
#include <vector>

namespace flywheel::forecast {

/// Quantities per SKU read from a plain sales file, before any store exists.
struct SalesFile {
    std::map<QString, std::vector<DatedQuantity>> bySku;
    QDate lastDay; ///< the latest date in the file: the data runs to this day
    qint64 rows = 0; ///< data rows read
    qint64 skippedRows = 0; ///< rows without a readable date, SKU or quantity
    QString firstSkip; ///< where and why the first row was skipped (translated), empty when none were
};

/// Reads a CSV file with the columns date, sku and qty (also "quantity"; any order, any case,
/// other columns ignored) through the project's CSV reader, so every delimiter and encoding it
/// knows works. Dates may carry a time; the day is taken as written. Negative quantities
/// (returns) are kept. Rows that cannot be read are skipped and counted. Fails with Io when the
/// file cannot be read, Format when a column is missing or no row is readable.
[[nodiscard]] Result<SalesFile> readSalesFile(const QString& path);

} // namespace flywheel::forecast
