#include "Dialogs.h"
#include "ImportRunner.h"
#include "ImportSummaryDialog.h"
#include "MainWindow.h"
#include "StoreBrowser.h"
#include "TestSupport.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <optional>

using flywheel::Dialogs;
using flywheel::ImportReport;
using flywheel::ImportSummaryDialog;
using flywheel::MainWindow;

namespace {
// Importing the samples takes well under a second; the margin is for loaded CI machines.
constexpr int kImportTimeoutMs = 60000;
} // namespace

class TestImportFiles : public QObject {
    Q_OBJECT

public slots:
    /// Stands in for the desktop's file manager: "Show rejected rows" must not launch anything.
    void recordOpenedUrl(const QUrl& url) { m_openedUrls << url; }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void disabledWithoutStore();
    void importsFilesAndShowsSummary();
    void cancelKeepsFinishedFiles();

private:
    [[nodiscard]] QString writeJunkFile() const;
    [[nodiscard]] QStringList sampleFiles() const;
    [[nodiscard]] static QString labelTexts(const QWidget* parent, const QString& objectName);

    std::optional<flywheel::test::TempStore> m_store;
    QList<QUrl> m_openedUrls;
};

void TestImportFiles::initTestCase()
{
    // Keeps the "last store" and "last import folder" settings out of the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");
}

void TestImportFiles::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestImportFiles::init()
{
    m_store.emplace();
    m_openedUrls.clear();
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

QString TestImportFiles::labelTexts(const QWidget* parent, const QString& objectName)
{
    QStringList texts;
    for (const QLabel* label : parent->findChildren<QLabel*>(objectName))
        texts << label->text();
    return texts.join(u'\n');
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

    Dialogs::setNextOpenFileNames(sampleFiles() << junk);
    action->trigger();
    QVERIFY(!action->isEnabled()); // nothing else may write while the import runs
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ImportSummaryDialog*>(), kImportTimeoutMs);
    const auto* summary = window.findChild<ImportSummaryDialog*>();
    QVERIFY(summary->isVisible());
    QVERIFY(action->isEnabled());

    QCOMPARE(m_store->count("orders"), qint64(19));
    const QList<ImportReport>& reports = summary->reports();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports[0].format, QStringLiteral("shopify-orders"));
    QCOMPARE(reports[1].rejected, 1);
    QVERIFY(reports[2].refused());

    const QString results = labelTexts(summary, QStringLiteral("importResult"));
    QVERIFY2(results.contains(QStringLiteral("1 rejected")), qPrintable(results));
    QVERIFY2(results.contains(reports[2].error->describe()), qPrintable(results));
    const QString names = labelTexts(summary, QStringLiteral("importFileName"));
    QVERIFY2(names.contains(QStringLiteral("shopping-list.csv")), qPrintable(names));
    QCOMPARE(labelTexts(summary, QStringLiteral("importHeadline")), QStringLiteral("2 of 3 files were imported."));

    // Only the customers file had rejects; its button opens their folder, locally.
    const auto buttons = summary->findChildren<QPushButton*>(QStringLiteral("showRejectsButton"));
    QCOMPARE(buttons.size(), 1);
    QTest::mouseClick(buttons.constFirst(), Qt::LeftButton);
    QCOMPARE(m_openedUrls.size(), 1);
    QVERIFY(m_openedUrls.constFirst().isLocalFile());
    QCOMPARE(QDir(m_openedUrls.constFirst().toLocalFile()), QFileInfo(reports[1].rejectsFile).absoluteDir());

    // The browser counts the new rows without reopening the store.
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, kImportTimeoutMs);
    QVERIFY(window.browser()->selectTable(QStringLiteral("orders")));
    const auto* tables = window.browser()->findChild<QListWidget*>(QStringLiteral("tableList"));
    QVERIFY(tables);
    QVERIFY2(tables->currentItem()->text().endsWith(QStringLiteral("19")), qPrintable(tables->currentItem()->text()));
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
