#pragma once

#include <QList>
#include <QString>

#include <string>

namespace flywheel {

/// One column of a table or view as the data browser shows it.
struct SqlColumn {
    QString name;
    QString declaredType; ///< as written in CREATE TABLE; empty for computed view columns

    /// Text affinity, or no declared type at all (view expressions): what the row filter searches.
    [[nodiscard]] bool isText() const;
    /// Integer or real affinity: right-aligned, like the numbers in it.
    [[nodiscard]] bool isNumeric() const;
    /// Integer minor units of money (the store schema names them `*_minor`).
    [[nodiscard]] bool isMoney() const;
    /// A UTC time as ISO-8601 text (the store schema names them `*_at`).
    [[nodiscard]] bool isTimestamp() const;
    /// Markup as the platform exported it (`*_html`), e.g. product descriptions.
    [[nodiscard]] bool isHtml() const;

    bool operator==(const SqlColumn&) const = default;
};

/// The SQL behind one state of the data browser: a table or view, sorted by one column, filtered
/// by a text. Identifiers are quoted; the filter text is bound as ?1, never spliced. Every order
/// ends with a unique tiebreaker, so LIMIT/OFFSET pages neither overlap nor skip rows.
/// A plain value; safe to build on one thread and use on another.
class TableQuery {
public:
    enum class Tiebreak {
        Rowid, ///< ordinary tables
        PrimaryKey, ///< WITHOUT ROWID tables
        AllColumns, ///< views, which have neither
    };

    TableQuery() = default;
    TableQuery(QString table, QList<SqlColumn> columns, Tiebreak tiebreak, QStringList primaryKey = {});

    /// `column` < 0 keeps the table's natural (tiebreaker) order.
    void setSort(int column, Qt::SortOrder order);
    /// Rows where any text column contains `text` (case-insensitive for ASCII); blank = all rows.
    void setFilter(const QString& text);

    [[nodiscard]] const QString& table() const { return m_table; }
    [[nodiscard]] const QList<SqlColumn>& columns() const { return m_columns; }
    [[nodiscard]] bool isFiltered() const { return !m_pattern.isEmpty(); }
    [[nodiscard]] bool isSorted() const { return m_sortColumn >= 0; }
    [[nodiscard]] bool hasRowid() const { return m_tiebreak == Tiebreak::Rowid; }

    /// SELECT COUNT(*); bind filterPattern() to ?1 when isFiltered().
    [[nodiscard]] std::string countSql() const;
    /// One page of rows; bind filterPattern() to ?1 when isFiltered(), the page size to ?2 and the
    /// offset to ?3.
    [[nodiscard]] std::string pageSql() const;
    /// The rowids of every matching row, in order (hasRowid() only); ?1 as for countSql().
    [[nodiscard]] std::string rowidsSql() const;
    /// One row by its rowid, bound to ?1 (hasRowid() only).
    [[nodiscard]] std::string rowByIdSql() const;
    /// The LIKE pattern for the filter text, with %, _ and \ escaped.
    [[nodiscard]] const QString& filterPattern() const { return m_pattern; }

private:
    [[nodiscard]] std::string selectColumns() const;
    [[nodiscard]] std::string fromAndWhere() const;
    [[nodiscard]] std::string orderBy() const;

    QString m_table;
    QList<SqlColumn> m_columns;
    Tiebreak m_tiebreak = Tiebreak::Rowid;
    QStringList m_primaryKey;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_pattern;
};

} // namespace flywheel
