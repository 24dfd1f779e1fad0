#include "SqlRowLoader.h"

#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

#include <sqlite3.h>

namespace flywheel {

namespace {
struct LoaderText {
    Q_DECLARE_TR_FUNCTIONS(SqlRowLoader)
};

// How many SQLite VM steps pass between checks for a newer query: about a millisecond of work.
constexpr int kAbortCheckInterval = 1000;

QVariant cellValue(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qlonglong>(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, column);
    case SQLITE_TEXT:
        return QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)), sqlite3_column_bytes(stmt, column));
    case SQLITE_BLOB:
        return QByteArray(
            static_cast<const char*>(sqlite3_column_blob(stmt, column)), sqlite3_column_bytes(stmt, column));
    default:
        return {};
    }
}
} // namespace

void SqlRowLoader::StatementFinalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}

SqlRowLoader::SqlRowLoader(std::shared_ptr<const std::atomic<quint64>> liveGeneration)
    : m_liveGeneration(std::move(liveGeneration))
{
}

SqlRowLoader::~SqlRowLoader()
{
    // Statements must be finalized before their connection closes.
    m_pageStatement.reset();
    m_rowStatement.reset();
}

void SqlRowLoader::load(const RowQueryRequest& request, int pageSize)
{
    if (isStale(request.generation))
        return;
    m_runningGeneration = request.generation;
    m_pageStatement.reset();
    m_rowStatement.reset();
    m_rowIndex.reset();
    m_query.reset();

    if (auto ok = openConnection(request.storePath); !ok)
        return report(request.generation, ok.error());
    auto query = describe(request.table);
    if (!query)
        return report(request.generation, query.error());
    query->setSort(request.sortColumn, request.sortOrder);
    query->setFilter(request.filter);
    m_query = std::move(*query);
    m_queryGeneration = request.generation;
    emit loaded(request.generation, m_query->columns(), StoreSettings(*m_db).timeZone());
    if (request.countRows)
        sendFirstPageAndCount(request.generation, pageSize);
}

void SqlRowLoader::sendFirstPageAndCount(quint64 generation, int pageSize)
{
    if (m_query->isFiltered() && m_query->isSorted() && m_query->hasRowid()) {
        // The first page and the count both need every matching row, sorted: one pass for both.
        if (auto ok = buildRowIndex(); !ok)
            return report(generation, ok.error());
        auto first = readPageByRowid(0, pageSize);
        if (!first)
            return report(generation, first.error());
        emit pageLoaded(generation, 0, *first);
        emit counted(generation, static_cast<qint64>(m_rowIndex->size()));
        return;
    }

    auto first = readPageDirect(0, pageSize);
    if (!first)
        return report(generation, first.error());
    emit pageLoaded(generation, 0, *first);
    // A short first page is the whole result: no need to count it again.
    const qsizetype columns = std::max<qsizetype>(1, m_query->columns().size());
    if (first->size() / columns < pageSize) {
        emit counted(generation, first->size() / columns);
        return;
    }
    auto rows = count();
    if (!rows)
        return report(generation, rows.error());
    emit counted(generation, *rows);
}

void SqlRowLoader::fetchPage(quint64 generation, int page, int pageSize)
{
    if (isStale(generation) || !m_query || generation != m_queryGeneration)
        return;
    m_runningGeneration = generation;
    auto cells = readPage(page, pageSize);
    if (!cells)
        return report(generation, cells.error());
    emit pageLoaded(generation, page, *cells);
}

Result<void> SqlRowLoader::openConnection(const QString& storePath)
{
    if (m_db && m_db->path() == storePath)
        return {};
    m_db.reset();
    auto db = Database::open(storePath, Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    sqlite3_progress_handler(m_db->handle(), kAbortCheckInterval, &SqlRowLoader::abortIfStale, this);
    return {};
}

Result<TableQuery> SqlRowLoader::describe(const QString& table)
{
    auto kind = m_db->prepare("SELECT type FROM sqlite_schema WHERE name = ?1 AND type IN ('table', 'view')");
    if (!kind)
        return std::unexpected(kind.error());
    kind->bind(1, table);
    auto found = kind->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::InvalidArgument, LoaderText::tr("The store has no table named \"%1\".").arg(table));
    const bool isView = kind->text(0) == u"view";

    auto info = m_db->prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid");
    if (!info)
        return std::unexpected(info.error());
    info->bind(1, table);
    QList<SqlColumn> columns;
    QMap<qint64, QString> primaryKey; // by position in the key
    auto listed = info->forEachRow([&](const Statement& column) {
        columns.append(SqlColumn { column.text(0), column.text(1) });
        if (column.int64(2) > 0)
            primaryKey.insert(column.int64(2), column.text(0));
    });
    if (!listed)
        return std::unexpected(listed.error());

    TableQuery::Tiebreak tiebreak = TableQuery::Tiebreak::AllColumns;
    if (!isView) {
        // WITHOUT ROWID tables refuse to compile a rowid reference; that is the cheapest test.
        const bool hasRowid
            = m_db->prepare("SELECT rowid FROM " + quoteIdentifier(table.toStdString()) + " LIMIT 0").has_value();
        tiebreak = hasRowid ? TableQuery::Tiebreak::Rowid : TableQuery::Tiebreak::PrimaryKey;
    }
    return TableQuery(table, columns, tiebreak, primaryKey.values());
}

Result<qint64> SqlRowLoader::count()
{
    auto stmt = m_db->prepare(m_query->countSql());
    if (!stmt)
        return std::unexpected(stmt.error());
    if (m_query->isFiltered())
        stmt->bind(1, m_query->filterPattern());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

Result<QList<QVariant>> SqlRowLoader::readPage(int page, int pageSize)
{
    if (m_query->hasRowid() && (page > 0 || m_rowIndex))
        return readPageByRowid(page, pageSize);
    return readPageDirect(page, pageSize);
}

// Statement wraps everything but the storage class of a value, and the raw value is what the
// model's RawValue role promises; so the page reads talk to SQLite directly.
Result<QList<QVariant>> SqlRowLoader::readPageDirect(int page, int pageSize)
{
    auto stmt = prepared(m_pageStatement, m_query->pageSql());
    if (!stmt)
        return std::unexpected(stmt.error());
    if (m_query->isFiltered()) {
        const QByteArray pattern = m_query->filterPattern().toUtf8();
        sqlite3_bind_text(*stmt, 1, pattern.constData(), static_cast<int>(pattern.size()), SQLITE_TRANSIENT);
    }
    sqlite3_bind_int(*stmt, 2, pageSize);
    sqlite3_bind_int64(*stmt, 3, static_cast<sqlite3_int64>(page) * pageSize);

    const int columns = sqlite3_column_count(*stmt);
    QList<QVariant> cells;
    cells.reserve(static_cast<qsizetype>(pageSize) * columns);
    for (;;) {
        const int rc = sqlite3_step(*stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            Error error = m_db->lastError();
            sqlite3_reset(*stmt);
            return std::unexpected(std::move(error));
        }
        for (int column = 0; column < columns; ++column)
            cells.append(cellValue(*stmt, column));
    }
    // Resetting ends the read transaction, so an import in another window can checkpoint the WAL.
    sqlite3_reset(*stmt);
    return cells;
}

Result<QList<QVariant>> SqlRowLoader::readPageByRowid(int page, int pageSize)
{
    if (!m_rowIndex) {
        if (auto ok = buildRowIndex(); !ok)
            return std::unexpected(ok.error());
    }
    auto stmt = prepared(m_rowStatement, m_query->rowByIdSql());
    if (!stmt)
        return std::unexpected(stmt.error());

    const int columns = sqlite3_column_count(*stmt);
    const std::size_t first = static_cast<std::size_t>(page) * static_cast<std::size_t>(pageSize);
    const std::size_t last = std::min(m_rowIndex->size(), first + static_cast<std::size_t>(pageSize));
    QList<QVariant> cells;
    cells.reserve(static_cast<qsizetype>(pageSize) * columns);
    // One transaction for the whole page, so it shows one state of the store.
    if (auto ok = m_db->exec("BEGIN"); !ok)
        return std::unexpected(ok.error());
    for (std::size_t i = first; i < last; ++i) {
        sqlite3_bind_int64(*stmt, 1, (*m_rowIndex)[i]);
        const int rc = sqlite3_step(*stmt);
        if (rc == SQLITE_ROW) {
            for (int column = 0; column < columns; ++column)
                cells.append(cellValue(*stmt, column));
        } else if (rc != SQLITE_DONE) { // DONE: the row was deleted since the index was read
            Error error = m_db->lastError();
            sqlite3_reset(*stmt);
            (void)m_db->exec("ROLLBACK");
            return std::unexpected(std::move(error));
        }
        sqlite3_reset(*stmt);
    }
    if (auto ok = m_db->exec("COMMIT"); !ok)
        return std::unexpected(ok.error());
    return cells;
}

Result<void> SqlRowLoader::buildRowIndex()
{
    auto stmt = m_db->prepare(m_query->rowidsSql());
    if (!stmt)
        return std::unexpected(stmt.error());
    if (m_query->isFiltered())
        stmt->bind(1, m_query->filterPattern());
    std::vector<qint64> rowids;
    if (auto read = stmt->forEachRow([&](const Statement& row) { rowids.push_back(row.int64(0)); }); !read)
        return std::unexpected(read.error());
    m_rowIndex = std::move(rowids);
    return {};
}

Result<sqlite3_stmt*> SqlRowLoader::prepared(RawStatement& slot, const std::string& sql)
{
    if (!slot) {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db->handle(), sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK)
            return std::unexpected(m_db->lastError());
        slot.reset(raw);
    }
    sqlite3_reset(slot.get());
    sqlite3_clear_bindings(slot.get());
    return slot.get();
}

bool SqlRowLoader::isStale(quint64 generation) const
{
    return generation != m_liveGeneration->load(std::memory_order_relaxed);
}

void SqlRowLoader::report(quint64 generation, const Error& error)
{
    // A statement aborted because the model moved on is not a failure anyone needs to hear about.
    if (error.code == ErrorCode::Cancelled || isStale(generation))
        return;
    emit failed(generation, error.describe());
}

int SqlRowLoader::abortIfStale(void* self)
{
    const auto* loader = static_cast<const SqlRowLoader*>(self);
    return loader->isStale(loader->m_runningGeneration) ? 1 : 0;
}

} // namespace flywheel
