#include "store/Batches.h"

#include <QDateTime>
#include <QStringList>

#include <array>
#include <set>

namespace flywheel {

namespace {
struct BatchesText {
    Q_DECLARE_TR_FUNCTIONS(Batches)
};

/// Tables whose rows carry the import that made them.
Result<std::vector<std::string>> batchTables(Database& db)
{
    auto stmt = db.prepare("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                           "WHERE m.type = 'table' AND c.name IN ('batch_id', 'last_batch_id') "
                           "GROUP BY m.name HAVING count(*) = 2 ORDER BY m.name");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<std::string> tables;
    if (auto ok = stmt->forEachRow([&](const Statement& row) { tables.emplace_back(row.utf8(0)); }); !ok)
        return std::unexpected(ok.error());
    return tables;
}

/// Runs a query returning batch ids and adds them to `into`.
Result<void> collectIds(Database& db, const std::string& sql, std::int64_t batchId, std::set<std::int64_t>& into)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, batchId);
    return stmt->forEachRow([&](const Statement& row) { into.insert(row.int64(0)); });
}

/// Later imports that depend on the batch: they changed its rows, or added rows beneath them.
Result<std::set<std::int64_t>> dependentBatches(Database& db, const std::vector<std::string>& tables, std::int64_t batchId)
{
    std::set<std::int64_t> dependents;
    for (const std::string& table : tables) {
        const std::string t = quoteIdentifier(table);
        const std::string changed = "SELECT DISTINCT last_batch_id FROM " + t + " WHERE last_batch_id <> ?1 AND "
                                    "(batch_id = ?1 OR id IN (SELECT row_id FROM batch_journal WHERE batch_id = ?1 "
                                    "AND table_name = '" + table + "'))";
        if (auto ok = collectIds(db, changed, batchId, dependents); !ok)
            return std::unexpected(ok.error());
        auto keys = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1) WHERE on_delete = 'CASCADE'");
        if (!keys)
            return std::unexpected(keys.error());
        keys->bind(1, std::string_view(table));
        std::vector<std::string> beneath;
        auto listed = keys->forEachRow([&](const Statement& key) {
            beneath.push_back("SELECT DISTINCT c.batch_id FROM " + t + " c JOIN " + quoteIdentifier(key.utf8(0))
                              + " p ON c." + quoteIdentifier(key.utf8(1))
                              + " = p.id WHERE p.batch_id = ?1 AND c.batch_id <> ?1");
        });
        if (!listed)
            return std::unexpected(listed.error());
        for (const std::string& sql : beneath)
            if (auto ok = collectIds(db, sql, batchId, dependents); !ok)
                return std::unexpected(ok.error());
    }
    return dependents;
}

/// Writes back the images the batch journaled before it changed rows.
Result<void> restoreJournal(Database& db, const std::vector<std::string>& tables, std::int64_t batchId)
{
    for (const std::string& table : tables) {
        auto columns = db.prepare("SELECT name FROM pragma_table_info(?1) WHERE name <> 'id'");
        if (!columns)
            return std::unexpected(columns.error());
        columns->bind(1, std::string_view(table));
        std::string names;
        std::string extracts;
        auto listed = columns->forEachRow([&](const Statement& column) {
            const std::string name(column.utf8(0));
            names += (names.empty() ? "" : ", ") + quoteIdentifier(name);
            extracts += std::string(extracts.empty() ? "" : ", ") + "json_extract(j.old_row, '$." + name + "')";
        });
        if (!listed)
            return listed;
        const std::string sql = "UPDATE " + quoteIdentifier(table) + " SET (" + names + ") = (SELECT " + extracts
                                + " FROM batch_journal j WHERE j.batch_id = ?1 AND j.table_name = ?2 AND j.row_id = "
                                + quoteIdentifier(table) + ".id) WHERE id IN (SELECT row_id FROM batch_journal WHERE "
                                  "batch_id = ?1 AND table_name = ?2)";
        auto restore = db.prepare(sql);
        if (!restore)
            return std::unexpected(restore.error());
        restore->bindAll(batchId, std::string_view(table));
        if (auto ok = restore->run(); !ok)
            return ok;
    }
    return {};
}
} // namespace

Result<QList<ImportBatch>> listBatches(Database& db)
{
    auto stmt = db.prepare("SELECT id, file_name, file_hash, format, platform, started_at, finished_at, rows_read, "
                           "inserted, updated, unchanged, rejected, rejects_file, undone_at FROM import_batches "
                           "ORDER BY id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<ImportBatch> batches;
    auto listed = stmt->forEachRow([&](const Statement& row) {
        batches.append(ImportBatch{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
                                   row.text(6), row.int64(7), row.int64(8), row.int64(9), row.int64(10),
                                   row.int64(11), row.text(12), row.text(13)});
    });
    if (!listed)
        return std::unexpected(listed.error());
    return batches;
}

Result<void> undoBatch(Database& db, std::int64_t batchId)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto state = db.prepare("SELECT undone_at FROM import_batches WHERE id = ?1");
    if (!state)
        return std::unexpected(state.error());
    state->bind(1, batchId);
    auto found = state->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::InvalidArgument,
                    BatchesText::tr("There is no import batch %1. Run \"flywheel-cli batches\" to list them.").arg(batchId));
    if (!state->isNull(0))
        return fail(ErrorCode::InvalidArgument,
                    BatchesText::tr("Import batch %1 was already undone on %2.").arg(batchId).arg(state->text(0)));
    state->reset();

    auto tables = batchTables(db);
    if (!tables)
        return std::unexpected(tables.error());
    auto dependents = dependentBatches(db, *tables, batchId);
    if (!dependents)
        return std::unexpected(dependents.error());
    if (!dependents->empty()) {
        QStringList ids;
        for (std::int64_t id : *dependents)
            ids << QString::number(id);
        return fail(ErrorCode::Conflict,
                    BatchesText::tr("Import batch %1 cannot be undone on its own: later imports (batch %2) changed or "
                                    "added to the same records. Undo those first, newest first; nothing was changed.")
                        .arg(batchId)
                        .arg(ids.join(QStringLiteral(", "))));
    }

    if (auto ok = restoreJournal(db, *tables, batchId); !ok)
        return ok;
    for (const std::string& table : *tables) {
        auto remove = db.prepare("DELETE FROM " + quoteIdentifier(table) + " WHERE batch_id = ?1");
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, batchId);
        if (auto ok = remove->run(); !ok)
            return ok;
    }
    auto finish = db.prepare("UPDATE import_batches SET undone_at = ?2 WHERE id = ?1");
    if (!finish)
        return std::unexpected(finish.error());
    finish->bindAll(batchId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto ok = finish->run(); !ok)
        return ok;
    auto forget = db.prepare("DELETE FROM batch_journal WHERE batch_id = ?1");
    if (!forget)
        return std::unexpected(forget.error());
    forget->bind(1, batchId);
    if (auto ok = forget->run(); !ok)
        return ok;
    return transaction->commit();
}

Result<QList<std::pair<QString, std::int64_t>>> tableCounts(Database& db)
{
    static constexpr std::array<std::string_view, 15> kTables = {
        "products",  "variants",         "collections", "orders",   "order_lines",  "order_discounts",
        "refunds",   "customers",        "locations",   "inventory_levels", "tickets", "reviews",
        "search_terms", "recommendations", "import_batches"};
    QList<std::pair<QString, std::int64_t>> counts;
    for (std::string_view table : kTables) {
        std::int64_t count = 0;
        if (db.tableExists(table)) {
            auto n = db.scalar("SELECT count(*) FROM " + quoteIdentifier(table));
            if (!n)
                return std::unexpected(n.error());
            count = *n;
        }
        counts.append({QString::fromUtf8(table.data(), qsizetype(table.size())), count});
    }
    return counts;
}

Result<void> noteBatchTable(Database& db, std::int64_t batchId, std::string_view table)
{
    auto note = db.cached("INSERT OR IGNORE INTO batch_tables (batch_id, table_name) VALUES (?1, ?2)");
    if (!note)
        return std::unexpected(note.error());
    (*note)->bindAll(batchId, table);
    return (*note)->run();
}

} // namespace flywheel
