#pragma once

#include "Error.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <optional>

class QStackedWidget;

namespace flywheel {

class DemoStoreBuilder;
class ImportRunner;
struct ImportReport;
class StoreBrowser;
class TaskProgressWidget;
class WelcomePage;

/// The desktop window: a welcome page until a store is open, then the store browser. Opening,
/// creating and migrating stores and building the demo store run on worker threads; the window
/// only shows progress and results. Actions carry objectNames (actionNewStore, actionOpenStore,
/// actionOpenDemoStore, actionImportFiles, actionQuit) so tests can trigger them.
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
    /// Asks for export files and imports them into the open store in the background, then shows
    /// what each file did in an ImportSummaryDialog (opened without blocking).
    void importFiles();

    [[nodiscard]] QString storePath() const { return m_storePath; }
    [[nodiscard]] StoreBrowser* browser() const { return m_browser; }

signals:
    /// Nothing is being read or built any more: the store is shown in full, or it failed.
    void settled();

private:
    struct OpenOutcome {
        QString path;
        std::optional<Error> error;
    };

    void createActions();
    void startOpening(const QString& path);
    void onOpeningFinished();
    void onDemoFinished(const QString& path);
    void onDemoFailed(const Error& error);
    void onImportFileStarted(int index, int count, const QString& file);
    void onImportFinished(const QList<ImportReport>& reports);
    /// Enables what makes sense now: nothing that changes the store while it is being written.
    void updateActions();
    void showStore(const QString& path);
    void showError(const QString& title, const QString& message);
    [[nodiscard]] QString fileDialogFolder() const;

    QAction* m_newStoreAction = nullptr;
    QAction* m_openStoreAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_quitAction = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    StoreBrowser* m_browser = nullptr;
    TaskProgressWidget* m_progress = nullptr;
    DemoStoreBuilder* m_demo = nullptr;
    ImportRunner* m_import = nullptr;
    QFutureWatcher<OpenOutcome> m_opening;
    QString m_storePath;
};

} // namespace flywheel
