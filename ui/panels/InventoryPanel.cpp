#include "panels/InventoryPanel.h"

#include "Dialogs.h"
#include "StoreTask.h"
#include "panels/RowTable.h"
#include "panels/inventory/ForecastChart.h"
#include "panels/inventory/HealthModel.h"
#include "panels/inventory/ReorderList.h"
#include "panels/inventory/SupplierTermsDialog.h"
#include "shell/Formatting.h"
#include "store/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace flywheel {

namespace {

constexpr inventory::StockStatus kFilterStatuses[]
    = { inventory::StockStatus::OutOfStock, inventory::StockStatus::Reorder, inventory::StockStatus::Overstock,
          inventory::StockStatus::Healthy, inventory::StockStatus::NoDemand, inventory::StockStatus::Inactive };

/// What the backtest says of the selected variant's forecast, in the owner's words.
QString backtestText(const inventory::VariantForecast& variant)
{
    if (!variant.forecast)
        return InventoryPanel::tr("No forecast: %1").arg(variant.forecast.error().describe());
    QString text = InventoryPanel::tr("Model: %1.").arg(variant.forecast->model);
    if (variant.demand.censoredPeriods > 0)
        text += u' '
            + InventoryPanel::tr("%n period(s) out of stock are left out of the history (gaps in the line), not "
                                 "read as no demand.",
                nullptr, variant.demand.censoredPeriods);
    if (!variant.backtest) {
        text += u' ' + InventoryPanel::tr("Too little history to hold weeks out for a backtest yet.");
        return text;
    }
    const forecast::Accuracy& b = *variant.backtest;
    text += u' '
        + InventoryPanel::tr("Backtest on the last %n period(s), held out and forecast from the weeks before them "
                             "(dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % "
                             "range %4.",
            nullptr, b.points)
              .arg(Formatting::share(b.wape), Formatting::share(b.bias), Formatting::share(b.coverage80),
                  Formatting::share(b.coverage95))
        + u' '
        + InventoryPanel::tr("Over those periods it expected %1 units; %2 sold.")
              .arg(QLocale().toString(variant.backtestForecastUnits, 'f', 1),
                  QLocale().toString(variant.backtestUnits, 'f', 1));
    if (!variant.forecast->note.isEmpty())
        text += u' ' + variant.forecast->note;
    return text;
}
} // namespace

struct InventoryPanel::Contents {
    inventory::InventoryOverview overview;
    std::vector<inventory::HealthRow> health;
    std::vector<inventory::ReorderRow> reorders;
    QStringList vendors;
    QList<inventory::VendorTerms> terms;
    inventory::ReplenishmentTerms storeTerms;
};

InventoryPanel::InventoryPanel(QWidget* parent)
    : StagePanel(parent)
    , m_summary(new QLabel)
    , m_status(new QComboBox)
    , m_search(new QLineEdit)
    , m_terms(new QPushButton(tr("Supplier terms…")))
    , m_model(new HealthModel(this))
    , m_filter(new HealthFilter(this))
    , m_chart(new ForecastChart)
    , m_backtest(new QLabel)
    , m_reorders(new ReorderList)
{
    setObjectName(QStringLiteral("stagePanel_inventory"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("inventorySummary"));
    m_status->setObjectName(QStringLiteral("inventoryStatus"));
    m_status->setAccessibleName(tr("Show variants by health"));
    m_status->addItem(tr("Every variant"));
    for (const inventory::StockStatus status : kFilterStatuses)
        m_status->addItem(inventory::statusLabel(status), int(status));
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("Find a SKU, product or vendor"));
    m_search->setClearButtonEnabled(true);
    m_terms->setObjectName(QStringLiteral("inventorySupplierTerms"));
    m_terms->setToolTip(tr("Lead time and service level per supplier"));
    m_filter->setSourceModel(m_model);
    m_table = makeRowTable(m_filter, HealthModel::Product, QStringLiteral("inventoryHealth"), tr("Stock health"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the reader's order: most urgent first
    m_chart->setObjectName(QStringLiteral("inventoryChart"));
    m_backtest->setObjectName(QStringLiteral("inventoryBacktest"));
    m_backtest->setWordWrap(true);
    m_backtest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reorders->setObjectName(QStringLiteral("inventoryReorderList"));

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_status->currentData();
        m_filter->setStatus(status.isValid() ? std::optional(inventory::StockStatus(status.toInt())) : std::nullopt);
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &HealthFilter::setText);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelectedForecast(); });
    connect(m_terms, &QPushButton::clicked, this, &InventoryPanel::editSupplierTerms);
    connect(m_reorders, &ReorderList::changed, this, [this] {
        emit actionsChanged();
        showStore(m_storePath);
    });
    connect(m_reorders, &ReorderList::pushed, this, &InventoryPanel::pushed);

    auto* filters = new QHBoxLayout;
    filters->addWidget(heading(tr("Stock health")));
    filters->addStretch();
    filters->addWidget(m_status);
    filters->addWidget(m_search);
    filters->addWidget(m_terms);
    auto* chartBox = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_backtest);
    auto* healthSplit = new QSplitter(Qt::Horizontal);
    healthSplit->addWidget(m_table);
    healthSplit->addWidget(chartBox);
    healthSplit->setStretchFactor(0, 3);
    healthSplit->setStretchFactor(1, 2);
    healthSplit->setSizes({ 3000, 2000 });
    healthSplit->setChildrenCollapsible(false);
    auto* healthBox = new QWidget;
    auto* healthLayout = new QVBoxLayout(healthBox);
    healthLayout->setContentsMargins(0, 0, 0, 0);
    healthLayout->addLayout(filters);
    healthLayout->addWidget(healthSplit, 1);

    auto* reorderBox = new QWidget;
    auto* reorderLayout = new QVBoxLayout(reorderBox);
    reorderLayout->setContentsMargins(0, 0, 0, 0);
    reorderLayout->addWidget(heading(tr("Reorders: what to buy now to stay in stock")));
    reorderLayout->addWidget(m_reorders, 1);

    auto* sections = new QSplitter(Qt::Vertical);
    sections->addWidget(healthBox);
    sections->addWidget(reorderBox);
    sections->setStretchFactor(0, 3);
    sections->setStretchFactor(1, 2);
    sections->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Inventory"), 1.6));
    layout->addWidget(m_summary);
    layout->addWidget(sections, 1);
    showContents();
}

InventoryPanel::~InventoryPanel() = default;

void InventoryPanel::showStore(const QString& storePath)
{
    m_storePath = storePath;
    m_reorders->setStore(storePath);
    if (storePath.isEmpty()) {
        forgetReads();
        m_contents.reset();
        showContents();
        return;
    }
    readStore(
        storePath, &InventoryPanel::read,
        [this](const Contents& contents) {
            m_contents = std::make_shared<const Contents>(contents);
            showContents();
            emit loaded();
        },
        [this](const QString& reason) {
            m_summary->setText(tr("Could not read the Inventory results: %1").arg(reason));
            emit loaded();
        });
}

Result<InventoryPanel::Contents> InventoryPanel::read(Database& db)
{
    Contents contents;
    auto overview = inventory::readOverview(db);
    if (!overview)
        return std::unexpected(overview.error());
    contents.overview = std::move(*overview);
    auto health = inventory::readHealth(db);
    if (!health)
        return std::unexpected(health.error());
    contents.health = std::move(*health);
    auto reorders = inventory::readOpenReorders(db);
    if (!reorders)
        return std::unexpected(reorders.error());
    contents.reorders = std::move(*reorders);
    auto vendors = inventory::readVendors(db);
    if (!vendors)
        return std::unexpected(vendors.error());
    contents.vendors = std::move(*vendors);
    auto terms = inventory::readVendorTerms(db);
    if (!terms)
        return std::unexpected(terms.error());
    contents.terms = std::move(*terms);
    auto storeTerms = inventory::TermsByVendor::read(db);
    if (!storeTerms)
        return std::unexpected(storeTerms.error());
    contents.storeTerms = storeTerms->storeTerms();
    return contents;
}

void InventoryPanel::showContents()
{
    const QLocale locale;
    m_terms->setEnabled(m_contents && !m_storePath.isEmpty());
    if (!m_contents || m_contents->overview.forecast == 0) {
        m_summary->setText(tr("No demand forecast yet. Import your orders export, and your inventory export for "
                              "stock levels, then press Run."));
        m_model->setRows({}, {});
        m_reorders->setRows({});
        showSelectedForecast();
        return;
    }
    const inventory::InventoryOverview& o = m_contents->overview;
    QString summary = tr("%1 variants forecast from their sales.").arg(locale.toString(o.forecast));
    if (o.judged == 0) {
        summary += u' ' + tr("No stock levels yet: import an inventory export to see cover, reorders and overstock.");
    } else {
        summary += u' '
            + tr("%1 out of stock and %2 to reorder now (%3 in sales at risk); %4 overstocked (%5 tied up).")
                  .arg(locale.toString(o.outOfStock), locale.toString(o.reorder),
                      Formatting::money(o.revenueAtRiskMinor, o.currency), locale.toString(o.overstocked),
                      Formatting::money(o.overstockValueMinor, o.currency));
    }
    if (o.wape && o.coverage80 && o.coverage95 && o.totalError)
        summary += u' '
            + tr("Backtest on the weeks held out (%1 variants): week by week the forecasts were off by %2 (WAPE), "
                 "their totals over those weeks by %3; the 80 % and 95 % ranges held %4 and %5 of the time.")
                  .arg(locale.toString(o.backtested), Formatting::share(*o.wape), Formatting::share(*o.totalError),
                      Formatting::share(*o.coverage80), Formatting::share(*o.coverage95));
    m_summary->setText(summary);
    m_model->setRows(m_contents->health, o.currency);
    m_table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_reorders->setRows(m_contents->reorders);
    if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    showSelectedForecast();
}

bool InventoryPanel::selectSku(const QString& sku)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, HealthModel::Sku).data().toString() == sku) {
            m_table->selectRow(row);
            m_table->scrollTo(m_filter->index(row, 0));
            return true;
        }
    }
    return false;
}

void InventoryPanel::showSelectedForecast()
{
    const QModelIndex current = m_table->currentIndex();
    const int generation = ++m_forecastGeneration;
    if (!current.isValid() || m_storePath.isEmpty()) {
        m_chart->showForecast(nullptr, tr("Select a variant to see its forecast."));
        m_backtest->clear();
        emit forecastShown();
        return;
    }
    const qint64 variantId = current.siblingAtColumn(0).data(HealthModel::VariantIdRole).toLongLong();
    const QString title = current.siblingAtColumn(HealthModel::Product).data().toString();
    runOnStore(
        this, m_storePath, [variantId](Database& db) { return inventory::readStoredForecast(db, variantId); },
        [this, generation, title](const Result<std::optional<inventory::VariantForecast>>& stored) {
            if (generation != m_forecastGeneration)
                return;
            if (!stored) {
                m_chart->showForecast(nullptr, title);
                m_backtest->setText(stored.error().describe());
            } else if (!*stored) {
                m_chart->showForecast(nullptr, title);
                m_backtest->setText(tr("This variant has not sold yet, so there is no demand to forecast."));
            } else {
                m_chart->showForecast(&**stored, title);
                m_backtest->setText(backtestText(**stored));
            }
            emit forecastShown();
        });
}

void InventoryPanel::editSupplierTerms()
{
    if (!m_contents || m_storePath.isEmpty())
        return;
    SupplierTermsDialog dialog(m_contents->vendors, m_contents->terms, m_contents->storeTerms, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runOnStore(
        this, m_storePath,
        [terms = dialog.terms()](Database& db) -> Result<void> {
            auto transaction = Transaction::begin(db);
            if (!transaction)
                return std::unexpected(transaction.error());
            for (const inventory::VendorTerms& vendor : terms)
                if (auto ok = inventory::saveVendorTerms(db, vendor); !ok)
                    return ok;
            return transaction->commit();
        },
        [this](const Result<void>& saved) {
            if (!saved)
                Dialogs::critical(this, tr("Supplier terms"), saved.error().describe());
            else
                m_summary->setText(
                    m_summary->text() + u' ' + tr("Supplier terms saved; press Run to plan reorders with them."));
        });
}

} // namespace flywheel
