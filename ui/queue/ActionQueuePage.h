#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace flywheel {

class ActionDetailPane;
class ActionFilterModel;
class ActionQueueModel;

/// The one list of actions across stages: filter by stage and status, sort by any column, read an
/// action's evidence and accept, dismiss or reopen it. Reads and decisions run on worker threads.
class ActionQueuePage : public QWidget {
    Q_OBJECT

public:
    explicit ActionQueuePage(QWidget* parent = nullptr);

    /// Shows the queue of the store at `storePath` (empty = none); reads it again when called again.
    void showStore(const QString& storePath);
    /// Narrows the list to one stage (empty = all).
    void setStageFilter(const QString& stage);

    [[nodiscard]] ActionQueueModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    /// Selects the action with `id`; false when the filters hide it or it does not exist.
    bool selectAction(std::int64_t id);

signals:
    /// The queue was read and is shown.
    void loaded();
    /// An action's status changed; the wheel's counts are out of date.
    void actionsChanged();
    void errorOccurred(const QString& message);

private:
    void applyFilters();
    void onLoaded();
    void onSelectionChanged();
    void changeStatus(std::int64_t id, const QString& status);
    void updateCount();
    [[nodiscard]] std::int64_t selectedId() const;

    ActionQueueModel* m_model = nullptr;
    ActionFilterModel* m_filter = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_empty = nullptr;
    ActionDetailPane* m_detail = nullptr;
    QString m_storePath;
    /// Kept selected across reloads (after a decision, the list is read again).
    std::int64_t m_keepSelected = 0;
    int m_keepRow = -1;
};

} // namespace flywheel
