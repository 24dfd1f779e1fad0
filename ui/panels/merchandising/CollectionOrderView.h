#pragma once

#include "stages/merchandising/MerchandisingQueries.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace flywheel {

/// A collection picker (those with a suggested reorder first) and the chosen collection's products
/// in the suggested order, with their place now, the move, their stock and why.
class CollectionOrderView : public QWidget {
    Q_OBJECT

public:
    explicit CollectionOrderView(QWidget* parent = nullptr);

    void setStore(const QString& storePath) { m_storePath = storePath; }
    /// Keeps the chosen collection when it is still there.
    void setChoices(std::vector<merchandising::CollectionChoice> choices);
    /// Chooses the collection titled `title` (tests and screenshots); false when absent.
    bool selectCollection(const QString& title);

signals:
    /// The chosen collection's order is shown.
    void orderShown();

private:
    void showChosen();

    QString m_storePath;
    std::vector<merchandising::CollectionChoice> m_choices;
    int m_generation = 0;
    QComboBox* m_picker = nullptr;
    QLabel* m_note = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace flywheel
