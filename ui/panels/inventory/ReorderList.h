#pragma once

#include "stages/inventory/InventoryQueries.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace flywheel {

/// The reorders the Inventory stage proposes, by vendor: accept or dismiss them one by one or all
/// at once, then "Create purchase orders" writes one CSV per vendor into the store's push folder.
class ReorderList : public QWidget {
    Q_OBJECT

public:
    explicit ReorderList(QWidget* parent = nullptr);

    void setStore(const QString& storePath) { m_storePath = storePath; }
    void setRows(std::vector<inventory::ReorderRow> rows);

signals:
    /// Actions changed status; the page and the window reload.
    void changed();
    /// Purchase orders were written (or why not); `message` is what the owner was told.
    void pushed(const QString& message);

private:
    [[nodiscard]] std::vector<std::int64_t> selectedActions() const;
    void setStatus(const std::vector<std::int64_t>& actions, const QString& status);
    void createPurchaseOrders();
    void updateButtons();

    QString m_storePath;
    std::vector<inventory::ReorderRow> m_rows;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_total = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_acceptAll = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace flywheel
