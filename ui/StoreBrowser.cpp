#include "StoreBrowser.h"

#include "DisplayNames.h"
#include "SqlTableModel.h"
#include "WorkerPool.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <algorithm>

namespace flywheel {

namespace {
constexpr int kTableRole = Qt::UserRole; // the table's name in the store
constexpr int kRowsRole = Qt::UserRole + 1; // its row count, -1 while counting
// Long enough to finish a word, short enough to feel live; each change runs a query.
constexpr int kFilterDelayMs = 250;
// Auto-fitted columns stop here, so one long description does not push the rest off screen.
constexpr int kMaxFittedColumnWidth = 320;
// Where a row came from, kept for tracing and undo; shown last so what the owner came to see
// (order number, customer, amounts) fits on screen first.
const QStringList kBookkeepingColumns { QStringLiteral("platform"), QStringLiteral("source_id"),
    QStringLiteral("batch_id"), QStringLiteral("last_batch_id") };
} // namespace

StoreBrowser::StoreBrowser(QWidget* parent)
    : QWidget(parent)
    , m_model(new SqlTableModel(this))
{
    m_tables = new QListWidget;
    m_tables->setObjectName(QStringLiteral("tableList"));
    m_tables->setUniformItemSizes(true);
    auto* tablesLabel = new QLabel(tr("Tables"));
    tablesLabel->setBuddy(m_tables);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(tablesLabel);
    leftLayout->addWidget(m_tables);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("rowCountLabel"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter rows: type text to find in any text column"));
    m_filter->setClearButtonEnabled(true);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Row numbers add nothing the id column and the count label do not say already.
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a million-row header cheap: no row is ever measured.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    // Fitting columns reads only the rows on screen, never pages further down.
    header->setResizeContentsPrecision(0);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    // An empty result says so in words; a bare grid looks like something failed to load.
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_viewStack = new QStackedWidget;
    m_viewStack->addWidget(m_view);
    m_viewStack->addWidget(m_empty);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_count);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_filter);
    rightLayout->addWidget(m_viewStack, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 800 });
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &StoreBrowser::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &StoreBrowser::applyFilter);
    connect(m_tables, &QListWidget::currentItemChanged, this, &StoreBrowser::onCurrentTableChanged);
    connect(m_model, &SqlTableModel::ready, this, &StoreBrowser::onModelReady);
    connect(m_model, &SqlTableModel::rowCountChanged, this, &StoreBrowser::updateCountLabel);
    connect(m_model, &SqlTableModel::loadFailed, this, &StoreBrowser::errorOccurred);
    connect(&m_catalog, &QFutureWatcher<CatalogEntry>::resultsReadyAt, this, &StoreBrowser::onCatalogResults);
    connect(&m_catalog, &QFutureWatcher<CatalogEntry>::finished, this, &StoreBrowser::onCatalogFinished);

    setStore({});
}

StoreBrowser::~StoreBrowser()
{
    // The count runs on a pool thread with its own connection and no pointer to us; it only needs
    // to hear that nobody is waiting any more.
    m_catalog.cancel();
}

void StoreBrowser::setStore(const QString& storePath)
{
    stopReading();
    m_storePath = storePath;
    m_tables->clear();
    m_model->setTable({}, {});
    refresh();
}

void StoreBrowser::refresh()
{
    stopReading();
    if (!m_storePath.isEmpty())
        m_catalog.setFuture(QtConcurrent::run(storeWorkers(), &readStoreCatalog, m_storePath));
    onCurrentTableChanged();
}

void StoreBrowser::stopReading()
{
    m_catalog.cancel();
    m_catalogDone = false;
    m_loadedEmitted = false;
}

QString StoreBrowser::currentTable() const
{
    const QListWidgetItem* item = m_tables->currentItem();
    return item ? item->data(kTableRole).toString() : QString();
}

bool StoreBrowser::selectTable(const QString& table)
{
    QListWidgetItem* item = itemForTable(table);
    if (!item)
        return false;
    m_tables->setCurrentItem(item);
    return true;
}

void StoreBrowser::onCatalogResults(int begin, int end)
{
    const QLocale locale;
    for (int i = begin; i < end; ++i) {
        const CatalogEntry entry = m_catalog.resultAt(i);
        if (!entry.error.isEmpty()) {
            emit errorOccurred(entry.error);
            continue;
        }
        QListWidgetItem* item = itemForTable(entry.table);
        if (!item) {
            item = new QListWidgetItem(m_tables);
            item->setData(kTableRole, entry.table);
            item->setToolTip(entry.table);
        }
        item->setData(kRowsRole, entry.rowCount);
        // Still selectable, but the eye skips it; a refresh may fill a table that was empty.
        item->setForeground(palette().brush(entry.rowCount == 0 ? QPalette::PlaceholderText : QPalette::Text));
        item->setText(entry.rowCount < 0
                ? displayName(entry.table)
                : tr("%1 — %2").arg(displayName(entry.table), locale.toString(entry.rowCount)));
    }
    // The catalog lists the table an owner most likely came for first.
    if (!m_tables->currentItem() && m_tables->count() > 0)
        m_tables->setCurrentItem(m_tables->item(0));
    updateCountLabel();
}

void StoreBrowser::onCatalogFinished()
{
    if (m_catalog.isCanceled())
        return;
    m_catalogDone = true;
    emitLoadedWhenDone();
}

void StoreBrowser::onCurrentTableChanged()
{
    const QString table = currentTable();
    m_filterDelay.stop();
    {
        // The filter belongs to the table it was typed for; clearing it must not query anything.
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_tableReady = false;
    m_columnsFitted = false;
    m_model->setTable(table.isEmpty() ? QString() : m_storePath, table);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_title->setText(table.isEmpty() ? QString() : displayName(table));
    m_filter->setEnabled(!table.isEmpty());
    updateCountLabel();
}

void StoreBrowser::onModelReady()
{
    if (!m_columnsFitted) {
        m_columnsFitted = true;
        arrangeColumns();
    }
    if (!m_tableReady) {
        m_tableReady = true;
        emit tableShown(m_model->table());
        emitLoadedWhenDone();
    }
}

void StoreBrowser::applyFilter()
{
    m_filterDelay.stop();
    m_model->setFilter(m_filter->text());
    updateCountLabel();
}

void StoreBrowser::updateCountLabel()
{
    const qint64 rows = m_model->totalRowCount();
    const bool filtered = !m_model->filter().trimmed().isEmpty();
    if (rows == 0) {
        // A new store is where owners look for how to fill it; other tables fill in other ways.
        m_empty->setText(filtered ? tr("No rows contain “%1”.").arg(m_model->filter().trimmed())
                : storeIsEmpty()  ? tr("This store is empty. To bring in your shop's exports, choose Import "
                                        "files… in the File menu.")
                                  : tr("This table is empty."));
        m_viewStack->setCurrentWidget(m_empty);
    } else {
        m_viewStack->setCurrentWidget(m_view);
    }
    if (m_model->table().isEmpty()) {
        m_count->clear();
        return;
    }
    if (rows < 0) {
        m_count->setText(tr("Counting rows…"));
        return;
    }
    const QLocale locale;
    const QListWidgetItem* item = itemForTable(m_model->table());
    const qint64 total = item ? item->data(kRowsRole).toLongLong() : -1;
    if (!filtered || total < 0)
        m_count->setText(tr("Rows: %1").arg(locale.toString(rows)));
    else
        m_count->setText(tr("Rows: %1 of %2").arg(locale.toString(rows), locale.toString(total)));
}

void StoreBrowser::arrangeColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    // The header keeps moved sections across tables with as many columns: start from the table's own order.
    for (int column = 0; column < header->count(); ++column)
        header->moveSection(header->visualIndex(column), column);
    for (const QString& name : kBookkeepingColumns) {
        for (int column = 0; column < header->count(); ++column) {
            if (m_model->columnName(column) == name)
                header->moveSection(header->visualIndex(column), header->count() - 1);
        }
    }
    m_view->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), kMaxFittedColumnWidth));
}

void StoreBrowser::emitLoadedWhenDone()
{
    const bool tableDone = m_tableReady || m_tables->count() == 0;
    if (m_loadedEmitted || !m_catalogDone || !tableDone)
        return;
    m_loadedEmitted = true;
    emit loaded();
}

bool StoreBrowser::storeIsEmpty() const
{
    for (int row = 0; row < m_tables->count(); ++row) {
        if (m_tables->item(row)->data(kRowsRole).toLongLong() != 0)
            return false;
    }
    // The catalog lists every table (uncounted, -1) before it counts any.
    return m_tables->count() > 0;
}

QListWidgetItem* StoreBrowser::itemForTable(const QString& table) const
{
    for (int row = 0; row < m_tables->count(); ++row) {
        QListWidgetItem* item = m_tables->item(row);
        if (item->data(kTableRole).toString() == table)
            return item;
    }
    return nullptr;
}

} // namespace flywheel
