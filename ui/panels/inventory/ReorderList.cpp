#include "panels/inventory/ReorderList.h"

#include "Dialogs.h"
#include "PushFolder.h"
#include "StoreTask.h"
#include "flywheel/Recommendation.h"
#include "panels/RowTable.h"
#include "shell/Formatting.h"
#include "stages/inventory/InventoryPush.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace flywheel {

ReorderList::ReorderList(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_total(new QLabel)
    , m_accept(new QPushButton(tr("Accept")))
    , m_acceptAll(new QPushButton(tr("Accept all")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
    , m_create(new QPushButton(tr("Create purchase orders")))
{
    m_model->setHorizontalHeaderLabels({ tr("Vendor"), tr("SKU"), tr("Product"), tr("Order"), tr("Unit cost"),
        tr("Order value"), tr("Revenue at risk"), tr("Status") });
    m_table = makeRowTable(m_model, 2, QStringLiteral("inventoryReorders"), tr("Reorders"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    m_total->setObjectName(QStringLiteral("inventoryReorderTotal"));
    m_accept->setObjectName(QStringLiteral("inventoryAccept"));
    m_acceptAll->setObjectName(QStringLiteral("inventoryAcceptAll"));
    m_dismiss->setObjectName(QStringLiteral("inventoryDismiss"));
    m_create->setObjectName(QStringLiteral("inventoryCreateOrders"));
    m_create->setToolTip(tr("Writes the accepted reorders as one purchase order (CSV) per vendor"));
    connect(
        m_accept, &QPushButton::clicked, this, [this] { setStatus(selectedActions(), QStringLiteral("accepted")); });
    connect(
        m_dismiss, &QPushButton::clicked, this, [this] { setStatus(selectedActions(), QStringLiteral("dismissed")); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] {
        std::vector<std::int64_t> open;
        for (const inventory::ReorderRow& row : m_rows)
            if (row.status == u"new")
                open.push_back(row.actionId);
        setStatus(open, QStringLiteral("accepted"));
    });
    connect(m_create, &QPushButton::clicked, this, &ReorderList::createPurchaseOrders);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_total, 1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ReorderList::setRows(std::vector<inventory::ReorderRow> rows)
{
    m_rows = std::move(rows);
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    std::int64_t accepted = 0;
    QString currency;
    for (const inventory::ReorderRow& row : m_rows) {
        const bool costed = row.unitCostMinor.has_value();
        const std::int64_t value = row.unitCostMinor.value_or(0) * row.quantity;
        m_model->appendRow({ new QStandardItem(row.vendor.isEmpty() ? tr("No vendor") : row.vendor),
            new QStandardItem(row.sku), new QStandardItem(row.name), figureItem(locale.toString(row.quantity)),
            figureItem(costed ? Formatting::money(row.unitCostMinor.value_or(0), row.currency) : QString()),
            figureItem(costed ? Formatting::money(value, row.currency) : QString()),
            figureItem(
                row.revenueAtRiskMinor > 0 ? Formatting::money(row.revenueAtRiskMinor, row.currency) : QString()),
            new QStandardItem(row.status == u"accepted" ? tr("Accepted") : tr("Open")) });
        if (row.status == u"accepted") {
            accepted += value;
            currency = row.currency;
        }
    }
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const auto acceptedCount = std::count_if(
        m_rows.begin(), m_rows.end(), [](const inventory::ReorderRow& row) { return row.status == u"accepted"; });
    m_total->setText(tr("%n reorder(s) proposed, %1 accepted", nullptr, int(m_rows.size())).arg(acceptedCount)
        + (accepted > 0 ? tr(" (%1 at cost)").arg(Formatting::money(accepted, currency)) : QString()));
    updateButtons();
}

std::vector<std::int64_t> ReorderList::selectedActions() const
{
    std::set<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    std::vector<std::int64_t> actions;
    for (const int row : rows)
        if (row >= 0 && row < int(m_rows.size()))
            actions.push_back(m_rows[size_t(row)].actionId);
    return actions;
}

void ReorderList::updateButtons()
{
    const bool store = !m_storePath.isEmpty();
    const bool selected = m_table->selectionModel()->hasSelection();
    const bool anyOpen = std::any_of(
        m_rows.begin(), m_rows.end(), [](const inventory::ReorderRow& row) { return row.status == u"new"; });
    const bool anyAccepted = std::any_of(
        m_rows.begin(), m_rows.end(), [](const inventory::ReorderRow& row) { return row.status == u"accepted"; });
    m_accept->setEnabled(store && selected);
    m_dismiss->setEnabled(store && selected);
    m_acceptAll->setEnabled(store && anyOpen);
    m_create->setEnabled(store && anyAccepted);
}

void ReorderList::setStatus(const std::vector<std::int64_t>& actions, const QString& status)
{
    if (actions.empty() || m_storePath.isEmpty())
        return;
    for (QPushButton* button : { m_accept, m_acceptAll, m_dismiss, m_create })
        button->setEnabled(false);
    runOnStore(
        this, m_storePath,
        [actions, status](Database& db) { return RecommendationQueue(db).setStatus(actions, status); },
        [this](const Result<void>& done) {
            if (!done)
                Dialogs::critical(this, tr("Reorders"), done.error().describe());
            emit changed();
        });
}

void ReorderList::createPurchaseOrders()
{
    if (m_storePath.isEmpty())
        return;
    m_create->setEnabled(false);
    pushAndReport(this, m_storePath, tr("Create purchase orders"),
        tr("Send each file to its supplier. Your next inventory export shows the stock arriving, and Flywheel "
           "measures the days out of stock it saved."),
        inventory::pushPurchaseOrders, [this](const QString& message) {
            emit pushed(message);
            emit changed();
        });
}

} // namespace flywheel
