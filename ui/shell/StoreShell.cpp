#include "shell/StoreShell.h"

#include "StoreBrowser.h"
#include "StoreTask.h"
#include "panels/GenericStagePanel.h"
#include "panels/Panels.h"
#include "queue/ActionQueuePage.h"
#include "shell/HomePage.h"
#include "shell/PipelineRunner.h"
#include "shell/Sidebar.h"
#include "shell/WheelStages.h"
#include "wheel/WheelView.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QMetaMethod>
#include <QStackedWidget>

namespace flywheel {

StoreShell::StoreShell(QWidget* parent)
    : QWidget(parent)
    , m_sidebar(new Sidebar)
    , m_pages(new QStackedWidget)
    , m_home(new HomePage)
    , m_queue(new ActionQueuePage)
    , m_browser(new StoreBrowser)
{
    setObjectName(QStringLiteral("storeShell"));
    m_sidebar->addPage(icon(Icon::Home), tr("Home"));
    m_pages->addWidget(m_home);
    m_sidebar->addSeparator();
    addStagePages();
    m_sidebar->addSeparator();
    m_sidebar->addPage(icon(Icon::Queue), tr("Action queue"));
    m_pages->addWidget(m_queue);
    m_sidebar->addPage(icon(Icon::Data), tr("Data"));
    m_pages->addWidget(m_browser);
    m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    createPageActions();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto* divider = new QFrame;
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);

    connect(m_sidebar, &Sidebar::pageSelected, this, &StoreShell::showPage);
    connect(wheel(), &WheelView::stageActivated, this, &StoreShell::showStage);
    connect(wheel(), &WheelView::queueActivated, this, [this] { showQueue(); });
    connect(m_queue, &ActionQueuePage::actionsChanged, this, &StoreShell::refreshActions);
    connect(m_queue, &ActionQueuePage::errorOccurred, this, &StoreShell::errorOccurred);
    connect(m_browser, &StoreBrowser::errorOccurred, this, [this](const QString& message) {
        onPageLoaded(kDataPage);
        emit errorOccurred(message);
    });
    m_sidebar->setCurrentPage(kHomePage);
    connectLoadedSignals();
}

void StoreShell::connectLoadedSignals()
{
    // Stage panels are free to have a loaded() signal or not, so it is looked up by name: the one
    // place the shell connects through the meta-object system rather than member pointers.
    const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("onPageSignalledLoaded()"));
    for (int page = 0; page < kPageCount; ++page) {
        QWidget* widget = pageWidget(page);
        const int signal = widget->metaObject()->indexOfSignal("loaded()");
        if (signal >= 0)
            connect(widget, widget->metaObject()->method(signal), this, slot);
    }
}

void StoreShell::onPageSignalledLoaded()
{
    const int page = m_pages->indexOf(qobject_cast<QWidget*>(sender()));
    if (page >= 0)
        onPageLoaded(page);
}

void StoreShell::addStagePages()
{
    QHash<QString, StagePanel*> own;
    for (const StagePanelFactory& factory : stagePanelFactories()) {
        StagePanel* panel = factory(nullptr);
        own.insert(panel->stageName(), panel);
    }
    const QStringList available = PipelineRunner::stageNames();
    for (const WheelStage& stage : wheelStages()) {
        StagePanel* panel = own.take(stage.name);
        if (!panel) {
            auto* generic = new GenericStagePanel(stage, available.contains(stage.name));
            connect(generic, &GenericStagePanel::queueRequested, this, &StoreShell::showQueue);
            panel = generic;
        }
        connect(panel, &StagePanel::actionsChanged, this, &StoreShell::refreshActions);
        m_stagePanels.append(panel);
        m_sidebar->addPage(icon(stage.icon), stage.title);
        m_pages->addWidget(panel);
    }
    // A panel for a stage the wheel does not know would have no place to be shown.
    qDeleteAll(own);
    wheel()->setAvailableStages(available);
}

void StoreShell::createPageActions()
{
    const QStringList names { QStringLiteral("Home"), QStringLiteral("Service"), QStringLiteral("Content"),
        QStringLiteral("Search"), QStringLiteral("Merchandising"), QStringLiteral("Inventory"),
        QStringLiteral("Promotions"), QStringLiteral("Queue"), QStringLiteral("Data") };
    for (int page = 0; page < kPageCount; ++page) {
        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("actionGo%1").arg(names.at(page)));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }
    m_pageActions[kHomePage]->setText(tr("&Home"));
    m_pageActions[kHomePage]->setIcon(icon(Icon::Home));
    const QList<WheelStage> stages = wheelStages();
    for (int i = 0; i < stages.size(); ++i) {
        m_pageActions[kFirstStagePage + i]->setText(stages.at(i).title);
        m_pageActions[kFirstStagePage + i]->setIcon(icon(stages.at(i).icon));
    }
    m_pageActions[kQueuePage]->setText(tr("&Action queue"));
    m_pageActions[kQueuePage]->setIcon(icon(Icon::Queue));
    m_pageActions[kDataPage]->setText(tr("&Data"));
    m_pageActions[kDataPage]->setIcon(icon(Icon::Data));
}

WheelView* StoreShell::wheel() const
{
    return m_home->wheel();
}

void StoreShell::setStore(const QString& storePath)
{
    m_storePath = storePath;
    m_overview = {};
    m_overview.storePath = storePath;
    m_home->setOverview(m_overview);
    if (currentPage() != kHomePage)
        showPage(kHomePage);
    refresh();
}

void StoreShell::refresh()
{
    for (int page = 0; page < kPageCount; ++page)
        m_stalePages.insert(page);
    m_stalePages.remove(kHomePage); // the overview is the home page's read
    loadOverview();
    loadPageIfStale(currentPage());
}

void StoreShell::refreshActions()
{
    // Counts changed: the overview, the queue and the stage pages (which list open actions).
    for (int page = kFirstStagePage; page <= kQueuePage; ++page)
        m_stalePages.insert(page);
    loadOverview();
    loadPageIfStale(currentPage());
}

void StoreShell::loadOverview()
{
    const int generation = ++m_overviewGeneration;
    if (m_storePath.isEmpty())
        return;
    m_overviewLoading = true;
    runOnStore(
        this, m_storePath, [](Database& db) { return readStoreOverview(db); },
        [this, generation](const Result<StoreOverview>& overview) {
            if (generation != m_overviewGeneration)
                return;
            m_overviewLoading = false;
            if (overview) {
                m_overview = *overview;
                m_home->setOverview(m_overview);
                for (int i = 0; i < m_stagePanels.size(); ++i)
                    m_sidebar->setBadge(kFirstStagePage + i, m_overview.stages.value(i).openActions());
                m_sidebar->setBadge(kQueuePage, m_overview.openActions());
                m_sidebar->viewport()->update();
                emit overviewChanged(m_overview);
            } else {
                emit errorOccurred(overview.error().describe());
            }
            emitLoadedWhenDone();
        });
}

void StoreShell::loadPageIfStale(int page)
{
    if (!m_stalePages.contains(page))
        return;
    m_stalePages.remove(page);
    // Pages that say when they are done are waited for; others load without being tracked.
    if (pageWidget(page)->metaObject()->indexOfSignal("loaded()") >= 0)
        m_loadingPages.insert(page);
    if (page == kQueuePage) {
        m_queue->showStore(m_storePath);
    } else if (page == kDataPage) {
        if (m_browser->storePath() == m_storePath)
            m_browser->refresh();
        else
            m_browser->setStore(m_storePath);
    } else if (page >= kFirstStagePage && page < kFirstStagePage + m_stagePanels.size()) {
        m_stagePanels.at(page - kFirstStagePage)->showStore(m_storePath);
    }
}

void StoreShell::onPageLoaded(int page)
{
    m_loadingPages.remove(page);
    emitLoadedWhenDone();
}

void StoreShell::emitLoadedWhenDone()
{
    if (!m_overviewLoading && !m_loadingPages.contains(currentPage()))
        emit loaded();
}

void StoreShell::showPage(int page)
{
    if (page < 0 || page >= kPageCount)
        return;
    if (m_pages->currentIndex() != page) {
        m_pages->setCurrentIndex(page);
        m_sidebar->setCurrentPage(page);
        emit currentPageChanged(page);
    }
    if (!m_storePath.isEmpty())
        loadPageIfStale(page);
}

void StoreShell::showStage(const QString& stage)
{
    const QList<WheelStage> stages = wheelStages();
    for (int i = 0; i < stages.size(); ++i) {
        if (stages.at(i).name == stage)
            showPage(kFirstStagePage + i);
    }
}

void StoreShell::showQueue(const QString& stage)
{
    m_queue->setStageFilter(stage);
    showPage(kQueuePage);
}

int StoreShell::currentPage() const
{
    return m_pages->currentIndex();
}

QWidget* StoreShell::pageWidget(int page) const
{
    return m_pages->widget(page);
}

StagePanel* StoreShell::stagePanel(const QString& stage) const
{
    for (StagePanel* panel : m_stagePanels) {
        if (panel->stageName() == stage)
            return panel;
    }
    return nullptr;
}

} // namespace flywheel
