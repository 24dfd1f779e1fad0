#pragma once

#include "flywheel/Recommendation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace flywheel {

/// The collection orders and products to feature the Merchandising stage proposes: accept or dismiss
/// them one by one or all at once, then "Write files" writes the collection orders and the product
/// file with the "trending" tag into the store's push folder.
class MerchActionList : public QWidget {
    Q_OBJECT

public:
    explicit MerchActionList(QWidget* parent = nullptr);

    void setStore(const QString& storePath) { m_storePath = storePath; }
    /// The stage's actions; those neither new nor accepted are left out.
    void setActions(const QList<Recommendation>& actions);

signals:
    /// Actions changed status; the page and the window reload.
    void changed();
    /// Files were written (or why not); `message` is what the owner was told.
    void pushed(const QString& message);

private:
    [[nodiscard]] std::vector<std::int64_t> selectedActions() const;
    void setStatus(const std::vector<std::int64_t>& actions, const QString& status);
    void writeFiles();
    void updateButtons();

    QString m_storePath;
    QList<Recommendation> m_actions;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_total = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_acceptAll = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_write = nullptr;
};

} // namespace flywheel
