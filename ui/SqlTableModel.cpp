#include "SqlTableModel.h"

#include "DisplayNames.h"
#include "SqlRowLoader.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTextDocumentFragment>

#include <algorithm>
#include <climits>
#include <limits>

namespace flywheel {

namespace {
// Pages still waiting when the owner scrolls past this many are dropped; the view asks again
// for whatever is on screen when it next paints.
constexpr qsizetype kMaxQueuedPages = 8;
// Whole product descriptions in a cell slow painting down and say nothing in one line.
constexpr qsizetype kMaxCellChars = 200;
// Enough markup to yield kMaxCellChars of text in any description seen so far.
constexpr qsizetype kMaxHtmlChars = 4 * kMaxCellChars;

QString formatMinorUnits(qlonglong minor)
{
    // Integer arithmetic all the way: money never passes through floating point.
    const QLocale locale;
    const bool negative = minor < 0;
    const qulonglong magnitude = negative ? 0ULL - static_cast<qulonglong>(minor) : static_cast<qulonglong>(minor);
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

QString oneLine(QString text)
{
    if (text.size() > kMaxCellChars) {
        text.truncate(kMaxCellChars);
        text += u'…';
    }
    for (QChar& c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}
} // namespace

SqlTableModel::SqlTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("SqlRowLoader"));
    m_loader = new SqlRowLoader(m_liveGeneration);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &SqlRowLoader::loaded, this, &SqlTableModel::onLoaded);
    connect(m_loader, &SqlRowLoader::counted, this, &SqlTableModel::onCounted);
    connect(m_loader, &SqlRowLoader::pageLoaded, this, &SqlTableModel::onPageLoaded);
    connect(m_loader, &SqlRowLoader::failed, this, &SqlTableModel::onFailed);
    m_thread.start();
}

SqlTableModel::~SqlTableModel()
{
    // No generation ever matches this one, so a statement still running aborts at its next
    // progress check; the thread then finishes and deletes the loader (and its connection) there.
    // Answers the loader already queued for this model are discarded with the model.
    m_liveGeneration->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

void SqlTableModel::setTable(const QString& storePath, const QString& table)
{
    beginResetModel();
    m_storePath = storePath;
    m_table = table;
    m_filter.clear();
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_columns.clear();
    m_rowCount = -1;
    m_shownRows = 0;
    startQuery(true);
    endResetModel();
}

void SqlTableModel::setFilter(const QString& text)
{
    if (text.trimmed() == m_filter.trimmed())
        return;
    m_filter = text;
    if (m_table.isEmpty())
        return;
    beginResetModel();
    m_rowCount = -1;
    m_shownRows = 0;
    startQuery(true);
    endResetModel();
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_table.isEmpty())
        return;

    // The rows keep their count but not their content, so persistent indexes (the selection)
    // would end up on other records: let them go.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    startQuery(false);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool SqlTableModel::isRowLoaded(int row) const
{
    return m_pages.contains(row / kPageSize);
}

QString SqlTableModel::columnName(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].name : QString();
}

int SqlTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int SqlTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant SqlTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Page* page = pageForRow(index.row());
    if (!page) {
        requestPage(index.row() / kPageSize);
        if (role == Qt::DisplayRole) // in every column: the first may be scrolled out of sight
            return tr("loading…");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    }

    const int rowInPage = index.row() % kPageSize;
    if (rowInPage >= page->rows) // the table shrank after it was counted
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    const QVariant& value = page->cells.at(rowInPage * m_columns.size() + index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(value, m_columns[index.column()]);
    case Qt::TextAlignmentRole:
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case static_cast<int>(Role::RawValue):
        return value;
    default:
        return {};
    }
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const SqlColumn& column = m_columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return displayName(column.name);
    case Qt::TextAlignmentRole:
        if (column.isNumeric())
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QAbstractTableModel::headerData(section, orientation, role);
    case Qt::ToolTipRole:
        if (column.isMoney())
            return tr("%1 (amount in the store's currency)").arg(column.name);
        if (column.isTimestamp())
            return tr("%1 (time in the store's time zone, %2)").arg(column.name, QString::fromUtf8(m_timeZone.id()));
        return column.name;
    case static_cast<int>(Role::RawValue):
        return column.name;
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QHash<int, QByteArray> SqlTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(static_cast<int>(Role::RawValue), QByteArrayLiteral("rawValue"));
    return names;
}

void SqlTableModel::startQuery(bool countRows)
{
    ++m_generation;
    m_liveGeneration->store(m_generation);
    m_pages.clear();
    m_queuedPages.clear();
    m_pageInFlight.reset();
    m_readyEmitted = false;
    m_failed = false;
    if (m_storePath.isEmpty() || m_table.isEmpty())
        return;

    const RowQueryRequest request { m_generation, m_storePath, m_table, m_filter, m_sortColumn, m_sortOrder,
        countRows };
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, request] { loader->load(request, kPageSize); }, Qt::QueuedConnection);
}

void SqlTableModel::requestPage(int page) const
{
    if (m_failed || m_pageInFlight == page)
        return;
    // Newest last: the page the view asked for most recently is the one on screen.
    m_queuedPages.removeOne(page);
    m_queuedPages.append(page);
    if (m_queuedPages.size() > kMaxQueuedPages)
        m_queuedPages.removeFirst();
    sendNextRequest();
}

void SqlTableModel::sendNextRequest() const
{
    // One page at a time: the queue stays here, where newer requests can still overtake it.
    if (m_pageInFlight || m_queuedPages.isEmpty())
        return;
    const int page = m_queuedPages.takeLast();
    m_pageInFlight = page;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, page] { loader->fetchPage(generation, page, kPageSize); },
        Qt::QueuedConnection);
}

const SqlTableModel::Page* SqlTableModel::pageForRow(int row) const
{
    const auto it = m_pages.find(row / kPageSize);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_useClock;
    return &*it;
}

void SqlTableModel::onLoaded(quint64 generation, const QList<SqlColumn>& columns, const QTimeZone& storeTimeZone)
{
    if (generation != m_generation)
        return;
    if (columns != m_columns || storeTimeZone != m_timeZone) {
        beginResetModel();
        m_columns = columns;
        m_timeZone = storeTimeZone;
        m_pages.clear();
        endResetModel();
    }
    // With a count on its way the loader sends the first page unasked; a new order keeps the
    // count, so the first page must be asked for.
    if (m_rowCount > 0)
        requestPage(0);
}

void SqlTableModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    m_rowCount = rows;
    setShownRows(static_cast<int>(std::min<qint64>(rows, INT_MAX)));
    emit rowCountChanged(rows);
    if (rows == 0)
        emitReadyOnce();
}

void SqlTableModel::onPageLoaded(quint64 generation, int page, const QList<QVariant>& cells)
{
    if (generation != m_generation)
        return;
    if (m_pageInFlight == page)
        m_pageInFlight.reset();
    const qsizetype columns = m_columns.size();
    const int pageRows = columns > 0 ? static_cast<int>(cells.size() / columns) : 0;
    m_pages.insert(page, Page { cells, pageRows, ++m_useClock });
    evictPages();

    const int first = page * kPageSize;
    if (m_rowCount < 0) {
        // Still counting: show what has been read, the rest follows with the count.
        setShownRows(std::max(m_shownRows, first + pageRows));
    }
    const int last = std::min(first + kPageSize, m_shownRows) - 1;
    if (columns > 0 && last >= first)
        emit dataChanged(index(first, 0), index(last, static_cast<int>(columns) - 1));
    emitReadyOnce();
    sendNextRequest();
}

void SqlTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    // Stop asking until the query changes, or every repaint would fail again.
    m_failed = true;
    m_pageInFlight.reset();
    m_queuedPages.clear();
    emit loadFailed(message);
}

void SqlTableModel::setShownRows(int rows)
{
    if (rows > m_shownRows) {
        beginInsertRows({}, m_shownRows, rows - 1);
        m_shownRows = rows;
        endInsertRows();
    } else if (rows < m_shownRows) {
        beginRemoveRows({}, rows, m_shownRows - 1);
        m_shownRows = rows;
        endRemoveRows();
    }
}

void SqlTableModel::evictPages()
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void SqlTableModel::emitReadyOnce()
{
    if (m_readyEmitted)
        return;
    m_readyEmitted = true;
    emit ready();
}

QVariant SqlTableModel::displayValue(const QVariant& value, const SqlColumn& column) const
{
    switch (value.typeId()) {
    case QMetaType::UnknownType: // NULL
        return QString();
    case QMetaType::LongLong:
        return column.isMoney() ? formatMinorUnits(value.toLongLong()) : QString::number(value.toLongLong());
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case QMetaType::QByteArray:
        return tr("(binary, %1 bytes)").arg(QLocale().toString(value.toByteArray().size()));
    default:
        if (column.isTimestamp()) {
            // "2025-05-11T13:55:16Z" is for machines; the owner reads the shop's own clock.
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (time.isValid())
                return time.toTimeZone(m_timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        if (column.isHtml()) // the owner wrote text, not tags
            return oneLine(QTextDocumentFragment::fromHtml(value.toString().left(kMaxHtmlChars)).toPlainText());
        return oneLine(value.toString());
    }
}

} // namespace flywheel
