#pragma once

#include "Error.h"
#include "Progress.h"
#include "io/Import.h"
#include "store/Database.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace flywheel::demo {

struct AdvanceOptions {
    int weeks = 1;
    /// Folder the period's export files and ground_truth.json go to (created when missing); empty =
    /// beside the store file, named after it and the week the store reaches ("shop-week-4").
    QString outDir;
};

/// What advancing wrote and imported.
struct AdvanceReport {
    QDate firstDay; ///< first day of the new period
    QDate lastDay; ///< the store's new last day of history
    int weeks = 0; ///< weeks in the new period
    int weeksAfterHistory = 0; ///< weeks the store now reaches past its generated history
    QString outDir;
    QStringList files; ///< the export files, in import order
    QString groundTruth; ///< path of the period's ground_truth.json
    QList<ImportReport> imports;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 newCustomers = 0;
    qint64 tickets = 0;
    qint64 reviews = 0;
    qint64 searchRows = 0;
};

/// Writes the next `options.weeks` weeks of a demo store as the platforms' own export files and
/// imports them through the normal import path, so the store's history reaches that much further.
/// The period continues from where the store stands (its stock, customers and orders) in the demo's
/// hidden world, rebuilt from the scale and seed the store was created with, and its shoppers react
/// to the actions pushed so far: answered questions are asked less, fixed searches find products,
/// featured products sell more, pushed purchase orders arrive, and promotion audiences use their
/// codes while control groups carry on as before. The period's ground_truth.json says what changed.
/// Deterministic: the same store and weeks give the same files. Refuses a store not created as a
/// demo store. Runs on the caller's thread with the caller's connection.
[[nodiscard]] Result<AdvanceReport> advanceDemoStore(
    Database& db, const AdvanceOptions& options, Progress* progress = nullptr);

} // namespace flywheel::demo
