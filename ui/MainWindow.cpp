#include "MainWindow.h"

#include "AppSettings.h"
#include "DemoStoreBuilder.h"
#include "Dialogs.h"
#include "ImportRunner.h"
#include "ImportSummaryDialog.h"
#include "StoreBrowser.h"
#include "TaskProgressWidget.h"
#include "WelcomePage.h"
#include "store/Schema.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrentRun>

namespace flywheel {

namespace {
constexpr int kStatusMessageMs = 5000;
const QString kStoreSuffix = QStringLiteral("flywheel");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_progress(new TaskProgressWidget)
    , m_demo(new DemoStoreBuilder(this))
    , m_import(new ImportRunner(this))
{
    setWindowTitle(tr("Flywheel"));
    createActions();

    m_welcome = new WelcomePage({ m_openStoreAction, m_openDemoAction, m_newStoreAction });
    m_browser = new StoreBrowser;
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_browser);
    setCentralWidget(m_pages);

    statusBar()->addPermanentWidget(m_progress);
    resize(1180, 740);

    connect(&m_opening, &QFutureWatcher<OpenOutcome>::finished, this, &MainWindow::onOpeningFinished);
    connect(m_browser, &StoreBrowser::loaded, this, &MainWindow::settled);
    connect(m_browser, &StoreBrowser::errorOccurred, this, [this](const QString& message) {
        showError(tr("Could not read the store"), message);
        emit settled();
    });
    connect(m_demo, &DemoStoreBuilder::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_demo, &DemoStoreBuilder::finished, this, &MainWindow::onDemoFinished);
    connect(m_demo, &DemoStoreBuilder::failed, this, &MainWindow::onDemoFailed);
    connect(m_progress, &TaskProgressWidget::cancelRequested, m_demo, &DemoStoreBuilder::cancel);
    connect(m_import, &ImportRunner::fileStarted, this, &MainWindow::onImportFileStarted);
    connect(m_import, &ImportRunner::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_import, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    connect(m_progress, &TaskProgressWidget::cancelRequested, m_import, &ImportRunner::cancel);
    updateActions();
}

// Out of line so the members' types need only be forward-declared in the header.
MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newStoreAction = new QAction(tr("&New store…"), this);
    m_newStoreAction->setObjectName(QStringLiteral("actionNewStore"));
    m_newStoreAction->setShortcut(QKeySequence::New);
    m_newStoreAction->setStatusTip(tr("Create an empty store file to import your exports into"));
    connect(m_newStoreAction, &QAction::triggered, this, &MainWindow::newStore);

    m_openStoreAction = new QAction(tr("&Open store…"), this);
    m_openStoreAction->setObjectName(QStringLiteral("actionOpenStore"));
    m_openStoreAction->setShortcut(QKeySequence::Open);
    m_openStoreAction->setStatusTip(tr("Open a store file"));
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);

    m_openDemoAction = new QAction(tr("Open &demo store"), this);
    m_openDemoAction->setObjectName(QStringLiteral("actionOpenDemoStore"));
    m_openDemoAction->setStatusTip(tr("Open a made-up shop to try Flywheel with (created the first time)"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoStore);

    m_importAction = new QAction(tr("&Import files…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImportFiles"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Bring exports from your shop (orders, customers, products, inventory) into this store"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFiles);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newStoreAction);
    fileMenu->addAction(m_openStoreAction);
    fileMenu->addAction(m_openDemoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QToolBar* toolBar = addToolBar(tr("Store"));
    toolBar->setObjectName(QStringLiteral("storeToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newStoreAction);
    toolBar->addAction(m_openStoreAction);
    toolBar->addAction(m_openDemoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_importAction);
}

void MainWindow::openStore(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        showError(tr("Could not open the store"),
            tr("There is no store file at %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        emit settled();
        return;
    }
    startOpening(file.absoluteFilePath());
}

void MainWindow::openDemoStore()
{
    const QString path = DemoStoreBuilder::defaultStorePath();
    if (QFileInfo::exists(path)) {
        openStore(path);
        return;
    }
    if (m_demo->isRunning())
        return;
    statusBar()->clearMessage();
    m_progress->begin(tr("Creating the demo store: writing a made-up shop's exports and importing them…"));
    m_demo->start(path);
    updateActions();
}

void MainWindow::newStore()
{
    QString path = Dialogs::saveFileName(this, tr("New store"), fileDialogFolder(), tr("Flywheel stores (*.flywheel)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + kStoreSuffix;
    if (QFileInfo::exists(path)) {
        // A new store never replaces a file: that file may be another store full of data.
        showError(tr("Could not create the store"),
            tr("%1 already exists. Choose another name, or open it with Open store….")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    startOpening(QFileInfo(path).absoluteFilePath());
}

void MainWindow::chooseStore()
{
    const QString path = Dialogs::openFileName(
        this, tr("Open store"), fileDialogFolder(), tr("Flywheel stores (*.flywheel);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::importFiles()
{
    // The action's state already says whether a store is open and nothing else writes to it.
    if (!m_importAction->isEnabled())
        return;
    QString folder = AppSettings::lastImportFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QStringList files = Dialogs::openFileNames(this, tr("Import files"), folder,
        tr("Exports from your shop (*.csv *.tsv *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    statusBar()->clearMessage();
    m_progress->begin(tr("Importing…"));
    m_import->start(m_storePath, files);
    updateActions();
}

void MainWindow::onImportFileStarted(int index, int count, const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    m_progress->begin(count == 1 ? tr("Importing %1…").arg(name)
                                 : tr("Importing %1 (file %2 of %3)…").arg(name).arg(index + 1).arg(count));
}

void MainWindow::onImportFinished(const QList<ImportReport>& reports)
{
    m_progress->end();
    updateActions();
    // Even a cancelled or refused import may have added files before it stopped.
    m_browser->refresh();
    auto* summary = new ImportSummaryDialog(reports, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the window keeps refreshing behind it, and tests need no modal loop.
    summary->open();
}

void MainWindow::startOpening(const QString& path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    // Opening creates a new store and upgrades an old one, which can take a while on a big store.
    m_opening.setFuture(QtConcurrent::run([path] {
        OpenOutcome outcome { path, std::nullopt };
        if (auto db = flywheel::openStore(path); !db)
            outcome.error = db.error();
        return outcome;
    }));
    updateActions();
}

void MainWindow::onOpeningFinished()
{
    const OpenOutcome outcome = m_opening.result();
    updateActions();
    if (outcome.error) {
        statusBar()->clearMessage();
        showError(tr("Could not open the store"), outcome.error->describe());
        emit settled();
        return;
    }
    showStore(outcome.path);
}

void MainWindow::onDemoFinished(const QString& path)
{
    m_progress->end();
    updateActions();
    openStore(path);
}

void MainWindow::onDemoFailed(const Error& error)
{
    m_progress->end();
    updateActions();
    if (error.code == ErrorCode::Cancelled)
        statusBar()->showMessage(error.describe(), kStatusMessageMs);
    else
        showError(tr("Could not create the demo store"), error.describe());
    emit settled();
}

void MainWindow::showStore(const QString& path)
{
    m_storePath = path;
    AppSettings::setLastStore(path);
    setWindowTitle(tr("%1 — Flywheel").arg(QFileInfo(path).fileName()));
    m_browser->setStore(path);
    m_pages->setCurrentWidget(m_browser);
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void MainWindow::updateActions()
{
    const bool importing = m_import->isRunning();
    const bool busy = importing || m_demo->isRunning() || m_opening.isRunning();
    // Switching stores mid-import would leave the summary and the refresh to a different store.
    m_newStoreAction->setEnabled(!importing);
    m_openStoreAction->setEnabled(!importing);
    m_openDemoAction->setEnabled(!importing && !m_demo->isRunning());
    m_importAction->setEnabled(!m_storePath.isEmpty() && !busy);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    Dialogs::critical(this, title, message);
}

QString MainWindow::fileDialogFolder() const
{
    if (!m_storePath.isEmpty())
        return QFileInfo(m_storePath).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace flywheel
