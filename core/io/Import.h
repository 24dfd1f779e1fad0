#pragma once

#include "Error.h"
#include "Progress.h"
#include "io/ColumnMapping.h"
#include "store/Database.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flywheel {

class Importer;

struct ImportOptions {
    /// Format name from `flywheel-cli formats` (e.g. "shopify-orders"); empty = detect from the header.
    QString formatName;
    /// Renames the file's columns onto a known format's headers, for layouts nothing detects.
    std::optional<ColumnMapping> mapping;
    /// The day inventory levels were read; invalid = the file's last-modified day.
    QDate asOf;
    /// Where rejects files go; empty = a "rejects" folder beside the store file.
    QString rejectsDir;
};

/// What one file's import did. `error` is set when the file was refused: then nothing from it
/// was written and `batch` is 0.
struct ImportReport {
    QString file;
    QString format;
    qint64 batch = 0;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QString rejectsFile;
    QStringList warnings;
    std::optional<Error> error;

    [[nodiscard]] bool refused() const { return error.has_value(); }
};

/// The format whose fields `header` matches best, or null when no format finds all its required
/// columns in it. `header` is the file's header with any column mapping applied.
[[nodiscard]] std::unique_ptr<Importer> detectFormat(const std::vector<std::string>& header);

/// Imports one export file into the store as one transaction and one import batch.
/// Rows that can be skipped go to a rejects CSV (with the reason per row); a file that cannot be
/// read, or whose layout no format matches, changes nothing. Re-importing the same or an
/// overlapping export inserts nothing twice and updates what changed.
/// Runs on the caller's thread with the caller's connection; reports progress in bytes.
[[nodiscard]] ImportReport importFile(Database& db, const QString& path, const ImportOptions& options = {},
                                      Progress* progress = nullptr);

} // namespace flywheel
