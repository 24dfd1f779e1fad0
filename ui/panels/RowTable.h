#pragma once

class QAbstractItemModel;
class QStandardItem;
class QString;
class QTableView;

namespace flywheel {

/// A read-only table of whole rows, one selected at a time, whose `stretched` column takes the
/// spare width. The model must have its columns already.
[[nodiscard]] QTableView* makeRowTable(
    QAbstractItemModel* model, int stretched, const QString& objectName, const QString& accessibleName);

/// A right-aligned cell for a figure.
[[nodiscard]] QStandardItem* figureItem(const QString& text);

} // namespace flywheel
