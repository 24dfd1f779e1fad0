#pragma once

#include "Error.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QMenu;
class QStackedWidget;
class QToolBar;

namespace flywheel {

class DemoStoreBuilder;
class ImportWizard;
class PipelineRunner;
class StoreBrowser;
class StoreShell;
class TaskProgressWidget;
class WelcomePage;

/// The desktop window: a welcome page until a store is open, then the store's shell (sidebar,
/// home with the wheel, stage pages, action queue, data browser). Opening, creating and migrating
/// stores, building the demo store, importing and running the wheel run on worker threads; the
/// window only shows progress and results. Actions carry objectNames (actionNewStore,
/// actionOpenStore, actionOpenDemoStore, actionImportFiles, actionRunPipeline, actionPush,
/// actionSaveReport, actionSaveAnonymisedCopy, actionSettings, actionQuit, and actionGo… per page) so tests can trigger them.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the existing store file at `path` (upgrading its format when needed).
    void openStore(const QString& path);
    /// Opens the demo store, creating it first when it does not exist yet.
    void openDemoStore();
    /// Asks for a file name and creates an empty store there.
    void newStore();
    /// Asks which store file to open.
    void chooseStore();
    /// Opens the import wizard on the open store (without blocking); the window reloads whenever
    /// the wizard's import or undo changes the store.
    void importFiles();
    /// Opens the settings: the store's own (when one is open) and the app's.
    void openSettings();
    /// Runs every stage of the wheel on the open store in the background, then reads it again.
    void runPipeline();
    /// Hands out the accepted actions.
    void push();
    /// Asks where to save the weekly report (PDF or HTML) and writes it in the background.
    void saveReport();
    /// Asks where to save a copy of the store with its customers anonymised, and writes it in the
    /// background.
    void saveAnonymisedCopy();

    [[nodiscard]] QString storePath() const { return m_storePath; }
    [[nodiscard]] StoreShell* shell() const { return m_shell; }
    [[nodiscard]] StoreBrowser* browser() const;

signals:
    /// Nothing is being read or built any more: the store's overview and the page in view are
    /// shown, or opening failed.
    void settled();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct OpenOutcome {
        QString path;
        std::optional<Error> error;
    };

    void createActions();
    /// Sets every text the window owns in the current language (at start and on a language switch).
    void retranslate();
    void updateWindowTitle();
    void startOpening(const QString& path);
    void onOpeningFinished();
    void onDemoFinished(const QString& path);
    void onDemoFailed(const Error& error);
    void onPipelineFinished();
    /// Enables what makes sense now: nothing that changes the store while it is being written.
    void updateActions();
    void showStore(const QString& path);
    void showError(const QString& title, const QString& message);
    /// True when nothing is at `path`, or the owner agreed to replace what is.
    [[nodiscard]] bool mayReplace(const QString& path);
    [[nodiscard]] QString fileDialogFolder() const;

    QAction* m_newStoreAction = nullptr;
    QAction* m_openStoreAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_pushAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_anonymiseAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    StoreShell* m_shell = nullptr;
    TaskProgressWidget* m_progress = nullptr;
    DemoStoreBuilder* m_demo = nullptr;
    QPointer<ImportWizard> m_importWizard;
    PipelineRunner* m_pipeline = nullptr;
    QFutureWatcher<OpenOutcome> m_opening;
    QString m_storePath;
};

} // namespace flywheel
