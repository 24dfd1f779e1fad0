#include "panels/RowTable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace flywheel {

QTableView* makeRowTable(
    QAbstractItemModel* model, int stretched, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

QStandardItem* figureItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace flywheel
