#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace flywheel {

/// A prepared SQLite statement. Values are always bound, never spliced into SQL text.
/// Move-only; finalized on destruction. Belongs to the thread of its Database.
class Statement {
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt);

    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, std::int64_t value);
    template <std::integral T>
        requires(!std::is_same_v<T, std::int64_t>)
    Statement& bind(int index, T value)
    {
        return bind(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    /// UTF-8 text; the bytes are copied by SQLite, so the view may die right after.
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const char* utf8) { return bind(index, std::string_view(utf8)); }
    /// UTF-8 text SQLite reads in place: the bytes must stay valid until the statement has been
    /// stepped and reset. Saves a copy per value on hot import paths.
    Statement& bindUnowned(int index, std::string_view utf8);
    Statement& bind(int index, const QString& text);
    /// Bytes stored as a BLOB, copied by SQLite.
    Statement& bindBlob(int index, QByteArrayView bytes);
    /// A day as ISO text (YYYY-MM-DD), the form every date column holds; NULL for an invalid date.
    Statement& bind(int index, QDate day);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    /// Binds the arguments to ?1, ?2, ... in order.
    template <typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Steps once: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    /// Steps until done, then resets so the statement can run again.
    [[nodiscard]] Result<void> run();
    /// Steps through every row, calling `onRow(*this)` on each; stops at the first error.
    template <typename OnRow>
    [[nodiscard]] Result<void> forEachRow(OnRow&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            onRow(*this);
        }
    }
    /// Resets and clears bindings, ready for the next use.
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// A BLOB column's bytes, valid until the statement steps again or is reset.
    [[nodiscard]] QByteArrayView blob(int column) const;
    [[nodiscard]] std::string_view utf8(int column) const;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

/// One SQLite connection. Each thread opens its own; a Database is never shared across threads.
/// Move-only; closes the connection on destruction.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating when ReadWrite) the file and applies the connection settings every
    /// Flywheel connection uses: foreign keys on, NORMAL sync, a busy timeout. Stores are opened
    /// with openStore(), which also checks the file is a store and sets WAL.
    [[nodiscard]] static Result<Database> open(const QString& path, Mode mode = Mode::ReadWrite);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    [[nodiscard]] Result<void> exec(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    /// A prepared statement kept for reuse (hot paths); reset and cleared before it is returned.
    [[nodiscard]] Result<Statement*> cached(std::string_view sql);

    /// Runs a query that returns one integer (COUNT, MAX, a pragma).
    [[nodiscard]] Result<std::int64_t> scalar(std::string_view sql);
    [[nodiscard]] bool tableExists(std::string_view table);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }

    /// Makes the statement running on this connection stop and fail with Cancelled. The one call that
    /// may come from another thread while the connection's own thread is working.
    void interrupt() const;

    /// The error SQLite reported last on this connection, as a Flywheel error.
    [[nodiscard]] Error lastError(const QString& context = {}) const;

private:
    Database() = default;
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    std::unordered_map<std::string, Statement> m_cache;
};

/// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded.
class Transaction {
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();

private:
    explicit Transaction(Database& db) : m_db(&db) {}
    Database* m_db;
};

/// Quotes an SQL identifier (table or column name) for the rare places one must be spliced in.
[[nodiscard]] std::string quoteIdentifier(std::string_view name);

} // namespace flywheel
