#pragma once

#include "panels/search/SynonymGroups.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace flywheel {

/// The synonym groups the store's search uses: the owner's own, which can be added, changed and
/// deleted here, and the suggested groups the owner accepted in the action queue. Writes run on a
/// worker with a connection of their own.
class SynonymManager : public QWidget {
    Q_OBJECT

public:
    explicit SynonymManager(QWidget* parent = nullptr);

    /// The store writes go to (empty = none: nothing can be changed).
    void setStore(const QString& storePath);
    void setGroups(const QList<SynonymGroup>& groups);
    [[nodiscard]] int groupCount() const { return int(m_groups.size()); }

signals:
    /// A group was added, changed or deleted, and the list shows the store's groups again.
    void groupsChanged();

private:
    void showSelected();
    [[nodiscard]] int selectedGroup() const;
    /// Checks the editor's group against the others, then saves it as group `id` (0 = a new group).
    void saveEditor(std::int64_t id);
    /// Runs `change` on the store, then shows the groups it left and says `done`.
    template <typename Change> void write(Change change, const QString& done);
    void say(const QString& message, bool problem);

    QString m_storePath;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_words = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_message = nullptr;
    QList<SynonymGroup> m_groups;
    bool m_writing = false;
};

} // namespace flywheel
