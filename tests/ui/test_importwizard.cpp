#include "Dialogs.h"
#include "TestSupport.h"
#include "importwizard/ImportPlan.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/MappingPage.h"
#include "importwizard/PreviewPage.h"
#include "importwizard/SummaryPage.h"
#include "io/SavedMappings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <optional>

using flywheel::Dialogs;
using flywheel::ImportWizard;
using flywheel::WizardFile;

namespace {
// Importing the samples takes well under a second; the margin is for loaded machines.
constexpr int kTimeoutMs = 60000;
/// Rows of the file a cancel interrupts: far more than the import reads between two checks.
constexpr int kBigFileRows = 100000;

/// A customer list from another tool: German headers, semicolons and decimal commas, so nothing
/// recognises it. The third row's newsletter answer is not a yes or no.
constexpr char kUnknownLayout[] = "Kunde;Nachname;E-Mail;Newsletter;Stadt;Umsatz\n"
                                  "Anna;Berger;anna@example.com;yes;Wien;1.234,50\n"
                                  "Jonas;Keller;jonas@example.com;no;Graz;89,90\n"
                                  "Lena;Wolf;lena@example.com;vielleicht;Linz;12,00\n";

/// The same layout a month later.
constexpr char kSameLayoutLater[] = "Kunde;Nachname;E-Mail;Newsletter;Stadt;Umsatz\n"
                                    "Mira;Hofer;mira@example.com;yes;Salzburg;310,00\n";

/// Picks the entry whose data is `data`, as a click would (activated is what the pages listen to).
void choose(QComboBox* combo, const QVariant& data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QString labelText(const QWidget* parent, const QString& objectName)
{
    QStringList texts;
    for (const QLabel* label : parent->findChildren<QLabel*>(objectName))
        texts << label->text();
    return texts.join(u'\n');
}
} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

public slots:
    /// Stands in for the desktop's file manager: "Show the rejects file" must not launch anything.
    void recordOpenedUrl(const QUrl& url) { m_openedUrls << url; }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importsSamplesAndUnknownLayoutThroughThePages();
    void savedMappingIsAppliedToTheSameLayout();
    void recognisedFileCanBeRemapped();
    void cancelShowsWhatWasKept();
    void droppedFilesAreAdded();
    void unreadableFileCannotGoOn();

private:
    [[nodiscard]] QString writeFile(const QString& name, const char* content) const;
    [[nodiscard]] static QStringList sampleFiles();
    /// Adds files through the Add files button and waits until they are read.
    static void addThroughButton(ImportWizard& wizard, const QStringList& files);
    /// Sets the columns of the unknown customer list the way an owner would.
    static void mapUnknownLayout(ImportWizard& wizard);
    /// Saves a picture of `widget` when FLYWHEEL_SCREENSHOTS names a folder; `settle` lets queued
    /// layout requests run first (not wanted while an import runs: it would finish).
    static void screenshot(QWidget* widget, const QString& name, bool settle = true);

    std::optional<flywheel::test::TempStore> m_store;
    QList<QUrl> m_openedUrls;
};

void TestImportWizard::initTestCase()
{
    // Keeps the "last import folder" setting out of the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "recordOpenedUrl");
}

void TestImportWizard::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestImportWizard::init()
{
    m_store.emplace();
    m_openedUrls.clear();
}

void TestImportWizard::cleanup()
{
    m_store.reset();
}

QString TestImportWizard::writeFile(const QString& name, const char* content) const
{
    const QString path = QDir(m_store->dir()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QStringList TestImportWizard::sampleFiles()
{
    return { flywheel::test::sharedPath(QStringLiteral("samples/shopify/orders_export_devstore.csv")),
        flywheel::test::sharedPath(QStringLiteral("samples/shopify/customers_export_fictional.csv")) };
}

void TestImportWizard::addThroughButton(ImportWizard& wizard, const QStringList& files)
{
    auto* add = wizard.findChild<QPushButton*>(QStringLiteral("addFilesButton"));
    QVERIFY(add);
    Dialogs::setNextOpenFileNames(files);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.plan()->isReading(), kTimeoutMs);
}

void TestImportWizard::mapUnknownLayout(ImportWizard& wizard)
{
    flywheel::MappingPage* page = wizard.mappingPage();
    choose(page->findChild<QComboBox*>(QStringLiteral("mappingFormatCombo")), QStringLiteral("shopify-customers"));
    // "E-Mail" is close enough to "Email" to be chosen already; the German words are not.
    QCOMPARE(page->fieldCombo(QStringLiteral("Email"))->currentData().toInt(), 2);
    QVERIFY(!page->isComplete());
    QVERIFY(labelText(page, QStringLiteral("mappingStatus")).contains(QStringLiteral("First name")));
    choose(page->fieldCombo(QStringLiteral("First name")), 0);
    choose(page->fieldCombo(QStringLiteral("Last name")), 1);
    choose(page->fieldCombo(QStringLiteral("Accepts email marketing")), 3);
    choose(page->fieldCombo(QStringLiteral("Default address city")), 4);
    choose(page->fieldCombo(QStringLiteral("Total spent")), 5);
    choose(page->findChild<QComboBox*>(QStringLiteral("mappingDecimalCombo")),
        int(flywheel::ColumnMapping::DecimalSeparator::Comma));
    QVERIFY(page->isComplete());
    QCOMPARE(labelText(page, QStringLiteral("mappingStatus")), QStringLiteral("Every needed column is chosen."));
}

void TestImportWizard::screenshot(QWidget* widget, const QString& name, bool settle)
{
    const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    if (settle)
        QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestImportWizard::importsSamplesAndUnknownLayoutThroughThePages()
{
    FLYWHEEL_REQUIRE_SHARED();
    const QString unknown = writeFile(QStringLiteral("kunden.csv"), kUnknownLayout);
    ImportWizard wizard(m_store->path());
    QSignalSpy storeChanged(&wizard, &ImportWizard::storeChanged);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, QStringLiteral("import-wizard-0-empty"));

    addThroughButton(wizard, sampleFiles() << unknown);
    const auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("importFileList"));
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Shopify orders export"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Shopify customers export"));
    QVERIFY2(list->topLevelItem(2)->text(1).startsWith(QStringLiteral("Layout not recognised")),
        qPrintable(list->topLevelItem(2)->text(1)));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, QStringLiteral("import-wizard-1-files"));

    // The unknown layout goes through the mapping step.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    mapUnknownLayout(wizard);
    screenshot(&wizard, QStringLiteral("import-wizard-2-mapping"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    flywheel::PreviewPage* preview = wizard.previewPage();
    const auto* table = preview->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    const int unknownId = wizard.plan()->files().at(2).id;
    preview->showFile(unknownId);
    QVERIFY2(labelText(preview, QStringLiteral("previewStatus")).contains(QStringLiteral("with the columns you chose")),
        qPrintable(labelText(preview, QStringLiteral("previewStatus"))));
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("First name"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Anna"));
    QCOMPARE(table->rowCount(), 3);
    preview->showFile(wizard.plan()->files().at(0).id);
    QCOMPARE(table->rowCount(), flywheel::ImportPlan::kPreviewRows); // of the orders file's 40
    QVERIFY(labelText(preview, QStringLiteral("previewNote")).contains(QStringLiteral("first 20 rows")));
    screenshot(&wizard, QStringLiteral("import-wizard-3-preview"));
    QCOMPARE(m_store->count("orders"), 0); // nothing written before Import

    QCOMPARE(wizard.button(QWizard::CommitButton)->text().remove(u'&'), QStringLiteral("Import"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    screenshot(&wizard, QStringLiteral("import-wizard-4-importing"), false);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kTimeoutMs);
    QCOMPARE(storeChanged.count(), 1);

    // The summary, per file.
    flywheel::SummaryPage* summary = wizard.summaryPage();
    const auto& reports = summary->reports();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports[0].format, QStringLiteral("shopify-orders"));
    QCOMPARE(reports[1].rejected, 1);
    QCOMPARE(reports[2].format, QStringLiteral("shopify-customers"));
    QCOMPARE(reports[2].inserted, 2);
    QCOMPARE(reports[2].rejected, 1);
    QCOMPARE(m_store->count("orders"), 19);
    QCOMPARE(m_store->value("SELECT total_spent_minor FROM customers WHERE email = 'anna@example.com'"),
        QStringLiteral("123450"));
    QCOMPARE(labelText(summary, QStringLiteral("summaryHeadline")), QStringLiteral("All 3 files were imported."));
    QVERIFY(labelText(summary, QStringLiteral("summaryCounts")).contains(QStringLiteral("2 new")));
    const auto rejectTables = summary->findChildren<QTableWidget*>(QStringLiteral("rejectsTable"));
    QCOMPARE(rejectTables.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(rejectTables[1]->rowCount(), 1, kTimeoutMs);
    QCOMPARE(rejectTables[1]->item(0, 0)->text(), QStringLiteral("4")); // Lena's line
    QCOMPARE(rejectTables[1]->item(0, 1)->text(), QStringLiteral("Newsletter"));
    QVERIFY2(rejectTables[1]->item(0, 2)->text().contains(QStringLiteral("yes or no")),
        qPrintable(rejectTables[1]->item(0, 2)->text()));
    QTRY_COMPARE_WITH_TIMEOUT(rejectTables[0]->rowCount(), 1, kTimeoutMs);
    auto* showRejects = summary->findChildren<QPushButton*>(QStringLiteral("showRejectsButton")).value(1);
    QTest::mouseClick(showRejects, Qt::LeftButton);
    QCOMPARE(m_openedUrls.size(), 1);
    QCOMPARE(QDir(m_openedUrls.constFirst().toLocalFile()), QFileInfo(reports[2].rejectsFile).absoluteDir());
    screenshot(&wizard, QStringLiteral("import-wizard-5-summary"));

    // The chosen columns were saved beside the store, as JSON the CLI reads.
    const flywheel::SavedMappings saved(m_store->path());
    const QStringList mappings = QDir(saved.folder()).entryList(QDir::Files);
    QCOMPARE(mappings.size(), 1);
    QVERIFY(mappings.constFirst().startsWith(QStringLiteral("shopify-customers-")));
    const auto loaded = flywheel::ColumnMapping::load(QDir(saved.folder()).filePath(mappings.constFirst()));
    QVERIFY(loaded);
    QCOMPARE(loaded->columns.value(QStringLiteral("Kunde")), QStringLiteral("First name"));
    QCOMPARE(loaded->decimal, flywheel::ColumnMapping::DecimalSeparator::Comma);

    // Undo, after a confirmation that is first declined.
    auto* undo = summary->findChild<QPushButton*>(QStringLiteral("undoImportButton"));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(m_store->count("orders"), 19);
    QVERIFY(undo->isEnabled());
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(summary, QStringLiteral("undoStatus")).contains(QStringLiteral("undone")), kTimeoutMs);
    QVERIFY2(labelText(summary, QStringLiteral("undoStatus")).contains(QStringLiteral("as it was before")),
        qPrintable(labelText(summary, QStringLiteral("undoStatus"))));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(labelText(summary, QStringLiteral("summaryHeadline")), QStringLiteral("The import was undone."));
    QCOMPARE(storeChanged.count(), 2);
    QCOMPARE(m_store->count("orders"), 0);
    QCOMPARE(m_store->count("customers"), 0);
    screenshot(&wizard, QStringLiteral("import-wizard-6-undone"));
}

void TestImportWizard::savedMappingIsAppliedToTheSameLayout()
{
    const QString first = writeFile(QStringLiteral("kunden-mai.csv"), kUnknownLayout);
    {
        ImportWizard wizard(m_store->path());
        wizard.show();
        addThroughButton(wizard, { first });
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        mapUnknownLayout(wizard);
        wizard.next();
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kTimeoutMs);
    }
    QCOMPARE(m_store->count("customers"), 2);

    // Next month's file with the same columns is read with the saved columns, without the step.
    const QString later = writeFile(QStringLiteral("kunden-juni.csv"), kSameLayoutLater);
    ImportWizard wizard(m_store->path());
    wizard.show();
    addThroughButton(wizard, { later });
    const WizardFile& file = wizard.plan()->files().constFirst();
    QCOMPARE(file.layout, WizardFile::Layout::Saved);
    const auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("importFileList"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Shopify customers export, with the columns you saved"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(labelText(wizard.previewPage(), QStringLiteral("previewStatus")).contains(QStringLiteral("you saved")));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kTimeoutMs);
    QCOMPARE(m_store->count("customers"), 3);
    QCOMPARE(m_store->value("SELECT total_spent_minor FROM customers WHERE email = 'mira@example.com'"),
        QStringLiteral("31000"));
}

void TestImportWizard::recognisedFileCanBeRemapped()
{
    FLYWHEEL_REQUIRE_SHARED();
    ImportWizard wizard(m_store->path());
    wizard.show();
    addThroughButton(wizard, { sampleFiles().at(1) });
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId)); // recognised: no mapping step

    // "Choose columns…" on the preview leads to the mapping step for this file, pre-filled.
    auto* chooseColumns = wizard.previewPage()->findChild<QPushButton*>(QStringLiteral("previewChooseColumnsButton"));
    QTest::mouseClick(chooseColumns, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    flywheel::MappingPage* mapping = wizard.mappingPage();
    QCOMPARE(mapping->findChild<QComboBox*>(QStringLiteral("mappingFormatCombo"))->currentData().toString(),
        QStringLiteral("shopify-customers"));
    QComboBox* email = mapping->fieldCombo(QStringLiteral("Email"));
    QVERIFY(email->currentData().toInt() >= 0);
    QVERIFY(mapping->isComplete());

    // Leaving out the phone: the import will not read it.
    choose(mapping->fieldCombo(QStringLiteral("Phone")), -1);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(labelText(wizard.previewPage(), QStringLiteral("previewStatus"))
                .contains(QStringLiteral("with the columns you chose")));
    const auto* table = wizard.previewPage()->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    for (int column = 0; column < table->columnCount(); ++column)
        QVERIFY(table->horizontalHeaderItem(column)->text() != QStringLiteral("Phone"));
}

void TestImportWizard::cancelShowsWhatWasKept()
{
    // A customer list long enough that the cancel lands while it is being imported.
    const QString big = QDir(m_store->dir()).filePath(QStringLiteral("customers-big.csv"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Accepts Email Marketing\n");
        for (int i = 0; i < kBigFileRows; ++i)
            file.write(QStringLiteral("Ann,Lee,ann%1@example.com,yes\n").arg(i).toUtf8());
    }
    ImportWizard wizard(m_store->path());
    QSignalSpy finished(&wizard, &QWizard::finished);
    wizard.show();
    addThroughButton(wizard, { big });
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    wizard.next(); // Import
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    // The wizard's Cancel stops the import instead of closing; the wizard stays open to say so.
    wizard.reject();
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), kTimeoutMs);
    QCOMPARE(finished.count(), 0);
    QVERIFY2(labelText(wizard.summaryPage(), QStringLiteral("summaryHeadline")).contains(QStringLiteral("cancelled")),
        qPrintable(labelText(wizard.summaryPage(), QStringLiteral("summaryHeadline"))));
    const auto& reports = wizard.summaryPage()->reports();
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports[0].refused());
    QCOMPARE(reports[0].error->code, flywheel::ErrorCode::Cancelled);
    // The file being imported was rolled back whole.
    QCOMPARE(m_store->count("import_batches"), 0);
    QCOMPARE(m_store->count("customers"), 0);
    QVERIFY(!wizard.summaryPage()->findChild<QPushButton*>(QStringLiteral("undoImportButton"))->isVisible());
    // Now Cancel is gone and Finish closes.
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(finished.count(), 1);
}

void TestImportWizard::droppedFilesAreAdded()
{
    const QString unknown = writeFile(QStringLiteral("kunden.csv"), kUnknownLayout);
    ImportWizard wizard(m_store->path());
    wizard.show();
    QWidget* page = wizard.currentPage();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(unknown) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.plan()->isReading(), kTimeoutMs);
    QCOMPARE(wizard.plan()->files().size(), 1);
    QCOMPARE(wizard.plan()->files().constFirst().layout, WizardFile::Layout::Unknown);

    // Something that is not a file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("orders.csv"));
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(page, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestImportWizard::unreadableFileCannotGoOn()
{
    const QString empty = writeFile(QStringLiteral("empty.csv"), "");
    ImportWizard wizard(m_store->path());
    wizard.show();
    addThroughButton(wizard, { empty });
    QCOMPARE(wizard.plan()->files().constFirst().layout, WizardFile::Layout::Unreadable);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("importFileList"));
    QVERIFY(!list->topLevelItem(0)->toolTip(1).isEmpty()); // the reason

    // Removing it empties the list again.
    QTreeWidgetItem* item = list->topLevelItem(0);
    item->setSelected(true);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("removeFileButton")), Qt::LeftButton);
    QVERIFY(wizard.plan()->files().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
