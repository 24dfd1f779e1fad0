#pragma once

#include <QPromise>
#include <QString>

namespace flywheel {

/// One answer of readStoreCatalog(): a table's name, later its row count, or what went wrong.
struct CatalogEntry {
    QString table;
    qint64 rowCount = -1; ///< -1 until counted
    QString error; ///< set (and table empty) when the store could not be read
};

/// The tables and views the data browser offers, without SQLite's own and Flywheel's bookkeeping.
/// Meant for QtConcurrent::run: opens its own read-only connection, adds one entry per table
/// (the most used tables first, rowCount -1) as soon as the names are known, then
/// one entry per table again with its count, so a list can show names at once and fill in counts
/// as they come. Stops between tables when the future is cancelled.
void readStoreCatalog(QPromise<CatalogEntry>& promise, const QString& storePath);

} // namespace flywheel
