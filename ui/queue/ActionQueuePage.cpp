#include "queue/ActionQueuePage.h"

#include "StoreTask.h"
#include "queue/ActionDetailPane.h"
#include "queue/ActionFilterModel.h"
#include "queue/ActionQueueModel.h"
#include "shell/WheelStages.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace flywheel {

namespace {
const QStringList kOpenStatuses { QStringLiteral("new"), QStringLiteral("accepted") };
} // namespace

ActionQueuePage::ActionQueuePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ActionQueueModel(this))
    , m_filter(new ActionFilterModel(this))
    , m_stage(new QComboBox)
    , m_status(new QComboBox)
    , m_count(new QLabel)
    , m_view(new QTableView)
    , m_listStack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_detail(new ActionDetailPane)
{
    setObjectName(QStringLiteral("actionQueuePage"));
    m_filter->setSourceModel(m_model);

    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("All stages"), QString());
    for (const WheelStage& stage : wheelStages())
        m_stage->addItem(icon(stage.icon), stage.title, stage.name);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Open (new and accepted)"), kOpenStatuses);
    for (const QString& status : { QStringLiteral("new"), QStringLiteral("accepted"), QStringLiteral("dismissed"),
             QStringLiteral("pushed"), QStringLiteral("measured") })
        m_status->addItem(ActionQueueModel::statusTitle(status), QStringList { status });
    m_status->addItem(tr("Every status"), QStringList());

    m_count->setObjectName(QStringLiteral("actionCount"));

    m_view->setObjectName(QStringLiteral("actionTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionQueueModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ActionQueueModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Actions"));

    m_empty->setObjectName(QStringLiteral("actionQueueEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Stage:")));
    filters->addWidget(m_stage);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Status:")));
    filters->addWidget(m_status);
    filters->addStretch();
    filters->addWidget(m_count);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &ActionQueuePage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionQueuePage::applyFilters);
    connect(m_model, &ActionQueueModel::loaded, this, &ActionQueuePage::onLoaded);
    connect(m_model, &ActionQueueModel::failed, this, [this](const QString& message) {
        m_detail->setBusy(false);
        emit errorOccurred(message);
        emit loaded();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionQueuePage::onSelectionChanged);
    connect(m_detail, &ActionDetailPane::statusRequested, this, &ActionQueuePage::changeStatus);
    applyFilters();
}

void ActionQueuePage::showStore(const QString& storePath)
{
    if (storePath != m_storePath) {
        m_keepSelected = 0;
        m_keepRow = -1;
    } else {
        m_keepSelected = selectedId();
    }
    m_storePath = storePath;
    m_model->load(storePath);
}

void ActionQueuePage::setStageFilter(const QString& stage)
{
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
}

bool ActionQueuePage::selectAction(std::int64_t id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ActionQueuePage::applyFilters()
{
    m_filter->setStage(m_stage->currentData().toString());
    m_filter->setStatuses(m_status->currentData().toStringList());
    updateCount();
    onSelectionChanged();
}

void ActionQueuePage::onLoaded()
{
    // After a decision: the same action if the filters still show it, else the one now in its place.
    if (!(m_keepSelected != 0 && selectAction(m_keepSelected)) && m_keepRow >= 0 && m_filter->rowCount() > 0) {
        const QModelIndex index = m_filter->index(std::min(m_keepRow, m_filter->rowCount() - 1), 0);
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // Something is always shown in the detail pane when there is anything to show.
    if (selectedId() == 0 && m_filter->rowCount() > 0)
        m_view->selectRow(0);
    m_keepSelected = 0;
    m_keepRow = -1;
    m_view->resizeColumnToContents(ActionQueueModel::StageColumn);
    m_view->resizeColumnToContents(ActionQueueModel::StatusColumn);
    m_view->resizeColumnToContents(ActionQueueModel::ConfidenceColumn);
    m_view->resizeColumnToContents(ActionQueueModel::UpdatedColumn);
    m_detail->setBusy(false);
    updateCount();
    onSelectionChanged();
    emit loaded();
}

std::int64_t ActionQueuePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ActionQueueModel::IdRole).toLongLong();
}

void ActionQueuePage::onSelectionChanged()
{
    const Recommendation* action = m_model->find(selectedId());
    m_detail->setAction(action ? std::optional(*action) : std::nullopt);
    if (!action || m_storePath.isEmpty())
        return;
    runOnStore(
        this, m_storePath,
        [shown = *action](Database& db) -> Result<ActionDetailPane::Trace> {
            auto steps = lineage(db, shown);
            if (!steps)
                return std::unexpected(steps.error());
            auto outcome = outcomes::loadOutcome(db, shown.id);
            if (!outcome)
                return std::unexpected(outcome.error());
            return ActionDetailPane::Trace { shown.id, *steps, *outcome };
        },
        [this](const Result<ActionDetailPane::Trace>& trace) {
            // A trace that cannot be read leaves the action shown without it.
            if (trace)
                m_detail->setTrace(*trace);
        });
}

void ActionQueuePage::changeStatus(std::int64_t id, const QString& status)
{
    if (m_storePath.isEmpty())
        return;
    m_keepSelected = id;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_keepRow = rows.isEmpty() ? -1 : rows.constFirst().row();
    m_detail->setBusy(true);
    runOnStore(
        this, m_storePath, [id, status](Database& db) { return RecommendationQueue(db).setStatus(id, status); },
        [this](const Result<void>& done) {
            if (!done) {
                m_detail->setBusy(false);
                emit errorOccurred(done.error().describe());
                return;
            }
            m_model->load(m_storePath);
            emit actionsChanged();
        });
}

void ActionQueuePage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total ? tr("%n action(s)", nullptr, total) : tr("%1 of %n action(s)", nullptr, total).arg(shown));
    if (total == 0) {
        m_empty->setText(tr("No actions yet. Press Run: each stage of the wheel adds the actions it finds here."));
    } else {
        m_empty->setText(tr("No action matches these filters."));
    }
    m_listStack->setCurrentWidget(shown == 0 ? static_cast<QWidget*>(m_empty) : m_view);
}

} // namespace flywheel
