#include "TableQuery.h"

#include "store/Database.h"

namespace flywheel {

namespace {
std::string quoted(const QString& identifier)
{
    return quoteIdentifier(identifier.toStdString());
}
} // namespace

bool SqlColumn::isText() const
{
    // SQLite's affinity rules, in their order: INT wins over CHAR ("CHARINT" is an integer).
    const QString type = declaredType.toUpper();
    if (type.isEmpty())
        return true;
    if (type.contains(u"INT"))
        return false;
    return type.contains(u"CHAR") || type.contains(u"CLOB") || type.contains(u"TEXT");
}

bool SqlColumn::isNumeric() const
{
    const QString type = declaredType.toUpper();
    return type.contains(u"INT") || type.contains(u"REAL") || type.contains(u"FLOA") || type.contains(u"DOUB")
        || type.contains(u"NUM") || type.contains(u"DEC");
}

bool SqlColumn::isMoney() const
{
    return name.endsWith(u"_minor");
}

bool SqlColumn::isTimestamp() const
{
    return name.endsWith(u"_at");
}

bool SqlColumn::isHtml() const
{
    return name.endsWith(u"_html");
}

TableQuery::TableQuery(QString table, QList<SqlColumn> columns, Tiebreak tiebreak, QStringList primaryKey)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_tiebreak(tiebreak)
    , m_primaryKey(std::move(primaryKey))
{
    if (m_tiebreak == Tiebreak::PrimaryKey && m_primaryKey.isEmpty())
        m_tiebreak = Tiebreak::AllColumns;
}

void TableQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < m_columns.size() ? column : -1;
    m_sortOrder = order;
}

void TableQuery::setFilter(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        m_pattern.clear();
        return;
    }
    QString escaped;
    escaped.reserve(needle.size() + 2);
    escaped += u'%';
    for (const QChar c : needle) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    m_pattern = escaped;
}

std::string TableQuery::countSql() const
{
    return "SELECT COUNT(*)" + fromAndWhere();
}

std::string TableQuery::pageSql() const
{
    return selectColumns() + fromAndWhere() + orderBy() + " LIMIT ?2 OFFSET ?3";
}

std::string TableQuery::rowidsSql() const
{
    return "SELECT rowid" + fromAndWhere() + orderBy();
}

std::string TableQuery::rowByIdSql() const
{
    return selectColumns() + " FROM " + quoted(m_table) + " WHERE rowid = ?1";
}

std::string TableQuery::selectColumns() const
{
    std::string sql = "SELECT ";
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += quoted(m_columns[i].name);
    }
    return sql;
}

std::string TableQuery::fromAndWhere() const
{
    std::string sql = " FROM " + quoted(m_table);
    if (!isFiltered())
        return sql;

    QList<SqlColumn> searched;
    for (const SqlColumn& column : m_columns) {
        if (column.isText())
            searched.append(column);
    }
    // A table of numbers only is still searchable: LIKE compares their text form.
    if (searched.isEmpty())
        searched = m_columns;

    sql += " WHERE ";
    for (qsizetype i = 0; i < searched.size(); ++i) {
        if (i > 0)
            sql += " OR ";
        sql += quoted(searched[i].name) + " LIKE ?1 ESCAPE '\\'";
    }
    return sql;
}

std::string TableQuery::orderBy() const
{
    // The tiebreaker follows the sort direction, so flipping the order reverses the rows exactly.
    const std::string direction = m_sortOrder == Qt::DescendingOrder ? " DESC" : " ASC";
    std::string sql = " ORDER BY ";
    if (m_sortColumn >= 0)
        sql += quoted(m_columns[m_sortColumn].name) + direction + ", ";

    switch (m_tiebreak) {
    case Tiebreak::Rowid:
        return sql + "rowid" + direction;
    case Tiebreak::PrimaryKey:
        for (qsizetype i = 0; i < m_primaryKey.size(); ++i)
            sql += (i > 0 ? ", " : "") + quoted(m_primaryKey[i]) + direction;
        return sql;
    case Tiebreak::AllColumns:
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            sql += (i > 0 ? ", " : "") + quoted(m_columns[i].name) + direction;
        return sql;
    }
    return sql + "1";
}

} // namespace flywheel
