#include "Dialogs.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "StoreBrowser.h"
#include "TestSupport.h"
#include "importwizard/ImportPlan.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/SummaryPage.h"
#include "shell/StoreShell.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using flywheel::Dialogs;
using flywheel::ImportReport;
using flywheel::ImportWizard;
using flywheel::MainWindow;

namespace {
// Importing the samples takes well under a second; the margin is for loaded CI machines.
constexpr int kImportTimeoutMs = 60000;
} // namespace

class TestImportFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void disabledWithoutStore();
    void importsFilesAndShowsSummary();
    void cancelKeepsFinishedFiles();

private:
    [[nodiscard]] QString writeJunkFile() const;
    [[nodiscard]] QStringList sampleFiles() const;

    std::optional<flywheel::test::TempStore> m_store;
};

void TestImportFiles::initTestCase()
{
    // Keeps the "last store" and "last import folder" settings out of the developer's own.
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportFiles::init()
{
    m_store.emplace();
}

void TestImportFiles::cleanup()
{
    m_store.reset();
}

QString TestImportFiles::writeJunkFile() const
{
    const QString path = QDir(m_store->dir()).filePath(QStringLiteral("shopping-list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("milk,eggs\n2,12\n");
    return path;
}

QStringList TestImportFiles::sampleFiles() const
{
    return { flywheel::test::sharedPath(QStringLiteral("samples/shopify/orders_export_devstore.csv")),
        flywheel::test::sharedPath(QStringLiteral("samples/shopify/customers_export_fictional.csv")) };
}

void TestImportFiles::disabledWithoutStore()
{
    MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("actionImportFiles"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    QVERIFY(!action->isEnabled());
}

void TestImportFiles::importsFilesAndShowsSummary()
{
    FLYWHEEL_REQUIRE_SHARED();
    const QString junk = writeJunkFile();
    QVERIFY(!junk.isEmpty());

    MainWindow window;
    QSignalSpy settled(&window, &MainWindow::settled);
    window.openStore(m_store->path());
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, kImportTimeoutMs);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionImportFiles"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    // The action opens the import wizard; the pages themselves are tested in test_importwizard.
    action->trigger();
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(!action->isEnabled()); // nothing else may write while the wizard is open
    Dialogs::setNextOpenFileNames(sampleFiles() << junk);
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("addFilesButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->plan()->isReading(), kImportTimeoutMs);
    // The shopping list is not an export: remove it rather than choose its columns.
    auto* list = wizard->findChild<QTreeWidget*>(QStringLiteral("importFileList"));
    list->topLevelItem(2)->setSelected(true);
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("removeFileButton")), Qt::LeftButton);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPageId), kImportTimeoutMs);
    QCOMPARE(m_store->count("orders"), qint64(19));
    const QList<ImportReport>& reports = wizard->summaryPage()->reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports[1].rejected, 1);

    // The browser counts the new rows without reopening the store.
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, kImportTimeoutMs);
    window.shell()->showPage(flywheel::StoreShell::kDataPage);
    QTRY_VERIFY_WITH_TIMEOUT(window.browser()->selectTable(QStringLiteral("orders")), kImportTimeoutMs);
    const auto* tables = window.browser()->findChild<QListWidget*>(QStringLiteral("tableList"));
    QVERIFY(tables);
    QVERIFY2(tables->currentItem()->text().endsWith(QStringLiteral("19")), qPrintable(tables->currentItem()->text()));

    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.findChild<ImportWizard*>());
    QVERIFY(action->isEnabled());
}

void TestImportFiles::cancelKeepsFinishedFiles()
{
    FLYWHEEL_REQUIRE_SHARED();
    flywheel::ImportRunner runner;
    QSignalSpy finished(&runner, &flywheel::ImportRunner::finished);
    // Cancels once the first file is done; the second may still finish before the worker looks.
    connect(&runner, &flywheel::ImportRunner::fileStarted, &runner, [&runner](int index) {
        if (index == 1)
            runner.cancel();
    });
    runner.start(m_store->path(), sampleFiles());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeoutMs);
    QVERIFY(!runner.isRunning());

    const auto reports = finished.constFirst().constFirst().value<QList<ImportReport>>();
    QCOMPARE(reports.size(), 2);
    QVERIFY(!reports[0].refused());
    QCOMPARE(m_store->count("orders"), qint64(19));
    // The customers file is in whole or not at all.
    if (reports[1].refused()) {
        QCOMPARE(reports[1].error->code, flywheel::ErrorCode::Cancelled);
        QCOMPARE(m_store->count("import_batches"), qint64(1));
    } else {
        QCOMPARE(m_store->count("import_batches"), qint64(2));
    }
}

QTEST_MAIN(TestImportFiles)
#include "test_importfiles.moc"
