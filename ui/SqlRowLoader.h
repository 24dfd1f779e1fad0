#pragma once

#include "TableQuery.h"
#include "store/Database.h"

#include <QObject>
#include <QTimeZone>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace flywheel {

/// What a SqlTableModel wants shown; sent to the loader as one value.
struct RowQueryRequest {
    quint64 generation = 0;
    QString storePath;
    QString table;
    QString filter;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    bool countRows = true; ///< false when only the order changed and the model keeps its count
};

/// The worker behind SqlTableModel. Lives on the model's loader thread and owns that thread's
/// read-only connection (connections are never shared across threads). Requests arrive as queued
/// calls and answers leave as signals, each tagged with the generation of the query it answers.
///
/// The model bumps the shared generation whenever its query changes; a statement still running
/// for an older generation is aborted by SQLite's progress handler, so a slow COUNT never delays
/// the query the owner is looking at now.
///
/// Page 0 is read with LIMIT/OFFSET, which is quick at the top. Deeper pages of tables with a
/// rowid go through a row index: the rowids of every matching row in order, read once per query
/// (one pass, sorting narrow rows), after which any page is 256 primary-key lookups. Plain OFFSET
/// would re-sort the whole table for every page, seconds per page on a million sorted rows.
class SqlRowLoader : public QObject {
    Q_OBJECT

public:
    explicit SqlRowLoader(std::shared_ptr<const std::atomic<quint64>> liveGeneration);
    ~SqlRowLoader() override;

    /// Describes the table and builds its query (answers loaded(), with the store's time zone,
    /// in which times are shown). When asked to count, it also
    /// sends the first page at once (pageLoaded()), so rows show while a long count still runs,
    /// then the count (counted()).
    void load(const RowQueryRequest& request, int pageSize);
    /// Reads rows [page * pageSize, (page + 1) * pageSize); answers pageLoaded().
    void fetchPage(quint64 generation, int page, int pageSize);

signals:
    void loaded(quint64 generation, const QList<flywheel::SqlColumn>& columns, const QTimeZone& storeTimeZone);
    void counted(quint64 generation, qint64 rowCount);
    /// Row-major cells, `columns.size()` per row; fewer rows than asked at the end of the table.
    void pageLoaded(quint64 generation, int page, const QList<QVariant>& cells);
    void failed(quint64 generation, const QString& message);

private:
    struct StatementFinalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    using RawStatement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

    void sendFirstPageAndCount(quint64 generation, int pageSize);
    [[nodiscard]] Result<void> openConnection(const QString& storePath);
    [[nodiscard]] Result<TableQuery> describe(const QString& table);
    [[nodiscard]] Result<qint64> count();
    [[nodiscard]] Result<QList<QVariant>> readPage(int page, int pageSize);
    [[nodiscard]] Result<QList<QVariant>> readPageDirect(int page, int pageSize);
    [[nodiscard]] Result<QList<QVariant>> readPageByRowid(int page, int pageSize);
    [[nodiscard]] Result<void> buildRowIndex();
    [[nodiscard]] Result<sqlite3_stmt*> prepared(RawStatement& slot, const std::string& sql);
    [[nodiscard]] bool isStale(quint64 generation) const;
    void report(quint64 generation, const Error& error);
    static int abortIfStale(void* self);

    std::shared_ptr<const std::atomic<quint64>> m_liveGeneration;
    quint64 m_runningGeneration = 0;
    std::optional<Database> m_db;
    std::optional<TableQuery> m_query;
    quint64 m_queryGeneration = 0;
    // Statements of m_query, prepared once and rebound per page: scrolling is the hot path.
    RawStatement m_pageStatement;
    RawStatement m_rowStatement;
    std::optional<std::vector<qint64>> m_rowIndex;
};

} // namespace flywheel
