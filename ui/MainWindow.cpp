#include "MainWindow.h"

#include "AppSettings.h"
#include "DemoStoreBuilder.h"
#include "Dialogs.h"
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
    fileMenu->addAction(m_quitAction);

    QToolBar* toolBar = addToolBar(tr("Store"));
    toolBar->setObjectName(QStringLiteral("storeToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newStoreAction);
    toolBar->addAction(m_openStoreAction);
    toolBar->addAction(m_openDemoAction);
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
    m_openDemoAction->setEnabled(false);
    statusBar()->clearMessage();
    m_progress->begin(tr("Creating the demo store: writing a made-up shop's exports and importing them…"));
    m_demo->start(path);
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
}

void MainWindow::onOpeningFinished()
{
    const OpenOutcome outcome = m_opening.result();
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
    m_openDemoAction->setEnabled(true);
    openStore(path);
}

void MainWindow::onDemoFailed(const Error& error)
{
    m_progress->end();
    m_openDemoAction->setEnabled(true);
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
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
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
