#include "panels/inventory/HealthModel.h"

#include "shell/Formatting.h"

#include <QLocale>

#include <cmath>

namespace flywheel {

namespace {

QString units(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}
} // namespace

HealthModel::HealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HealthModel::setRows(std::vector<inventory::HealthRow> rows, const QString& currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    endResetModel();
}

const inventory::HealthRow* HealthModel::row(int index) const
{
    return index >= 0 && index < int(m_rows.size()) ? &m_rows[size_t(index)] : nullptr;
}

int HealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Cover:
            return tr("Days until the stock available now is expected to sell out");
        case StockAge:
            return tr("How long the oldest unit on hand has probably been in stock, first in first out");
        case Risk:
            return tr("The chance of running out before a reorder placed today could arrive");
        case Order:
            return tr("Units to order now to reach the order-up-to level");
        case ForecastError:
            return tr("How far the forecast was off on the last weeks held out (WAPE)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Health:
        return tr("Health");
    case Available:
        return tr("Available");
    case Incoming:
        return tr("On the way");
    case PerWeek:
        return tr("Per week");
    case Cover:
        return tr("Days of cover");
    case SellsOut:
        return tr("Sells out");
    case Risk:
        return tr("Stockout risk");
    case Order:
        return tr("Order");
    case AtRisk:
        return tr("Revenue at risk");
    case OverstockValue:
        return tr("Overstock value");
    case StockAge:
        return tr("Oldest unit (days)");
    case ForecastError:
        return tr("Forecast error");
    default:
        return {};
    }
}

QString HealthModel::text(const inventory::HealthRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Sku:
        return row.sku;
    case Product:
        return row.name;
    case Health:
        return inventory::statusLabel(row.status);
    case Available:
        return locale.toString(row.available);
    case Incoming:
        return row.incoming > 0 ? locale.toString(row.incoming) : QString();
    case PerWeek:
        return units(row.weeklyDemand);
    case Cover:
        return row.daysOfCover && row.available > 0 ? locale.toString(std::lround(*row.daysOfCover)) : QString();
    case SellsOut:
        return row.stockoutDate ? locale.toString(*row.stockoutDate, QLocale::ShortFormat) : QString();
    case Risk:
        return row.stockoutRisk ? Formatting::share(*row.stockoutRisk) : QString();
    case Order:
        return row.suggestedOrder > 0 ? locale.toString(row.suggestedOrder) : QString();
    case AtRisk:
        return row.revenueAtRiskMinor > 0 ? Formatting::money(row.revenueAtRiskMinor, m_currency) : QString();
    case OverstockValue:
        return row.overstockValueMinor > 0 ? Formatting::money(row.overstockValueMinor, m_currency) : QString();
    case StockAge:
        return row.stockAgeDays ? locale.toString(*row.stockAgeDays) : QString();
    case ForecastError:
        return row.wape ? Formatting::share(*row.wape) : QString();
    default:
        return {};
    }
}

QVariant HealthModel::sortValue(const inventory::HealthRow& row, int column) const
{
    switch (column) {
    case Sku:
        return row.sku;
    case Product:
        return row.name;
    case Health:
        return int(row.status);
    case Available:
        return row.available;
    case Incoming:
        return row.incoming;
    case PerWeek:
        return row.weeklyDemand;
    case Cover:
        return row.daysOfCover.value_or(1e9);
    case SellsOut:
        return row.stockoutDate ? QVariant(row.stockoutDate->toJulianDay()) : QVariant(qint64(1) << 40);
    case Risk:
        return row.stockoutRisk.value_or(-1);
    case Order:
        return row.suggestedOrder;
    case AtRisk:
        return qint64(row.revenueAtRiskMinor);
    case OverstockValue:
        return qint64(row.overstockValueMinor);
    case StockAge:
        return row.stockAgeDays.value_or(-1);
    case ForecastError:
        return row.wape.value_or(-1);
    default:
        return {};
    }
}

QVariant HealthModel::data(const QModelIndex& index, int role) const
{
    const inventory::HealthRow* health = row(index.row());
    if (!health || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*health, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Available ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortValue(*health, index.column());
    case StatusRole:
        return int(health->status);
    case VariantIdRole:
        return qint64(health->variantId);
    default:
        return {};
    }
}

HealthFilter::HealthFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HealthModel::SortRole);
}

void HealthFilter::setStatus(std::optional<inventory::StockStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void HealthFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool HealthFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = qobject_cast<const HealthModel*>(sourceModel());
    const inventory::HealthRow* row = model ? model->row(sourceRow) : nullptr;
    if (!row)
        return false;
    if (m_status && row->status != *m_status)
        return false;
    return m_text.isEmpty() || row->sku.contains(m_text, Qt::CaseInsensitive)
        || row->name.contains(m_text, Qt::CaseInsensitive) || row->vendor.contains(m_text, Qt::CaseInsensitive);
}

} // namespace flywheel
