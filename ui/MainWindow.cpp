#include "MainWindow.h"

#include "AboutDialog.h"

#include "AppSettings.h"
#include "DemoStoreBuilder.h"
#include "Dialogs.h"
#include "Icons.h"
#include "PushFolder.h"
#include "StoreTask.h"
#include "TaskProgressWidget.h"
#include "WelcomePage.h"
#include "WorkerPool.h"
#include "importwizard/ImportWizard.h"
#include "report/WeeklyReport.h"
#include "settings/SettingsDialog.h"
#include "settings/UiLanguage.h"
#include "shell/PipelineRunner.h"
#include "shell/StoreShell.h"
#include "shell/WheelStages.h"
#include "flywheel/Push.h"
#include "privacy/AnonymisedCopy.h"
#include "store/Schema.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
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
    , m_pipeline(new PipelineRunner(this))
{
    createActions();
    m_shell = new StoreShell;
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addActions(m_shell->pageActions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    retranslate(); // before the welcome page, which copies the actions' texts

    m_welcome = new WelcomePage({ m_openStoreAction, m_openDemoAction, m_newStoreAction });
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_shell);
    setCentralWidget(m_pages);

    statusBar()->addPermanentWidget(m_progress);
    resize(1280, 800);

    connect(&m_opening, &QFutureWatcher<OpenOutcome>::finished, this, &MainWindow::onOpeningFinished);
    connect(m_welcome, &WelcomePage::storeChosen, this, &MainWindow::openStore);
    connect(m_shell, &StoreShell::loaded, this, &MainWindow::settled);
    connect(m_shell, &StoreShell::overviewChanged, this, &MainWindow::updateActions);
    connect(m_shell, &StoreShell::errorOccurred, this, [this](const QString& message) {
        showError(tr("Could not read the store"), message);
        emit settled();
    });
    connect(m_demo, &DemoStoreBuilder::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_demo, &DemoStoreBuilder::finished, this, &MainWindow::onDemoFinished);
    connect(m_demo, &DemoStoreBuilder::failed, this, &MainWindow::onDemoFailed);
    connect(m_progress, &TaskProgressWidget::cancelRequested, m_demo, &DemoStoreBuilder::cancel);
    connect(m_pipeline, &PipelineRunner::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_pipeline, &PipelineRunner::finished, this, &MainWindow::onPipelineFinished);
    connect(m_progress, &TaskProgressWidget::cancelRequested, m_pipeline, &PipelineRunner::cancel);
    updateActions();
}

// Out of line so the members' types need only be forward-declared in the header.
MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newStoreAction = new QAction(icon(Icon::NewStore), QString(), this);
    m_newStoreAction->setObjectName(QStringLiteral("actionNewStore"));
    m_newStoreAction->setShortcut(QKeySequence::New);
    connect(m_newStoreAction, &QAction::triggered, this, &MainWindow::newStore);

    m_openStoreAction = new QAction(icon(Icon::OpenStore), QString(), this);
    m_openStoreAction->setObjectName(QStringLiteral("actionOpenStore"));
    m_openStoreAction->setShortcut(QKeySequence::Open);
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);

    m_openDemoAction = new QAction(icon(Icon::Demo), QString(), this);
    m_openDemoAction->setObjectName(QStringLiteral("actionOpenDemoStore"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoStore);

    m_importAction = new QAction(icon(Icon::Import), QString(), this);
    m_importAction->setObjectName(QStringLiteral("actionImportFiles"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFiles);

    m_runAction = new QAction(icon(Icon::Run), QString(), this);
    m_runAction->setObjectName(QStringLiteral("actionRunPipeline"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runPipeline);

    m_pushAction = new QAction(icon(Icon::Push), QString(), this);
    m_pushAction->setObjectName(QStringLiteral("actionPush"));
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pushAction, &QAction::triggered, this, &MainWindow::push);

    m_reportAction = new QAction(this);
    m_reportAction->setObjectName(QStringLiteral("actionSaveReport"));
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::saveReport);
    m_anonymiseAction = new QAction(this);
    m_anonymiseAction->setObjectName(QStringLiteral("actionSaveAnonymisedCopy"));
    connect(m_anonymiseAction, &QAction::triggered, this, &MainWindow::saveAnonymisedCopy);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newStoreAction);
    m_fileMenu->addAction(m_openStoreAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_runAction);
    m_fileMenu->addAction(m_pushAction);
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addAction(m_anonymiseAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("storeToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_runAction);
    m_toolBar->addAction(m_pushAction);
}

void MainWindow::retranslate()
{
    m_newStoreAction->setText(tr("&New store…"));
    m_newStoreAction->setStatusTip(tr("Create an empty store file to import your exports into"));
    m_openStoreAction->setText(tr("&Open store…"));
    m_openStoreAction->setStatusTip(tr("Open a store file"));
    m_openDemoAction->setText(tr("Open &demo store"));
    m_openDemoAction->setStatusTip(tr("Open a made-up shop to try Flywheel with (created the first time)"));
    m_importAction->setText(tr("&Import files…"));
    m_importAction->setStatusTip(
        tr("Bring exports from your shop (orders, customers, products, inventory) into this store"));
    m_runAction->setText(tr("&Run"));
    m_runAction->setStatusTip(tr("Analyse the store: every stage of the wheel reads your data and suggests actions"));
    m_pushAction->setText(tr("&Push"));
    m_reportAction->setText(tr("Save weekly &report…"));
    m_reportAction->setStatusTip(
        tr("Save the wheel's figures, momentum, waiting actions and outcomes as a PDF or a web page to read or share"));
    m_anonymiseAction->setText(tr("Save &anonymised copy…"));
    m_anonymiseAction->setStatusTip(tr("Save a copy of this store to share, with your customers' emails, names, "
                                       "phone numbers and addresses taken out"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setStatusTip(tr("Store name, currency, time zone, thresholds and the language of Flywheel"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Flywheel"));
    m_aboutAction->setStatusTip(tr("Version, licence, and where your stores and settings are kept"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_fileMenu->setTitle(tr("&File"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Store"));
    updateWindowTitle();
    updateActions(); // the Push tooltip
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_storePath.isEmpty() ? tr("Flywheel") : tr("%1 — Flywheel").arg(QFileInfo(m_storePath).fileName()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
    m_importWizard = new ImportWizard(m_storePath, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportWizard::storeChanged, m_shell, &StoreShell::refresh);
    connect(m_importWizard, &QDialog::finished, this, &MainWindow::updateActions);
    // open(), not exec(): the window keeps refreshing behind it, and tests need no modal loop.
    m_importWizard->open();
    updateActions();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_storePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::uiLanguageChanged, this, &UiLanguage::apply);
    connect(dialog, &SettingsDialog::storeSettingsChanged, m_shell, &StoreShell::refresh);
    dialog->open();
}

void MainWindow::startOpening(const QString& path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    // Opening creates a new store and upgrades an old one, which can take a while on a big store.
    m_opening.setFuture(QtConcurrent::run(storeWorkers(), [path] {
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
    updateWindowTitle();
    m_shell->setStore(path);
    m_pages->setCurrentWidget(m_shell);
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void MainWindow::updateActions()
{
    // Switching stores mid-import or mid-run would leave the results to a different store.
    const bool importing = m_importWizard && m_importWizard->isVisible();
    const bool writing = importing || m_pipeline->isRunning();
    const bool busy = writing || m_demo->isRunning() || m_opening.isRunning();
    const bool haveStore = !m_storePath.isEmpty();
    m_newStoreAction->setEnabled(!writing);
    m_openStoreAction->setEnabled(!writing);
    m_openDemoAction->setEnabled(!writing && !m_demo->isRunning());
    m_importAction->setEnabled(haveStore && !busy);
    m_runAction->setEnabled(haveStore && !busy);
    // Not while the wheel runs: the report would mix this run's results with the last one's.
    m_reportAction->setEnabled(haveStore && !busy);
    m_anonymiseAction->setEnabled(haveStore && !busy);
    for (QAction* page : m_shell->pageActions())
        page->setEnabled(haveStore);
    const int accepted = haveStore ? m_shell->overview().acceptedActions() : 0;
    m_pushAction->setEnabled(accepted > 0 && !busy);
    m_pushAction->setToolTip(accepted > 0 ? tr("Hand out the %n accepted action(s)", nullptr, accepted)
                                          : tr("Nothing to push yet: accept actions in the action queue first"));
}

void MainWindow::runPipeline()
{
    // The action's state already says whether a store is open and nothing else writes to it.
    if (!m_runAction->isEnabled())
        return;
    if (PipelineRunner::stageNames().isEmpty()) {
        Dialogs::information(this, tr("Nothing to run yet"),
            tr("This version of Flywheel has no analysis stages yet, so there is nothing to run. Your store is "
               "unchanged."));
        emit settled();
        return;
    }
    statusBar()->clearMessage();
    m_progress->begin(tr("Running the wheel…"));
    m_pipeline->start(m_storePath);
    updateActions();
}

void MainWindow::onPipelineFinished()
{
    const Result<QList<StageRun>> runs = m_pipeline->result();
    m_progress->end();
    updateActions();
    // Stages that finished before a failure or a cancel keep their results: show them.
    m_shell->refresh();
    if (!runs) {
        showError(tr("Could not run the wheel"), runs.error().describe());
        return;
    }
    for (const StageRun& run : *runs) {
        if (run.status == QStringLiteral("cancelled")) {
            statusBar()->showMessage(tr("The run was cancelled during %1; the stages before it kept their results.")
                                         .arg(stageTitle(run.stage)),
                kStatusMessageMs);
            return;
        }
        if (run.status != QStringLiteral("ok") && run.status != QStringLiteral("up_to_date")) {
            showError(tr("The %1 stage failed").arg(stageTitle(run.stage)), run.message);
            return;
        }
    }
    std::int64_t totalMs = 0;
    int proposed = 0;
    int ran = 0;
    for (const StageRun& run : *runs) {
        if (run.status != QStringLiteral("ok"))
            continue;
        ++ran;
        totalMs += run.durationMs;
        proposed += run.summary.recommendations;
    }
    const int upToDate = static_cast<int>(runs->size()) - ran;
    QString message = tr("The wheel ran %n stage(s) in %1 s and suggested %2 action(s).", nullptr, ran)
                          .arg(QLocale().toString(totalMs / 1000.0, 'f', 1), QLocale().toString(proposed));
    if (upToDate > 0)
        message += u' ' + tr("%n stage(s) had nothing new to read and kept their results.", nullptr, upToDate);
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::push()
{
    if (!m_pushAction->isEnabled() || m_storePath.isEmpty())
        return;
    const QString folder = pushFolderFor(m_storePath);
    const QString path = m_storePath;
    auto* watcher = new QFutureWatcher<Result<PushReport>>(this);
    connect(watcher, &QFutureWatcher<Result<PushReport>>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        const Result<PushReport> report = watcher->result();
        m_shell->refreshActions();
        if (!report) {
            showError(tr("Could not write the push files"), report.error().describe());
            return;
        }
        QStringList names;
        for (const QString& file : report->files)
            names << QFileInfo(file).fileName();
        QString text = report->files.isEmpty()
            ? tr("No file was written: the accepted actions have nothing to hand out yet.")
            : tr("%n action(s) pushed into %1:", nullptr, report->actions).arg(QDir::toNativeSeparators(folder))
                + QStringLiteral("\n\n") + names.join(u'\n') + QStringLiteral("\n\n")
                + tr("Import the product files in your store's admin (Products › Import, overwriting existing "
                     "products); enter each line of the synonyms file as a synonym group in your search app; "
                     "import the redirects file under URL redirects; send each purchase order to its supplier.");
        if (!report->notes.isEmpty())
            text += QStringLiteral("\n\n") + report->notes.join(u'\n');
        Dialogs::information(this, tr("Push"), text);
    });
    watcher->setFuture(QtConcurrent::run(storeWorkers(), [path, folder]() -> Result<PushReport> {
        auto db = flywheel::openStore(path);
        if (!db)
            return std::unexpected(db.error());
        return pushAccepted(*db, folder);
    }));
}

void MainWindow::saveReport()
{
    if (!m_reportAction->isEnabled())
        return;
    const QString suggestion = QDir(fileDialogFolder())
                                   .filePath(tr("Weekly report %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = Dialogs::saveFileName(
        this, tr("Save weekly report"), suggestion, tr("PDF documents (*.pdf);;Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (!mayReplace(path))
        return;
    statusBar()->showMessage(tr("Writing the weekly report…"));
    const report::ReportOptions options { QLocale(), QDate::currentDate() };
    runOnStore(
        this, m_storePath, [path, options](Database& db) { return report::writeReport(db, path, options); },
        [this, path](const Result<void>& written) {
            if (!written) {
                statusBar()->clearMessage();
                showError(tr("Could not save the weekly report"), written.error().describe());
                return;
            }
            statusBar()->showMessage(tr("Saved the weekly report to %1").arg(QDir::toNativeSeparators(path)),
                kStatusMessageMs);
        });
}

void MainWindow::saveAnonymisedCopy()
{
    if (!m_anonymiseAction->isEnabled())
        return;
    const QString title = tr("Could not save the anonymised copy");
    const QString suggestion = QDir(fileDialogFolder())
                                   .filePath(tr("%1 anonymised.%2").arg(QFileInfo(m_storePath).completeBaseName(), kStoreSuffix));
    QString path = Dialogs::saveFileName(this, tr("Save anonymised copy"), suggestion, tr("Flywheel stores (*.flywheel)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + kStoreSuffix;
    if (QFileInfo(path) == QFileInfo(m_storePath)) {
        showError(title, tr("That is the open store itself. Choose another name for the copy."));
        return;
    }
    if (!mayReplace(path))
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(title, tr("Could not replace %1. Close it in any program using it, or choose another name.")
                             .arg(QDir::toNativeSeparators(path)));
        return;
    }
    statusBar()->showMessage(tr("Writing the anonymised copy…"));
    runOnStore(
        this, m_storePath, [path](Database& db) { return privacy::writeAnonymisedCopy(db, path); },
        [this, title](const Result<privacy::AnonymisedCopy>& copy) {
            statusBar()->clearMessage();
            if (!copy) {
                showError(title, copy.error().describe());
                return;
            }
            Dialogs::information(this, tr("Anonymised copy saved"),
                tr("Saved %1.\n\nIts %n customer(s) have made-up emails and names; phone numbers, cities and "
                   "postcodes are left out, and emails, long numbers and customers' names are taken out of "
                   "tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy "
                   "opens in Flywheel like any store.\n\nRead a few tickets in it before you share it: a street "
                   "address a customer typed into a message stays.",
                    nullptr, int(copy->customers))
                    .arg(QDir::toNativeSeparators(copy->path)));
        });
}

bool MainWindow::mayReplace(const QString& path)
{
    if (!QFileInfo::exists(path))
        return true;
    return Dialogs::question(this, tr("Replace file?"),
               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

StoreBrowser* MainWindow::browser() const
{
    return m_shell->browser();
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
