#pragma once

#include "shell/StoreOverview.h"

#include <QSet>
#include <QWidget>

class QAction;
class QStackedWidget;

namespace flywheel {

class ActionQueuePage;
class HomePage;
class Sidebar;
class StagePanel;
class StoreBrowser;
class WheelView;

/// Everything shown for an open store: the sidebar and its pages (home with the wheel, one page
/// per stage, the action queue, the data browser). Pages read the store in the background and
/// only when shown: opening a store reads the overview and the page in view, and a page read
/// before an import or a run is read again when it is next shown.
///
/// A page that declares a `loaded()` signal (the stage panels may) tells the shell when its read
/// is done, which is what loaded() waits for.
class StoreShell : public QWidget {
    Q_OBJECT

public:
    static constexpr int kHomePage = 0;
    static constexpr int kFirstStagePage = 1; ///< the six stages follow, in wheel order
    static constexpr int kQueuePage = 7;
    static constexpr int kDataPage = 8;
    static constexpr int kPageCount = 9;

    explicit StoreShell(QWidget* parent = nullptr);

    /// Shows the store at `storePath` (empty = none), starting on the home page.
    void setStore(const QString& storePath);
    [[nodiscard]] QString storePath() const { return m_storePath; }
    /// Reads everything again (after an import or a pipeline run).
    void refresh();
    /// Reads the overview and the action queue again (after a decision on an action).
    void refreshActions();

    void showPage(int page);
    void showStage(const QString& stage);
    /// The action queue, narrowed to `stage` when given.
    void showQueue(const QString& stage = {});
    [[nodiscard]] int currentPage() const;
    [[nodiscard]] QWidget* pageWidget(int page) const;
    [[nodiscard]] StagePanel* stagePanel(const QString& stage) const;

    [[nodiscard]] HomePage* home() const { return m_home; }
    [[nodiscard]] WheelView* wheel() const;
    [[nodiscard]] ActionQueuePage* queue() const { return m_queue; }
    [[nodiscard]] StoreBrowser* browser() const { return m_browser; }
    [[nodiscard]] Sidebar* sidebar() const { return m_sidebar; }
    [[nodiscard]] const StoreOverview& overview() const { return m_overview; }
    /// One action per page, with Ctrl+1 … Ctrl+9, for the window's menu.
    [[nodiscard]] const QList<QAction*>& pageActions() const { return m_pageActions; }

signals:
    /// The overview was read again: counts, figures, open and accepted actions.
    void overviewChanged(const flywheel::StoreOverview& overview);
    /// The overview and the page in view are read: nothing is left to read for what is shown.
    void loaded();
    void currentPageChanged(int page);
    /// Reading the store failed; `message` is for the owner.
    void errorOccurred(const QString& message);

private slots:
    void onPageSignalledLoaded();

private:
    void addStagePages();
    void connectLoadedSignals();
    void createPageActions();
    void loadOverview();
    /// Reads the page again when it was read before the store last changed (or never).
    void loadPageIfStale(int page);
    void onPageLoaded(int page);
    void emitLoadedWhenDone();

    Sidebar* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    HomePage* m_home = nullptr;
    ActionQueuePage* m_queue = nullptr;
    StoreBrowser* m_browser = nullptr;
    QList<StagePanel*> m_stagePanels; ///< in wheel order
    QList<QAction*> m_pageActions;

    QString m_storePath;
    StoreOverview m_overview;
    QSet<int> m_stalePages;
    QSet<int> m_loadingPages;
    bool m_overviewLoading = false;
    int m_overviewGeneration = 0;
};

} // namespace flywheel
