#pragma once

#include "stages/inventory/InventoryQueries.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace flywheel {

/// Every judged variant of the Inventory page, one row each, read once per run (a large store's
/// fifty thousand rows are a few megabytes). Sorting uses SortRole, which holds the raw figure.
class HealthModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        Health,
        Available,
        Incoming,
        PerWeek,
        Cover,
        SellsOut,
        Risk,
        Order,
        AtRisk,
        OverstockValue,
        StockAge,
        ForecastError,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the figure behind the cell (number, date or text)
        StatusRole, ///< inventory::StockStatus as int
        VariantIdRole, ///< qint64
    };

    explicit HealthModel(QObject* parent = nullptr);

    void setRows(std::vector<inventory::HealthRow> rows, const QString& currency);
    [[nodiscard]] const inventory::HealthRow* row(int index) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] QString text(const inventory::HealthRow& row, int column) const;
    [[nodiscard]] QVariant sortValue(const inventory::HealthRow& row, int column) const;

    std::vector<inventory::HealthRow> m_rows;
    QString m_currency;
};

/// Shows the rows of one health status (or all) whose SKU, product or vendor contains a text.
class HealthFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit HealthFilter(QObject* parent = nullptr);
    /// nullopt shows every status.
    void setStatus(std::optional<inventory::StockStatus> status);
    void setText(const QString& text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<inventory::StockStatus> m_status;
    QString m_text;
};

} // namespace flywheel
