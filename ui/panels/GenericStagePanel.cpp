#include "panels/GenericStagePanel.h"

#include "StoreTask.h"
#include "queue/ActionQueueModel.h"
#include "shell/Formatting.h"
#include "shell/StoreOverview.h"
#include "wheel/WheelPalette.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace flywheel {

struct GenericStagePanel::Contents {
    StageStatus status;
    QList<Recommendation> openActions;
};

GenericStagePanel::GenericStagePanel(const WheelStage& stage, bool available, QWidget* parent)
    : StagePanel(parent)
    , m_stage(stage)
    , m_available(available)
    , m_lastRun(new QLabel)
    , m_actionsHeading(heading(tr("Open actions"), 1.05))
    , m_actions(new QListWidget)
    , m_openQueue(new QPushButton(icon(Icon::Queue), tr("Open in the action queue")))
{
    setObjectName(QStringLiteral("stagePanel_%1").arg(stage.name));

    auto* badge = new QLabel;
    const int side = fontMetrics().height() * 2;
    badge->setPixmap(
        iconPixmap(stage.icon, QSize(side, side), WheelPalette::accent(stage.name, palette()), devicePixelRatioF()));
    auto* title = heading(stage.title, 1.6);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(badge);
    titleRow->addWidget(title);
    titleRow->addStretch();

    auto* description = new QLabel(stage.description);
    description->setWordWrap(true);

    m_lastRun->setObjectName(QStringLiteral("stageLastRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextFormat(Qt::RichText);
    m_actions->setObjectName(QStringLiteral("stageActions"));
    // As tall as its actions, up to a dozen; the queue is the place for long lists.
    m_actions->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_actions->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_actions->setMaximumHeight(m_actions->fontMetrics().height() * 18);
    m_actions->setAccessibleName(tr("Open actions of %1").arg(stage.title));
    m_openQueue->setObjectName(QStringLiteral("openStageQueueButton"));
    connect(m_openQueue, &QPushButton::clicked, this, [this] { emit queueRequested(m_stage.name); });
    connect(m_actions, &QListWidget::itemActivated, this, [this] { emit queueRequested(m_stage.name); });

    auto* lastRunBox = new QGroupBox(tr("Last run"));
    auto* lastRunLayout = new QVBoxLayout(lastRunBox);
    lastRunLayout->addWidget(m_lastRun);

    auto* actionsBox = new QGroupBox;
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actionsHeading);
    actionsLayout->addWidget(m_actions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openQueue);
    buttons->addStretch();
    actionsLayout->addLayout(buttons);

    // A readable column rather than lines stretched across a wide window.
    auto* column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(description);
    layout->addSpacing(6);
    layout->addWidget(lastRunBox);
    layout->addWidget(actionsBox);
    layout->addStretch();

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->addWidget(column, 1);
    outer->addStretch(0);
}

void GenericStagePanel::showStore(const QString& storePath)
{
    if (storePath.isEmpty()) {
        forgetReads();
        showContents({});
        return;
    }
    const QString stage = m_stage.name;
    readStore(
        storePath,
        [stage](Database& db) -> Result<Contents> {
            auto status = readStageStatus(db, stage);
            if (!status)
                return std::unexpected(status.error());
            auto actions = RecommendationQueue(db).list(stage);
            if (!actions)
                return std::unexpected(actions.error());
            Contents contents { *status, {} };
            for (const Recommendation& action : std::as_const(*actions)) {
                if (action.status == QStringLiteral("new") || action.status == QStringLiteral("accepted"))
                    contents.openActions.append(action);
            }
            return contents;
        },
        [this](const Contents& contents) { showContents(contents); },
        [this](const QString& reason) {
            m_lastRun->setText(tr("Could not read this stage: %1").arg(reason).toHtmlEscaped());
            emit loaded();
        });
}

void GenericStagePanel::showContents(const Contents& contents)
{
    const StageStatus& status = contents.status;
    QString text;
    if (!m_available && status.lastStatus.isEmpty()) {
        text = tr("This version of Flywheel cannot run the %1 stage yet.").arg(m_stage.title).toHtmlEscaped();
    } else if (status.lastStatus.isEmpty()) {
        text = tr("Not run yet. Press Run in the toolbar to analyse the store.").toHtmlEscaped();
    } else {
        const QString when = Formatting::relativeTime(status.lastFinishedAt);
        const QString duration = QLocale().toString(status.lastDurationMs / 1000.0, 'f', 1);
        if (status.lastStatus == QStringLiteral("ok"))
            text = tr("Ran %1, in %2 s.").arg(when, duration).toHtmlEscaped();
        else if (status.lastStatus == QStringLiteral("failed"))
            text = tr("The last run (%1) failed.").arg(when).toHtmlEscaped();
        else if (status.lastStatus == QStringLiteral("cancelled"))
            text = tr("The last run (%1) was cancelled.").arg(when).toHtmlEscaped();
        else
            text = tr("Running…").toHtmlEscaped();
        if (!status.lastMessage.isEmpty())
            text += QStringLiteral("<br>") + status.lastMessage.toHtmlEscaped();
        if (status.figure) {
            text += QStringLiteral("<br><b>%1</b> %2")
                        .arg(Formatting::figure(*status.figure, status.figureLabel).toHtmlEscaped(),
                            Formatting::figureCaption(status.figureLabel).toHtmlEscaped());
            const QString delta = Formatting::delta(status.figure, status.previousFigure, status.figureLabel);
            if (!delta.isEmpty())
                text += QStringLiteral(" (%1)").arg(tr("%1 since the previous run").arg(delta).toHtmlEscaped());
        }
        if (!status.handoff.isEmpty())
            text += QStringLiteral("<br>") + tr("Passed on: %1").arg(status.handoff).toHtmlEscaped();
    }
    m_lastRun->setText(text);

    m_actions->clear();
    for (const Recommendation& action : contents.openActions) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  ·  %2").arg(action.title, ActionQueueModel::statusTitle(action.status)), m_actions);
        item->setToolTip(action.detail);
    }
    m_actionsHeading->setText(contents.openActions.isEmpty()
            ? tr("Open actions: none")
            : tr("Open actions (%1)").arg(QLocale().toString(contents.openActions.size())));
    m_actions->setVisible(!contents.openActions.isEmpty());
    emit loaded();
}

} // namespace flywheel
