#pragma once

#include "store/Database.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace flywheel {

/// A value bound into SQL: NULL, integer, real or UTF-8 text (the text must outlive the call).
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string_view>;

/// Binds without copying text: the statement must run before the text goes away.
void bindValue(Statement& stmt, int index, const SqlValue& value);

enum class WriteOutcome { Unchanged, Updated, Inserted };

struct Written {
    std::int64_t id = 0;
    WriteOutcome outcome = WriteOutcome::Unchanged;
};

/// Writes an import's rows into one table by natural key, the same way for every format:
/// insert when the key is new, update only the columns the file carries and only when a value
/// differs, and journal the row's old image (once per batch) so the batch can be undone.
/// Rows carry batch_id (the import that created them) and last_batch_id (the last that changed them).
class TableWriter {
public:
    /// `present` says which value columns the file carries (empty = all). Absent columns are never
    /// updated, so an older export without a column leaves the stored value alone; callers still pass
    /// every value, in `valueColumns` order.
    TableWriter(Database& db, std::int64_t batchId, std::string table, std::vector<std::string> keyColumns,
                std::vector<std::string> valueColumns, std::vector<bool> present = {});

    /// Inserts or updates the row with these key values.
    [[nodiscard]] Result<Written> upsert(std::span<const SqlValue> keys, std::span<const SqlValue> values);
    /// Inserts the row when its key is new; leaves an existing row exactly as it is.
    [[nodiscard]] Result<Written> ensure(std::span<const SqlValue> keys, std::span<const SqlValue> values);
    /// The id of the row with these key values, if there is one.
    [[nodiscard]] Result<std::optional<std::int64_t>> find(std::span<const SqlValue> keys);

private:
    [[nodiscard]] Result<void> prepare();
    /// Records, once, that this batch wrote the table (see noteBatchTable).
    [[nodiscard]] Result<void> noteWritten();
    [[nodiscard]] bool sameAsStored(std::span<const SqlValue> values) const;
    [[nodiscard]] Result<Written> insert(std::span<const SqlValue> keys, std::span<const SqlValue> values);
    /// Inserts unless the key exists; nullopt when it did.
    [[nodiscard]] Result<std::optional<Written>> insertIfNew(std::span<const SqlValue> keys,
                                                             std::span<const SqlValue> values);

    Database& m_db;
    std::int64_t m_batchId;
    std::string m_table;
    std::vector<std::string> m_keyColumns;
    std::vector<std::string> m_valueColumns; ///< only the present ones
    std::vector<size_t> m_presentIndex;      ///< their positions in the caller's value list
    Statement m_select;
    Statement m_insert;
    Statement m_update;
    Statement m_journal;
    Statement m_insertIfNew;
    /// Whether the last row was new: a first import tries the insert first (one statement per row),
    /// a re-import looks the row up first.
    bool m_expectNew = true;
    bool m_written = false;
};

} // namespace flywheel
