#include "AboutDialog.h"
#include "ChartTheme.h"
#include "DemoStoreBuilder.h"
#include "Dialogs.h"
#include "Icons.h"
#include "MainWindow.h"
#include "StoreBrowser.h"
#include "TestSupport.h"
#include "Version.h"
#include "WorkerPool.h"
#include "demo/DemoStore.h"
#include "flywheel/Recommendation.h"
#include "panels/StagePanel.h"
#include "queue/ActionQueueModel.h"
#include "queue/ActionQueuePage.h"
#include "shell/PipelineRunner.h"
#include "shell/Sidebar.h"
#include "shell/StoreShell.h"
#include "shell/WheelStages.h"
#include "store/Schema.h"
#include "wheel/WheelHub.h"
#include "wheel/WheelNode.h"
#include "wheel/WheelView.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QValueAxis>

#include <optional>

using flywheel::MainWindow;
using flywheel::Recommendation;
using flywheel::RecommendationQueue;
using flywheel::StoreShell;

namespace {
// Opening and reading a small store takes well under a second; the margin is for loaded machines.
constexpr int kTimeoutMs = 60000;
// Building the small demo store and running every stage on it.
constexpr int kDemoTimeoutMs = 10 * 60 * 1000;

Recommendation sampleAction(const QString& stage, const QString& subject, const QString& title)
{
    Recommendation action;
    action.stage = stage;
    action.kind = QStringLiteral("add-attribute");
    action.subjectKey = subject;
    action.title = title;
    action.detail = QStringLiteral("Customers ask about the fabric weight; the product page does not say.");
    action.evidence = QJsonArray { QJsonObject { { QStringLiteral("table"), QStringLiteral("tickets") },
                                       { QStringLiteral("ids"), QJsonArray { 3, 9, 14 } } },
        QJsonObject { { QStringLiteral("signal"), QStringLiteral("content_gaps") }, { QStringLiteral("id"), 7 } } };
    action.evidenceStrength = 3;
    action.expectedEffect = QStringLiteral("Fewer questions about this product");
    action.metric = QStringLiteral("Tickets about the product");
    action.windowDays = 28;
    action.confidence = 0.8;
    return action;
}
} // namespace

class TestShell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wheelNavigatesByClick();
    void wheelNavigatesByKeyboard();
    void pageShortcutsAndSidebar();
    void stagesWithoutPanelGetGenericPage();
    void acceptDismissAndReopen();
    void pushWritesTheAcceptedActions();
    void runOnEmptyStoreCompletes();
    void runOnDemoStoreCompletes();
    void iconsFollowThePalette();
    void chartThemeFollowsThePalette();
    void aboutShowsVersionFilesAndLicence();
    void anonymisedCopyAndReportAskBeforeReplacing();
    void screenshots();

private:
    /// Opens `path` in `window`, shows it and waits until it is read.
    void openAndSettle(MainWindow& window, const QString& path);
    /// Waits until every background read started so far has been delivered.
    static void waitUntilQuiet();
    /// The small demo store, built once per run.
    [[nodiscard]] QString demoStore();

    std::optional<flywheel::test::TempStore> m_store;
    QTemporaryDir m_demoDir;
    QString m_demoStore;
};

void TestShell::initTestCase()
{
    // Keeps "last store" settings out of the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    flywheel::Dialogs::setNonInteractive(true);
}

void TestShell::init()
{
    m_store.emplace();
}

void TestShell::cleanup()
{
    waitUntilQuiet();
    m_store.reset();
}

void TestShell::openAndSettle(MainWindow& window, const QString& path)
{
    QSignalSpy settled(&window, &MainWindow::settled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, kTimeoutMs);
    QCOMPARE(window.storePath(), QFileInfo(path).absoluteFilePath());
}

void TestShell::waitUntilQuiet()
{
    // A finished worker's result arrives as an event; two idle looks in a row mean it was handled.
    for (int quietLooks = 0; quietLooks < 2;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        quietLooks = QThreadPool::globalInstance()->activeThreadCount() == 0
                && flywheel::storeWorkers()->activeThreadCount() == 0
            ? quietLooks + 1
            : 0;
        if (quietLooks == 0)
            QTest::qWait(10);
    }
}

QString TestShell::demoStore()
{
    if (!m_demoStore.isEmpty())
        return m_demoStore;
    const QString path = QDir(m_demoDir.path()).filePath(QStringLiteral("demo-store.flywheel"));
    auto db = flywheel::openStore(path);
    if (!db)
        return {};
    flywheel::demo::DemoOptions options;
    options.outDir = QDir(m_demoDir.path()).filePath(QStringLiteral("files"));
    if (!flywheel::demo::createDemoStore(*db, options))
        return {};
    m_demoStore = path;
    return m_demoStore;
}

void TestShell::wheelNavigatesByClick()
{
    MainWindow window;
    openAndSettle(window, m_store->path());
    StoreShell* shell = window.shell();
    flywheel::WheelView* wheel = shell->wheel();
    QCOMPARE(shell->currentPage(), StoreShell::kHomePage);
    QCOMPARE(wheel->nodes().size(), 6);

    const QList<flywheel::WheelStage> stages = flywheel::wheelStages();
    auto* home = window.findChild<QAction*>(QStringLiteral("actionGoHome"));
    QVERIFY(home);
    for (int i = 0; i < stages.size(); ++i) {
        // Clicks where the wheel drew the node: the geometry must lead to that stage's panel.
        flywheel::WheelNode* node = wheel->node(stages[i].name);
        QVERIFY(node);
        const QPoint centre = node->geometry().center();
        QWidget* hit = wheel->childAt(centre);
        QCOMPARE(hit, static_cast<QWidget*>(node));
        QTest::mouseClick(hit, Qt::LeftButton, {}, hit->mapFrom(wheel, centre));
        QCOMPARE(shell->currentPage(), StoreShell::kFirstStagePage + i);
        auto* panel = qobject_cast<flywheel::StagePanel*>(shell->pageWidget(shell->currentPage()));
        QVERIFY(panel);
        QCOMPARE(panel->stageName(), stages[i].name);
        QCOMPARE(shell->sidebar()->currentPage(), StoreShell::kFirstStagePage + i);
        home->trigger();
        QCOMPARE(shell->currentPage(), StoreShell::kHomePage);
    }

    // The hub in the middle leads to the action queue.
    QTest::mouseClick(wheel->hub(), Qt::LeftButton);
    QCOMPARE(shell->currentPage(), StoreShell::kQueuePage);
}

void TestShell::wheelNavigatesByKeyboard()
{
    MainWindow window;
    openAndSettle(window, m_store->path());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    StoreShell* shell = window.shell();
    const QList<flywheel::WheelNode*>& nodes = shell->wheel()->nodes();

    nodes.first()->setFocus();
    QVERIFY(nodes.first()->hasFocus());
    // Arrow keys go round the wheel, both ways.
    QTest::keyClick(nodes.first(), Qt::Key_Left);
    QVERIFY(nodes.last()->hasFocus());
    QTest::keyClick(nodes.last(), Qt::Key_Right);
    QVERIFY(nodes.first()->hasFocus());

    for (int i = 0; i < nodes.size(); ++i) {
        flywheel::WheelNode* node = nodes[i];
        QVERIFY2(!node->accessibleName().isEmpty(), qPrintable(node->stageName()));
        // A stage this build cannot run says so rather than asking for Run.
        const bool runnable = flywheel::PipelineRunner::stageNames().contains(node->stageName());
        QVERIFY2(node->accessibleDescription().contains(
                     runnable ? QStringLiteral("Not run yet") : QStringLiteral("cannot run this stage yet")),
            qPrintable(node->accessibleDescription()));
        node->setFocus();
        QTest::keyClick(node, Qt::Key_Return);
        QCOMPARE(shell->currentPage(), StoreShell::kFirstStagePage + i);
        // Ctrl+1 is Home from anywhere in the window.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(shell->currentPage(), StoreShell::kHomePage);
        if (i + 1 < nodes.size()) {
            node->setFocus();
            QTest::keyClick(node, Qt::Key_Right);
            QVERIFY(nodes[i + 1]->hasFocus());
        }
    }
}

void TestShell::pageShortcutsAndSidebar()
{
    MainWindow window;
    openAndSettle(window, m_store->path());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    StoreShell* shell = window.shell();

    for (int page = 0; page < StoreShell::kPageCount; ++page) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(shell->currentPage(), page);
    }
    QVERIFY(qobject_cast<flywheel::StoreBrowser*>(shell->pageWidget(StoreShell::kDataPage)));
    QVERIFY(qobject_cast<flywheel::ActionQueuePage*>(shell->pageWidget(StoreShell::kQueuePage)));

    // A click on the sidebar row opens its page.
    flywheel::Sidebar* sidebar = shell->sidebar();
    const QRect row = sidebar->pageRect(StoreShell::kQueuePage);
    QVERIFY(row.isValid());
    shell->showPage(StoreShell::kHomePage);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(shell->currentPage(), StoreShell::kQueuePage);
}

void TestShell::stagesWithoutPanelGetGenericPage()
{
    MainWindow window;
    openAndSettle(window, m_store->path());
    StoreShell* shell = window.shell();
    for (const flywheel::WheelStage& stage : flywheel::wheelStages()) {
        flywheel::StagePanel* panel = shell->stagePanel(stage.name);
        QVERIFY2(panel, qPrintable(stage.name));
        QCOMPARE(panel->stageName(), stage.name);
        QSignalSpy loaded(shell, &StoreShell::loaded);
        shell->showStage(stage.name);
        QCOMPARE(shell->pageWidget(shell->currentPage()), static_cast<QWidget*>(panel));
        waitUntilQuiet();
        // A generic page says how the stage last ran; a stage's own panel is free to differ.
        if (auto* lastRun = panel->findChild<QLabel*>(QStringLiteral("stageLastRun"))) {
            QTRY_VERIFY_WITH_TIMEOUT(!lastRun->text().isEmpty(), kTimeoutMs);
            QVERIFY(loaded.count() >= 1);
        }
    }
}

void TestShell::acceptDismissAndReopen()
{
    RecommendationQueue queue(m_store->db());
    QVERIFY(queue.propose(sampleAction(QStringLiteral("content"), QStringLiteral("product:1"),
        QStringLiteral("Add the fabric weight to the Linen Shirt"))));
    QVERIFY(queue.propose(sampleAction(
        QStringLiteral("content"), QStringLiteral("product:2"), QStringLiteral("Add the fit to the Trail Pants"))));
    QVERIFY(queue.propose(sampleAction(
        QStringLiteral("search"), QStringLiteral("query:linen"), QStringLiteral("Add the synonym linnen → linen"))));

    MainWindow window;
    openAndSettle(window, m_store->path());
    StoreShell* shell = window.shell();
    QCOMPARE(shell->overview().openActions(), 3);
    QCOMPARE(shell->sidebar()->badge(StoreShell::kQueuePage), 3);
    QCOMPARE(shell->wheel()->node(QStringLiteral("content"))->status().openActions(), 2);
    auto* push = window.findChild<QAction*>(QStringLiteral("actionPush"));
    QVERIFY(push);
    QVERIFY(!push->isEnabled()); // nothing accepted yet

    QSignalSpy loaded(shell, &StoreShell::loaded);
    QTest::mouseClick(shell->wheel()->hub(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeoutMs);
    flywheel::ActionQueuePage* page = shell->queue();
    QCOMPARE(page->view()->model()->rowCount(), 3);

    const auto id = [this](const QString& subject) {
        return m_store->value("SELECT id FROM recommendations WHERE subject_key = '" + subject.toStdString() + "'")
            .toLongLong();
    };
    const auto status = [this](std::int64_t actionId) {
        return m_store->value("SELECT status FROM recommendations WHERE id = " + std::to_string(actionId));
    };

    // Accept: the detail pane shows the evidence; the decision is saved and the counts follow.
    QVERIFY(page->selectAction(id(QStringLiteral("product:1"))));
    const auto* evidence = page->findChild<QLabel*>(QStringLiteral("actionEvidence"));
    QVERIFY(evidence);
    QVERIFY2(evidence->text().contains(QStringLiteral("Rows of Tickets")), qPrintable(evidence->text()));
    QVERIFY2(evidence->text().contains(QStringLiteral("#3, #9, #14")), qPrintable(evidence->text()));
    QVERIFY2(evidence->text().contains(QStringLiteral("Content gaps")), qPrintable(evidence->text()));
    auto* accept = page->findChild<QPushButton*>(QStringLiteral("acceptActionButton"));
    QVERIFY(accept && accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status(id(QStringLiteral("product:1"))), QStringLiteral("accepted"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shell->overview().acceptedActions(), 1, kTimeoutMs);
    QVERIFY(push->isEnabled());

    // Dismiss: it leaves the open list, the wheel counts one fewer.
    QVERIFY(page->selectAction(id(QStringLiteral("query:linen"))));
    auto* dismiss = page->findChild<QPushButton*>(QStringLiteral("dismissActionButton"));
    QVERIFY(dismiss && dismiss->isEnabled());
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status(id(QStringLiteral("query:linen"))), QStringLiteral("dismissed"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), 2, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shell->overview().openActions(), 2, kTimeoutMs);
    QCOMPARE(shell->wheel()->node(QStringLiteral("search"))->status().openActions(), 0);
    QCOMPARE(shell->sidebar()->badge(StoreShell::kQueuePage), 2);

    // Reopen it from the dismissed ones.
    auto* statusFilter = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(statusFilter);
    statusFilter->setCurrentIndex(statusFilter->findText(QStringLiteral("Dismissed")));
    QCOMPARE(page->view()->model()->rowCount(), 1);
    QVERIFY(page->selectAction(id(QStringLiteral("query:linen"))));
    auto* reopen = page->findChild<QPushButton*>(QStringLiteral("reopenActionButton"));
    QVERIFY(reopen && reopen->isVisible() && reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status(id(QStringLiteral("query:linen"))), QStringLiteral("new"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shell->overview().openActions(), 3, kTimeoutMs);

    // The stage filter narrows to one stage.
    statusFilter->setCurrentIndex(0);
    page->setStageFilter(QStringLiteral("content"));
    QCOMPARE(page->view()->model()->rowCount(), 2);
}

void TestShell::pushWritesTheAcceptedActions()
{
    RecommendationQueue queue(m_store->db());
    Recommendation synonym = sampleAction(QStringLiteral("search"), QStringLiteral("synonyms:jumper, sweater"),
                                          QStringLiteral("Add the synonym group “jumper, sweater”"));
    synonym.kind = QStringLiteral("add-synonym");
    QVERIFY(queue.propose(synonym));
    QVERIFY(queue.setStatus(m_store->db().lastInsertRowId(), QStringLiteral("accepted")));

    MainWindow window;
    openAndSettle(window, m_store->path());
    auto* push = window.findChild<QAction*>(QStringLiteral("actionPush"));
    QVERIFY(push && push->isEnabled());
    push->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->value("SELECT status FROM recommendations"), QStringLiteral("pushed"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(flywheel::Dialogs::lastMessage().contains(QStringLiteral("search-synonyms-")), kTimeoutMs);
    const QFileInfo store(m_store->path());
    QDir folder(store.dir().filePath(store.completeBaseName() + QStringLiteral("-push")));
    const QStringList lists = folder.entryList({QStringLiteral("search-synonyms-*.txt")});
    QCOMPARE(lists.size(), 1);
    QFile list(folder.filePath(lists.first()));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(list.readAll().trimmed(), QByteArray("jumper, sweater"));
}

void TestShell::runOnEmptyStoreCompletes()
{
    MainWindow window;
    openAndSettle(window, m_store->path());
    auto* run = window.findChild<QAction*>(QStringLiteral("actionRunPipeline"));
    QVERIFY(run && run->isEnabled());
    QCOMPARE(run->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));

    QSignalSpy settled(&window, &MainWindow::settled);
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1 && run->isEnabled(), kDemoTimeoutMs);
    waitUntilQuiet();
    const QStringList stages = flywheel::PipelineRunner::stageNames();
    if (stages.isEmpty()) {
        QVERIFY2(flywheel::Dialogs::lastMessage().contains(QStringLiteral("nothing to run")),
            qPrintable(flywheel::Dialogs::lastMessage()));
        QCOMPARE(m_store->count("stage_runs"), qint64(0));
    } else {
        QCOMPARE(m_store->count("stage_runs"), qint64(stages.size()));
        QCOMPARE(m_store->value("SELECT count(*) FROM stage_runs WHERE status <> 'ok'"), QStringLiteral("0"));
    }
}

void TestShell::runOnDemoStoreCompletes()
{
    const QString store = demoStore();
    QVERIFY(!store.isEmpty());
    MainWindow window;
    openAndSettle(window, store);
    auto* run = window.findChild<QAction*>(QStringLiteral("actionRunPipeline"));
    QVERIFY(run && run->isEnabled());
    QSignalSpy settled(&window, &MainWindow::settled);
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1 && run->isEnabled(), kDemoTimeoutMs);
    waitUntilQuiet();

    auto db = flywheel::openStore(store);
    QVERIFY(db.has_value());
    const QStringList stages = flywheel::PipelineRunner::stageNames();
    auto runs = db->scalar("SELECT count(*) FROM stage_runs WHERE status = 'ok'");
    QVERIFY(runs.has_value());
    QCOMPARE(*runs, std::int64_t(stages.size()));
    // Every stage that ran shows as run on the wheel.
    for (const QString& stage : stages) {
        if (flywheel::WheelNode* node = window.shell()->wheel()->node(stage))
            QVERIFY2(node->status().hasOkRun, qPrintable(stage));
    }
}

void TestShell::iconsFollowThePalette()
{
    const QPalette original = QApplication::palette();
    QPalette palette = original;
    palette.setColor(QPalette::WindowText, QColor(0x12, 0x34, 0x56));
    QApplication::setPalette(palette);
    for (int which = 0; which <= static_cast<int>(flywheel::Icon::Demo); ++which) {
        const QImage image = flywheel::icon(static_cast<flywheel::Icon>(which)).pixmap(QSize(32, 32)).toImage();
        QVERIFY2(!image.isNull(), qPrintable(QString::number(which)));
        // Some pixel is drawn, and drawn in the palette's text color.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x) {
                const QColor pixel = image.pixelColor(x, y);
                drawn = pixel.alpha() == 255 && pixel.rgb() == QColor(0x12, 0x34, 0x56).rgb();
            }
        }
        QVERIFY2(drawn, qPrintable(QString::number(which)));
    }
    QApplication::setPalette(original);
}

void TestShell::chartThemeFollowsThePalette()
{
    QChart chart;
    auto* axis = new QValueAxis;
    chart.addAxis(axis, Qt::AlignLeft);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    flywheel::applyChartTheme(&chart, dark);
    QCOMPARE(axis->labelsColor(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(chart.backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
    QCOMPARE(chart.titleBrush().color(), QColor(0xee, 0xee, 0xee));
}

void TestShell::aboutShowsVersionFilesAndLicence()
{
    MainWindow window;
    QAction* about = window.findChild<QAction*>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    QCOMPARE(about->menuRole(), QAction::AboutRole);

    flywheel::AboutDialog dialog;
    const QString version = dialog.findChild<QLabel*>(QStringLiteral("aboutVersion"))->text();
    QVERIFY2(version.contains(QString::fromLatin1(flywheel::kVersion)), qPrintable(version));
    QVERIFY2(version.contains(QString::fromLatin1(flywheel::kRevision)), qPrintable(version));
    const QString files = dialog.findChild<QLabel*>(QStringLiteral("aboutFiles"))->text();
    const QString demoFolder = QFileInfo(flywheel::DemoStoreBuilder::defaultStorePath()).absolutePath();
    QVERIFY2(files.contains(QDir::toNativeSeparators(demoFolder)), qPrintable(files));

    auto* licence = dialog.findChild<QPlainTextEdit*>(QStringLiteral("aboutLicence"));
    dialog.show();
    QVERIFY(!licence->isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("aboutShowLicence")), Qt::LeftButton);
    QVERIFY(licence->isVisible());
    QVERIFY(licence->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(licence->toPlainText().contains(QStringLiteral("Version 3")));
}

void TestShell::anonymisedCopyAndReportAskBeforeReplacing()
{
    QVERIFY(m_store->db().exec("INSERT INTO customers (customer_key, platform, email, first_name, last_name, phone, "
                               "batch_id, last_batch_id) VALUES ('ann@example.com', 'shopify', 'ann@example.com', "
                               "'Ann', 'Lee', '+1 555 010 0199', 0, 0)"));
    MainWindow window;
    openAndSettle(window, m_store->path());
    auto* anonymise = window.findChild<QAction*>(QStringLiteral("actionSaveAnonymisedCopy"));
    QVERIFY(anonymise && anonymise->isEnabled());
    const QString copyPath = QDir(m_store->dir()).filePath(QStringLiteral("to share"));

    flywheel::Dialogs::setNextSaveFileName(copyPath);
    anonymise->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flywheel::Dialogs::lastMessage().contains(QStringLiteral("Saved")), kTimeoutMs);
    const QString written = copyPath + QStringLiteral(".flywheel");
    QVERIFY2(flywheel::Dialogs::lastMessage().contains(QDir::toNativeSeparators(written)),
        qPrintable(flywheel::Dialogs::lastMessage()));
    {
        auto copy = flywheel::Database::open(written, flywheel::Database::Mode::ReadOnly);
        QVERIFY(copy);
        auto row = copy->prepare("SELECT email, first_name, phone FROM customers");
        QVERIFY(row && row->step().value_or(false));
        QVERIFY(row->text(0).endsWith(QStringLiteral("@example.invalid")));
        QVERIFY(row->text(1).startsWith(QStringLiteral("Name-")));
        QVERIFY(row->isNull(2));
    }

    // Saving over it again, and a report over a file of the owner's, both ask first; "No" keeps the file.
    const auto bytes = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = bytes(written);
    flywheel::Dialogs::setNextSaveFileName(written);
    flywheel::Dialogs::setNextAnswer(QMessageBox::No);
    anonymise->trigger();
    QVERIFY2(flywheel::Dialogs::lastMessage().contains(QStringLiteral("already exists")),
        qPrintable(flywheel::Dialogs::lastMessage()));
    waitUntilQuiet();
    QCOMPARE(bytes(written), before);

    const QString notes = QDir(m_store->dir()).filePath(QStringLiteral("notes.html"));
    QFile own(notes);
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("mine");
    own.close();
    flywheel::Dialogs::setNextSaveFileName(notes);
    flywheel::Dialogs::setNextAnswer(QMessageBox::No);
    window.findChild<QAction*>(QStringLiteral("actionSaveReport"))->trigger();
    waitUntilQuiet();
    QCOMPARE(bytes(notes), QByteArray("mine"));
}

void TestShell::screenshots()
{
    const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set FLYWHEEL_SCREENSHOTS to a folder to write a picture of every screen there");
    QVERIFY(QDir().mkpath(folder));
    const QDir out(folder);
    const auto save = [&out](QWidget& window, const QString& name) {
        waitUntilQuiet();
        QVERIFY2(window.grab().save(out.filePath(name + QStringLiteral(".png"))), qPrintable(name));
    };

    {
        MainWindow welcome;
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        save(welcome, QStringLiteral("welcome"));
        flywheel::AboutDialog about(&welcome);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        save(about, QStringLiteral("about"));
    }

    const QString store = demoStore();
    QVERIFY(!store.isEmpty());
    MainWindow window;
    openAndSettle(window, store);
    StoreShell* shell = window.shell();
    if (!flywheel::PipelineRunner::stageNames().isEmpty()) {
        QSignalSpy settled(&window, &MainWindow::settled);
        window.findChild<QAction*>(QStringLiteral("actionRunPipeline"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, kDemoTimeoutMs);
    }
    save(window, QStringLiteral("home"));

    const QList<flywheel::WheelStage> stages = flywheel::wheelStages();
    for (int i = 0; i < stages.size(); ++i) {
        shell->showStage(stages[i].name);
        save(window, QStringLiteral("panel-%1-%2").arg(i + 1).arg(stages[i].name));
    }
    shell->showQueue();
    if (shell->queue()->view()->model()->rowCount() > 0)
        shell->queue()->view()->selectRow(0);
    save(window, QStringLiteral("queue"));
    shell->showPage(StoreShell::kDataPage);
    waitUntilQuiet();
    QTRY_VERIFY_WITH_TIMEOUT(shell->browser()->selectTable(QStringLiteral("orders")), kTimeoutMs);
    save(window, QStringLiteral("data"));

    shell->showPage(StoreShell::kHomePage);
    window.resize(1920, 1080);
    save(window, QStringLiteral("home-1920x1080"));
    window.resize(1024, 640);
    save(window, QStringLiteral("home-1024x640"));
    window.resize(1280, 800);

    // The same home screen in a dark palette, as a desktop in dark mode gives it.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    save(window, QStringLiteral("home-dark"));
    shell->showQueue();
    save(window, QStringLiteral("queue-dark"));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestShell)
#include "test_shell.moc"
