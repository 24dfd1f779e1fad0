#include "store/Database.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace flywheel {

namespace {
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

Error sqliteError(sqlite3* db, const QString& context)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
    QString message;
    switch (code & 0xff) {
    case SQLITE_FULL:
        message = DatabaseText::tr("The disk is full. Free some space and try again. (%1)").arg(detail);
        break;
    case SQLITE_IOERR:
        // Also what a write past the system's file-size limit gives (EFBIG), which is a full disk to the owner.
        message = DatabaseText::tr("Reading or writing the store failed: the disk may be full, removed or failing. "
                                   "Free some space or check the drive, then try again. (%1)")
                      .arg(detail);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = DatabaseText::tr("The store is busy in another program or window. Close it there and try "
                                   "again. (%1)")
                      .arg(detail);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = DatabaseText::tr("The store file is damaged or is not a Flywheel store. Open a backup copy. "
                                   "(%1)")
                      .arg(detail);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        message = DatabaseText::tr("The store file cannot be written or opened. Check that the folder exists "
                                   "and that you may write there. (%1)")
                      .arg(detail);
        break;
    case SQLITE_INTERRUPT:
        return Error{ErrorCode::Cancelled, DatabaseText::tr("The operation was cancelled."), {}, 0, {}};
    default:
        message = DatabaseText::tr("The store reported an error: %1").arg(detail);
    }
    if (!context.isEmpty())
        message = context + QStringLiteral(": ") + message;
    return Error{ErrorCode::Database, message, {}, 0, {}};
}
} // namespace

// ---- Statement ----

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}

Statement& Statement::bind(int index, std::nullopt_t)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt.get(), index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindUnowned(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt.get(), index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bind(index, std::nullopt);
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

Statement& Statement::bindBlob(int index, QByteArrayView bytes)
{
    // A zero-length blob still needs a non-null pointer, or SQLite stores NULL.
    static const char kNothing = 0;
    sqlite3_bind_blob(m_stmt.get(), index, bytes.isEmpty() ? &kNothing : bytes.data(), static_cast<int>(bytes.size()),
        SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, QDate day)
{
    if (!day.isValid())
        return bind(index, std::nullopt);
    // Written out by hand: QDate::toString allocates twice per call, and signal tables bind
    // hundreds of thousands of days per run.
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth); // one conversion from the day number, not three
    if (year < 0 || year > 9999)
        return bind(index, day.toString(Qt::ISODate));
    char text[10];
    const auto digits = [&text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, month, 2);
    text[7] = '-';
    digits(8, dayOfMonth, 2);
    return bind(index, std::string_view(text, sizeof text));
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(sqlite3_db_handle(m_stmt.get()), {});
    sqlite3_reset(m_stmt.get());
    return std::unexpected(std::move(error));
}

Result<void> Statement::run()
{
    auto done = forEachRow([](const Statement&) {});
    if (done)
        sqlite3_reset(m_stmt.get());
    return done;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

std::string_view Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt.get(), column))};
}

QByteArrayView Statement::blob(int column) const
{
    // The pointer first, then the size: that is the order SQLite documents as safe.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt.get(), column));
    return { data, sqlite3_column_bytes(m_stmt.get(), column) };
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const std::string_view bytes = utf8(column);
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// ---- Database ----

void Database::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Database::~Database()
{
    // Statements must be finalized before the connection closes.
    m_cache.clear();
}

Result<Database> Database::open(const QString& path, Mode mode)
{
    // SQLite's memory statistics take a global mutex on every allocation; Flywheel never reads
    // them. This must happen before SQLite initialises, i.e. before the first connection.
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
    Database db;
    db.m_path = path;
    // A store holds customers' names, addresses and orders, so a new one is readable by its owner
    // only; SQLite gives the store's -wal and -shm files the same permissions. (Where the file
    // cannot be made, opening it below says why.)
    if (mode == Mode::ReadWrite && !path.isEmpty() && path != QLatin1StringView(":memory:") && !QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            file.close();
    }
    sqlite3* raw = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    db.m_db.reset(raw);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, DatabaseText::tr("Opening %1").arg(path)));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    // NORMAL sync is crash-safe in WAL mode (which openStore sets on the store file) and much
    // faster than FULL. A 32 MiB page cache (the default is 2 MiB) keeps the catalog's pages in
    // memory while a stage walks a large store's orders: half the time of reading customers went to
    // fetching the same pages again.
    const char* pragmas = mode == Mode::ReadOnly
        ? "PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;"
        : "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;";
    if (auto ok = db.exec(pragmas); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<void> Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError());
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError());
    return Statement(stmt);
}

Result<Statement*> Database::cached(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end()) {
        auto stmt = prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        it = m_cache.emplace(std::string(sql), std::move(*stmt)).first;
    } else {
        it->second.reset();
    }
    return &it->second;
}

Result<std::int64_t> Database::scalar(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

bool Database::tableExists(std::string_view table)
{
    auto stmt = prepare("SELECT 1 FROM sqlite_schema WHERE type IN ('table','view') AND name = ?1");
    if (!stmt)
        return false;
    stmt->bind(1, table);
    auto row = stmt->step();
    return row && *row;
}

void Database::interrupt() const
{
    sqlite3_interrupt(m_db.get());
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Error Database::lastError(const QString& context) const
{
    return sqliteError(m_db.get(), context);
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto ok = db.exec("BEGIN IMMEDIATE"); !ok)
        return std::unexpected(ok.error());
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (auto ok = m_db->exec("COMMIT"); !ok)
        return ok;
    m_db = nullptr;
    return {};
}

std::string quoteIdentifier(std::string_view name)
{
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

} // namespace flywheel
