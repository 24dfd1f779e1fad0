#include "store/Schema.h"

#include "store/SchemaV1.h"
#include "store/SchemaV2.h"
#include "store/SchemaV3.h"
#include "store/SchemaV4.h"
#include "store/SchemaV5.h"
#include "store/SchemaV6.h"
#include "store/SchemaV7.h"
#include "store/SchemaV8.h"
#include "store/SchemaV9.h"

#include <QDir>
#include <QFileInfo>

#include <array>

namespace flywheel {

namespace {
struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(Schema)
};

struct Migration {
    int toVersion;
    std::string_view sql;
};

// Ordered; each step takes the store from toVersion - 1 to toVersion. Never edit a shipped step:
// add a new one.
constexpr std::array kMigrations{
    Migration{1, kSchemaV1},
    Migration{2, kSchemaV2},
    Migration{3, kSchemaV3},
    Migration{4, kSchemaV4},
    Migration{5, kSchemaV5},
    Migration{6, kSchemaV6},
    Migration{7, kSchemaV7},
    Migration{8, kSchemaV8},
    Migration{9, kSchemaV9},
};

/// Marks a SQLite file as a Flywheel store (PRAGMA application_id), so another program's database
/// is never mistaken for one. "FLYW" in ASCII.
constexpr std::int64_t kApplicationId = 0x464C5957;

/// True for a file that holds nothing yet: it can become a store.
Result<bool> isEmptyDatabase(Database& db)
{
    auto tables = db.scalar("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return std::unexpected(tables.error());
    return *tables == 0;
}
} // namespace

int latestSchemaVersion()
{
    return kMigrations.back().toVersion;
}

Result<void> migrate(Database& db)
{
    auto current = db.scalar("PRAGMA user_version");
    if (!current)
        return std::unexpected(current.error());
    auto applicationId = db.scalar("PRAGMA application_id");
    if (!applicationId)
        return std::unexpected(applicationId.error());
    auto empty = isEmptyDatabase(db);
    if (!empty)
        return std::unexpected(empty.error());
    if (*applicationId != kApplicationId && !*empty) {
        return fail(ErrorCode::Format,
                    SchemaText::tr("%1 is a database of another program, not a Flywheel store; it was not changed. "
                                   "Open a Flywheel store, or give a new store a file name of its own.")
                        .arg(db.path()));
    }
    // WAL lets readers (panels, the data browser) work while an import writes. 8 KiB pages, fixed
    // when a store is created, make bulk imports about a tenth faster than the default 4 KiB.
    if (auto ok = db.exec(*empty ? "PRAGMA page_size=8192; PRAGMA journal_mode=WAL;" : "PRAGMA journal_mode=WAL;"); !ok)
        return std::unexpected(ok.error());
    if (*current > latestSchemaVersion()) {
        return fail(ErrorCode::SchemaTooNew,
                    SchemaText::tr("This store was saved by a newer version of Flywheel (store format %1; this "
                                   "version reads up to %2). Install the newer Flywheel to open it; the store "
                                   "was not changed.")
                        .arg(*current)
                        .arg(latestSchemaVersion()));
    }
    for (const Migration& step : kMigrations) {
        if (step.toVersion <= *current)
            continue;
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto ok = db.exec(step.sql); !ok)
            return std::unexpected(ok.error());
        if (auto ok = db.exec("PRAGMA user_version = " + std::to_string(step.toVersion)); !ok)
            return std::unexpected(ok.error());
        if (auto ok = db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)); !ok)
            return std::unexpected(ok.error());
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

Result<Database> openStore(const QString& path)
{
    // A new store may be named inside a folder that does not exist yet.
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::open(path);
    if (!db)
        return db;
    if (auto ok = migrate(*db); !ok)
        return std::unexpected(ok.error());
    return db;
}

} // namespace flywheel
