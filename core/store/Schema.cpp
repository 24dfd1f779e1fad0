#include "store/Schema.h"

#include "store/SchemaV1.h"

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
};
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
