#include "queue/ActionFilterModel.h"

#include "queue/ActionQueueModel.h"

namespace flywheel {

ActionFilterModel::ActionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionQueueModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ActionFilterModel::setStage(const QString& stage)
{
    m_stage = stage;
    invalidateFilter();
}

void ActionFilterModel::setStatuses(const QStringList& statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_stage.isEmpty() && index.data(ActionQueueModel::StageRole).toString() != m_stage)
        return false;
    return m_statuses.isEmpty() || m_statuses.contains(index.data(ActionQueueModel::StatusRole).toString());
}

} // namespace flywheel
