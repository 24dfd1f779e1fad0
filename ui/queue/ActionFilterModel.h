#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace flywheel {

/// Narrows the action queue to one stage and a set of statuses, and sorts on raw values. A proxy
/// is enough here: a queue holds hundreds of actions, not millions.
class ActionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ActionFilterModel(QObject* parent = nullptr);

    /// Machine name; empty shows every stage.
    void setStage(const QString& stage);
    /// Statuses to show; empty shows all.
    void setStatuses(const QStringList& statuses);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_stage;
    QStringList m_statuses;
};

} // namespace flywheel
