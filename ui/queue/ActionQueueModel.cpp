#include "queue/ActionQueueModel.h"

#include "StoreTask.h"
#include "shell/Formatting.h"
#include "shell/WheelStages.h"

#include <QLocale>

namespace flywheel {

ActionQueueModel::ActionQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActionQueueModel::load(const QString& storePath)
{
    const int generation = ++m_generation;
    if (storePath.isEmpty()) {
        beginResetModel();
        m_actions.clear();
        endResetModel();
        m_loading = false;
        emit loaded();
        return;
    }
    m_loading = true;
    runOnStore(
        this, storePath, [](Database& db) { return RecommendationQueue(db).list(); },
        [this, generation](const Result<QList<Recommendation>>& actions) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!actions) {
                emit failed(actions.error().describe());
                return;
            }
            beginResetModel();
            m_actions = *actions;
            endResetModel();
            emit loaded();
        });
}

const Recommendation* ActionQueueModel::find(std::int64_t id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_actions.at(row);
}

int ActionQueueModel::rowOf(std::int64_t id) const
{
    for (int row = 0; row < m_actions.size(); ++row) {
        if (m_actions.at(row).id == id)
            return row;
    }
    return -1;
}

QString ActionQueueModel::statusTitle(const QString& status)
{
    if (status == QStringLiteral("new"))
        return tr("New");
    if (status == QStringLiteral("accepted"))
        return tr("Accepted");
    if (status == QStringLiteral("dismissed"))
        return tr("Dismissed");
    if (status == QStringLiteral("pushed"))
        return tr("Pushed");
    if (status == QStringLiteral("measured"))
        return tr("Measured");
    return status;
}

int ActionQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recommendation& action = m_actions.at(index.row());
    switch (role) {
    case IdRole:
        return QVariant::fromValue(static_cast<qlonglong>(action.id));
    case StageRole:
        return action.stage;
    case StatusRole:
        return action.status;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? action.title : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    switch (index.column()) {
    case TitleColumn:
        return action.title;
    case StageColumn:
        return raw ? QVariant(action.stage) : QVariant(stageTitle(action.stage));
    case StatusColumn:
        return raw ? QVariant(action.status) : QVariant(statusTitle(action.status));
    case ConfidenceColumn:
        if (raw)
            return action.confidence ? QVariant(*action.confidence) : QVariant(-1.0);
        return action.confidence ? QVariant(tr("%1%").arg(QLocale().toString(*action.confidence * 100, 'f', 0)))
                                 : QVariant();
    case UpdatedColumn:
        return raw ? QVariant(action.updatedAt) : QVariant(Formatting::relativeTime(action.updatedAt));
    default:
        return {};
    }
}

QVariant ActionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case StageColumn:
        return tr("Stage");
    case StatusColumn:
        return tr("Status");
    case ConfidenceColumn:
        return tr("Confidence");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace flywheel
