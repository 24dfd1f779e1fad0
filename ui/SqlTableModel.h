#pragma once

#include "TableQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

namespace flywheel {

class SqlRowLoader;

/// A read-only table model over one table or view of a store file, smooth on millions of rows.
///
/// Nothing here touches SQLite on the calling (UI) thread. A SqlRowLoader on the model's own
/// thread, with its own read-only connection, counts the rows and reads them in pages of
/// kPageSize; while a long count runs, the rows already read are shown. The view asks only for
/// the rows it paints; data() for a row that is not loaded yet answers a "loading…" placeholder
/// and queues its page. Queued pages are deduplicated and the newest request is served first, so
/// fast scrolling loads what is on screen now, not everything scrolled past. Sorting and the text filter become ORDER
/// BY / WHERE in SQL. Every change of table, sort or filter starts a new generation: answers for older generations are
/// dropped and a statement still running for one is aborted. Pages are cached up to kMaxCachedPages, least recently
/// shown first out. UI thread only.
class SqlTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Role {
        RawValue = Qt::UserRole + 1, ///< the value as SQLite stores it: qlonglong, double, QString, QByteArray or null
    };

    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;

    explicit SqlTableModel(QObject* parent = nullptr);
    ~SqlTableModel() override;

    /// Shows `table` (a table or view) of the store at `storePath`, unsorted and unfiltered.
    /// Empty arguments show nothing. Columns and the row count arrive later (rowCountChanged()).
    void setTable(const QString& storePath, const QString& table);
    /// Keeps the rows where any text column contains `text`; blank shows every row.
    void setFilter(const QString& text);

    [[nodiscard]] QString table() const { return m_table; }
    [[nodiscard]] QString filter() const { return m_filter; }
    /// Rows matching the current filter, or -1 while they are being counted.
    [[nodiscard]] qint64 totalRowCount() const { return m_rowCount; }
    [[nodiscard]] bool isRowLoaded(int row) const;
    /// The column's name in the store (headers show a friendlier form).
    [[nodiscard]] QString columnName(int column) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /// `column` < 0 returns to the table's natural order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The number of rows matching the current table and filter is known.
    void rowCountChanged(qint64 rows);
    /// The current query shows its first rows (or is known to have none): a good moment to size
    /// columns or take a screenshot. Once per table, sort or filter change.
    void ready();
    /// Reading the store failed; `message` is for the owner.
    void loadFailed(const QString& message);

private:
    struct Page {
        QList<QVariant> cells;
        int rows = 0;
        quint64 lastUse = 0;
    };

    void startQuery(bool countRows);
    void requestPage(int page) const;
    void sendNextRequest() const;
    [[nodiscard]] const Page* pageForRow(int row) const;
    void onLoaded(quint64 generation, const QList<SqlColumn>& columns, const QTimeZone& storeTimeZone);
    void onCounted(quint64 generation, qint64 rows);
    void onPageLoaded(quint64 generation, int page, const QList<QVariant>& cells);
    void onFailed(quint64 generation, const QString& message);
    void setShownRows(int rows);
    void evictPages();
    void emitReadyOnce();
    [[nodiscard]] QVariant displayValue(const QVariant& value, const SqlColumn& column) const;

    QThread m_thread;
    SqlRowLoader* m_loader = nullptr; // lives on m_thread, deleted there when it finishes
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
    quint64 m_generation = 0;

    QString m_storePath;
    QString m_table;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<SqlColumn> m_columns;
    QTimeZone m_timeZone; // the store's: times are stored in UTC but read in the shop's day
    qint64 m_rowCount = -1; // matching rows, -1 while counting
    int m_shownRows = 0; // what rowCount() says: the count, or the rows already read while counting
    bool m_readyEmitted = false;
    bool m_failed = false;

    // data() is const but must queue the pages the view asks for, and mark what it used.
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_queuedPages; // newest last; served newest first
    mutable std::optional<int> m_pageInFlight;
};

} // namespace flywheel
