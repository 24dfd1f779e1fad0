#include "io/TableWriter.h"

#include "store/Batches.h"

namespace flywheel {

void bindValue(Statement& stmt, int index, const SqlValue& value)
{
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                stmt.bind(index, std::nullopt);
            else if constexpr (std::is_same_v<T, std::string_view>)
                stmt.bindUnowned(index, v);
            else
                stmt.bind(index, v);
        },
        value);
}

TableWriter::TableWriter(Database& db, std::int64_t batchId, std::string table, std::vector<std::string> keyColumns,
                         std::vector<std::string> valueColumns, std::vector<bool> present)
    : m_db(db)
    , m_batchId(batchId)
    , m_table(std::move(table))
    , m_keyColumns(std::move(keyColumns))
{
    for (size_t i = 0; i < valueColumns.size(); ++i) {
        if (present.empty() || present[i]) {
            m_valueColumns.push_back(std::move(valueColumns[i]));
            m_presentIndex.push_back(i);
        }
    }
}

Result<void> TableWriter::prepare()
{
    if (m_select.isValid())
        return {};
    const std::string table = quoteIdentifier(m_table);
    std::string where;
    for (size_t i = 0; i < m_keyColumns.size(); ++i)
        where += (i ? " AND " : "") + quoteIdentifier(m_keyColumns[i]) + " = ?" + std::to_string(i + 1);

    std::string select = "SELECT id, batch_id";
    for (const std::string& column : m_valueColumns)
        select += ", " + quoteIdentifier(column);
    select += " FROM " + table + " WHERE " + where;

    std::string columns;
    std::string placeholders;
    int index = 0;
    for (const auto* list : {&m_keyColumns, &m_valueColumns})
        for (const std::string& column : *list) {
            columns += quoteIdentifier(column) + ", ";
            placeholders += "?" + std::to_string(++index) + ", ";
        }
    const std::string insert = "INSERT INTO " + table + " (" + columns + "batch_id, last_batch_id) VALUES ("
                               + placeholders + "?" + std::to_string(index + 1) + ", ?" + std::to_string(index + 1)
                               + ")";

    const std::string insertIfNew = insert + " ON CONFLICT DO NOTHING";

    std::string update = "UPDATE " + table + " SET ";
    index = 0;
    for (const std::string& column : m_valueColumns)
        update += quoteIdentifier(column) + " = ?" + std::to_string(++index) + ", ";
    update += "last_batch_id = ?" + std::to_string(index + 1) + " WHERE id = ?" + std::to_string(index + 2);

    // The old image holds every column, so undo restores the row exactly, whatever this file carried.
    auto info = m_db.prepare("SELECT name FROM pragma_table_info(?1) WHERE name <> 'id'");
    if (!info)
        return std::unexpected(info.error());
    info->bind(1, std::string_view(m_table));
    std::string image;
    auto listed = info->forEachRow([&](const Statement& column) {
        const std::string name(column.utf8(0));
        image += (image.empty() ? "'" : ", '") + name + "', " + quoteIdentifier(name);
    });
    if (!listed)
        return listed;
    const std::string journal = "INSERT OR IGNORE INTO batch_journal (batch_id, table_name, row_id, old_row) "
                                "SELECT ?1, ?2, id, json_object("
                                + image + ") FROM " + table + " WHERE id = ?3";

    for (auto [statement, sql] : std::initializer_list<std::pair<Statement*, std::string_view>>{
             {&m_select, select}, {&m_insert, insert}, {&m_update, update}, {&m_journal, journal},
             {&m_insertIfNew, insertIfNew}}) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        *statement = std::move(*prepared);
    }
    return {};
}

Result<std::optional<std::int64_t>> TableWriter::find(std::span<const SqlValue> keys)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    m_select.reset();
    for (size_t i = 0; i < keys.size(); ++i)
        bindValue(m_select, static_cast<int>(i + 1), keys[i]);
    auto row = m_select.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::nullopt;
    return m_select.int64(0);
}

bool TableWriter::sameAsStored(std::span<const SqlValue> values) const
{
    for (size_t i = 0; i < m_presentIndex.size(); ++i) {
        const int column = static_cast<int>(i) + 2;
        const bool storedNull = m_select.isNull(column);
        const bool same = std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    return storedNull;
                else if constexpr (std::is_same_v<T, std::int64_t>)
                    return !storedNull && m_select.int64(column) == v && m_select.real(column) == double(v);
                else if constexpr (std::is_same_v<T, double>)
                    return !storedNull && m_select.real(column) == v;
                else
                    return !storedNull && m_select.utf8(column) == v;
            },
            values[m_presentIndex[i]]);
        if (!same)
            return false;
    }
    return true;
}

namespace {
void bindRow(Statement& stmt, std::span<const SqlValue> keys, std::span<const SqlValue> values,
             const std::vector<size_t>& present, std::int64_t batchId)
{
    stmt.reset();
    int index = 0;
    for (const SqlValue& value : keys)
        bindValue(stmt, ++index, value);
    for (size_t i : present)
        bindValue(stmt, ++index, values[i]);
    stmt.bind(index + 1, batchId);
}
} // namespace

Result<void> TableWriter::noteWritten()
{
    if (m_written)
        return {};
    m_written = true;
    return noteBatchTable(m_db, m_batchId, m_table);
}

Result<Written> TableWriter::insert(std::span<const SqlValue> keys, std::span<const SqlValue> values)
{
    bindRow(m_insert, keys, values, m_presentIndex, m_batchId);
    if (auto ok = m_insert.run(); !ok)
        return std::unexpected(ok.error());
    m_expectNew = true;
    const std::int64_t id = m_db.lastInsertRowId();
    if (auto ok = noteWritten(); !ok)
        return std::unexpected(ok.error());
    return Written{id, WriteOutcome::Inserted};
}

Result<std::optional<Written>> TableWriter::insertIfNew(std::span<const SqlValue> keys, std::span<const SqlValue> values)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    bindRow(m_insertIfNew, keys, values, m_presentIndex, m_batchId);
    if (auto ok = m_insertIfNew.run(); !ok)
        return std::unexpected(ok.error());
    if (m_db.changes() == 0)
        return std::nullopt;
    const std::int64_t id = m_db.lastInsertRowId();
    if (auto ok = noteWritten(); !ok)
        return std::unexpected(ok.error());
    return Written{id, WriteOutcome::Inserted};
}

Result<Written> TableWriter::upsert(std::span<const SqlValue> keys, std::span<const SqlValue> values)
{
    if (m_expectNew) {
        auto inserted = insertIfNew(keys, values);
        if (!inserted)
            return std::unexpected(inserted.error());
        if (*inserted)
            return **inserted;
    }
    auto found = find(keys);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return insert(keys, values);
    m_expectNew = false;
    const std::int64_t id = **found;
    const std::int64_t createdBy = m_select.int64(1);
    if (sameAsStored(values))
        return Written{id, WriteOutcome::Unchanged};
    m_select.reset();
    if (createdBy != m_batchId) {
        m_journal.reset();
        m_journal.bindAll(m_batchId, std::string_view(m_table), id);
        if (auto ok = m_journal.run(); !ok)
            return std::unexpected(ok.error());
    }
    m_update.reset();
    int index = 0;
    for (size_t i : m_presentIndex)
        bindValue(m_update, ++index, values[i]);
    m_update.bind(index + 1, m_batchId).bind(index + 2, id);
    if (auto ok = m_update.run(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = noteWritten(); !ok)
        return std::unexpected(ok.error());
    return Written{id, WriteOutcome::Updated};
}

Result<Written> TableWriter::ensure(std::span<const SqlValue> keys, std::span<const SqlValue> values)
{
    auto found = find(keys);
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return Written{**found, WriteOutcome::Unchanged};
    return insert(keys, values);
}

} // namespace flywheel
