#pragma once

#include "flywheel/Recommendation.h"

#include <QAbstractTableModel>

namespace flywheel {

/// Every action in a store's queue, one row each, read on a worker thread with its own connection.
/// DisplayRole holds text for the owner; the roles below hold raw values for sorting and filtering.
class ActionQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, StageColumn, StatusColumn, ConfidenceColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< std::int64_t id in the recommendations table
        StageRole, ///< machine name, e.g. "content"
        StatusRole, ///< new, accepted, dismissed, pushed, measured
        SortRole, ///< the column's raw value (confidence as a number, times as ISO text)
    };

    explicit ActionQueueModel(QObject* parent = nullptr);

    /// Reads the queue of the store at `storePath` again (empty clears it); emits loaded() or failed().
    void load(const QString& storePath);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// The action with `id`, or nullptr when it is not in the model.
    [[nodiscard]] const Recommendation* find(std::int64_t id) const;
    [[nodiscard]] const Recommendation& at(int row) const { return m_actions.at(row); }
    /// Row of the action with `id`, -1 when absent.
    [[nodiscard]] int rowOf(std::int64_t id) const;

    /// "New", "Accepted", ...: the status as the owner reads it.
    [[nodiscard]] static QString statusTitle(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const QString& message);

private:
    QList<Recommendation> m_actions;
    /// Counts loads, so a slow answer for an earlier store or state never overwrites a newer one.
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace flywheel
