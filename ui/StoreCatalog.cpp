#include "StoreCatalog.h"

#include "store/Database.h"

#include <QStringList>

#include <algorithm>

namespace flywheel {

namespace {
// Undo images of import batches and the store's key/value settings: machinery, not data an
// owner browses.
constexpr std::string_view kListSql = R"sql(
SELECT name FROM sqlite_schema
WHERE type IN ('table', 'view')
  AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND name NOT IN ('batch_journal', 'store_settings')
ORDER BY name
)sql";

// What an owner looks at most comes first, in the order of the business: sales, customers,
// catalog, stock, then Flywheel's own records. Tables not named here follow alphabetically.
const QStringList kListOrder {
    QStringLiteral("orders"),
    QStringLiteral("order_lines"),
    QStringLiteral("customers"),
    QStringLiteral("products"),
    QStringLiteral("variants"),
    QStringLiteral("collections"),
    QStringLiteral("inventory_levels"),
    QStringLiteral("refunds"),
    QStringLiteral("order_discounts"),
    QStringLiteral("collection_products"),
    QStringLiteral("locations"),
    QStringLiteral("recommendations"),
    QStringLiteral("import_batches"),
    QStringLiteral("stage_runs"),
};

qsizetype listRank(const QString& table)
{
    const qsizetype rank = kListOrder.indexOf(table);
    return rank < 0 ? kListOrder.size() : rank;
}

void addError(QPromise<CatalogEntry>& promise, const Error& error)
{
    promise.addResult(CatalogEntry { {}, -1, error.describe() });
}
} // namespace

void readStoreCatalog(QPromise<CatalogEntry>& promise, const QString& storePath)
{
    auto db = Database::open(storePath, Database::Mode::ReadOnly);
    if (!db)
        return addError(promise, db.error());

    QStringList tables;
    {
        auto list = db->prepare(kListSql);
        if (!list)
            return addError(promise, list.error());
        auto listed = list->forEachRow([&](const Statement& row) { tables.append(row.text(0)); });
        if (!listed)
            return addError(promise, listed.error());
    }
    std::stable_sort(
        tables.begin(), tables.end(), [](const QString& a, const QString& b) { return listRank(a) < listRank(b); });
    for (const QString& table : tables)
        promise.addResult(CatalogEntry { table, -1, {} });

    for (const QString& table : tables) {
        if (promise.isCanceled())
            return;
        auto rows = db->scalar("SELECT COUNT(*) FROM " + quoteIdentifier(table.toStdString()));
        if (!rows)
            return addError(promise, rows.error());
        promise.addResult(CatalogEntry { table, *rows, {} });
    }
}

} // namespace flywheel
