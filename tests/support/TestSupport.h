#pragma once

#include "io/Import.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace flywheel::test {

/// Golden test data under tests/data.
[[nodiscard]] QString dataPath(const QString& relative);

/// The shared folder beside the checkout (real exports, public data sets), or empty when absent.
[[nodiscard]] QString sharedPath(const QString& relative);

/// A fresh, migrated store in a temporary folder that lives as long as this object.
class TempStore {
public:
    TempStore();
    [[nodiscard]] Database& db() { return *m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    /// Row count of a table.
    [[nodiscard]] qint64 count(std::string_view table);
    /// One value from a query, as text ("" for NULL).
    [[nodiscard]] QString value(std::string_view sql);
    /// Every row of every table, in a stable order: equal dumps mean equal content.
    [[nodiscard]] QString dumpContent();
    /// Imports with options that keep rejects inside the temporary folder.
    [[nodiscard]] ImportReport import(const QString& file, ImportOptions options = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
};

/// Creates the small demo store in `store` (its export files under store.dir()/demo) and runs
/// `stage` with the stages it reads from; false, with a warning saying why, when either fails.
[[nodiscard]] bool createAnalysedDemo(TempStore& store, const QString& stage);

/// The JSON object in a file; empty when the file cannot be read.
[[nodiscard]] QJsonObject readJsonObject(const QString& path);
/// The demo's ground_truth.json in `dir`.
[[nodiscard]] QJsonObject groundTruth(const QString& dir);
/// One hash of every file's name and bytes in `dir`: equal hashes mean the same files.
[[nodiscard]] QByteArray folderHash(const QString& dir);

} // namespace flywheel::test

/// Skips the current test when the shared folder is missing (a user's own clone).
#define FLYWHEEL_REQUIRE_SHARED()                                                                                      \
    do {                                                                                                               \
        if (flywheel::test::sharedPath(QString()).isEmpty())                                                           \
            QSKIP("../shared (real exports and data sets) is not beside this checkout");                               \
    } while (false)
