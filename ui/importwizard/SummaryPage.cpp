#include "SummaryPage.h"

#include "Dialogs.h"
#include "ImportPlan.h"
#include "WizardText.h"
#include "WorkerPool.h"
#include "io/CsvReader.h"
#include "store/Batches.h"
#include "store/Schema.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <algorithm>

namespace flywheel {

namespace {
/// Rejected rows listed per file; the rest are in the rejects file.
constexpr int kShownRejects = 200;
constexpr int kRejectsTableRows = 6;

struct Reject {
    QString line;
    QString column;
    QString reason;
};

struct RejectsSample {
    QList<Reject> rows;
    bool more = false;
    std::optional<Error> error;
};

/// The first rejected rows of a rejects file (line, column, reason come first in each record).
RejectsSample readRejects(const QString& path)
{
    RejectsSample sample;
    auto reader = CsvReader::open(path);
    if (!reader) {
        sample.error = reader.error();
        return sample;
    }
    for (;;) {
        auto next = reader->next();
        if (!next) {
            sample.error = next.error();
            break;
        }
        if (!*next)
            break;
        if (sample.rows.size() == kShownRejects) {
            sample.more = true;
            break;
        }
        const auto& cells = reader->fields();
        auto cell = [&cells](size_t i) {
            return i < cells.size() ? QString::fromUtf8(cells[i].data(), qsizetype(cells[i].size())) : QString();
        };
        sample.rows.append(Reject { cell(0), cell(1), cell(2) });
    }
    return sample;
}

/// As high as `rows` rows; more scroll.
void fitRows(QTableWidget* table, int rows)
{
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

QLabel* boldLabel(const QString& text)
{
    auto* label = wizard::textLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

SummaryPage::SummaryPage(ImportPlan* plan, QWidget* parent)
    : QWizardPage(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setFinalPage(true);

    m_headline = boldLabel({});
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));

    m_files = new QWidget;
    m_filesLayout = new QVBoxLayout(m_files);
    m_filesLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_files);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_undoButton = new QPushButton;
    m_undoButton->setObjectName(QStringLiteral("undoImportButton"));
    m_undoStatus = wizard::textLabel();
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undoStatus, 1);
    undoRow->addWidget(m_undoButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(scroll, 1);
    layout->addLayout(undoRow);

    connect(m_undoButton, &QPushButton::clicked, this, &SummaryPage::undo);
    connect(&m_undo, &QFutureWatcher<UndoOutcome>::finished, this, &SummaryPage::onUndone);
}

void SummaryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_reports.isEmpty())
        rebuild();
    QWizardPage::changeEvent(event);
}

bool SummaryPage::isComplete() const
{
    // Finish waits for an undo, so the store is settled when the wizard closes.
    return !m_undo.isRunning();
}

void SummaryPage::showReports(const QList<ImportReport>& reports, const QStringList& notes, bool cancelled)
{
    m_reports = reports;
    m_notes = notes;
    m_cancelled = cancelled;
    m_undone = false;
    rebuild();
}

void SummaryPage::rebuild()
{
    setTitle(m_cancelled ? tr("Import cancelled") : tr("Import finished"));
    setSubTitle(tr("What each file added to your store."));
    m_headline->setText(headline(m_cancelled));
    m_undoButton->setText(tr("&Undo this import"));

    while (QLayoutItem* item = m_filesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& note : std::as_const(m_notes)) {
        auto* label = wizard::textLabel(note);
        label->setObjectName(QStringLiteral("summaryNote"));
        m_filesLayout->addWidget(label);
    }
    for (const ImportReport& report : std::as_const(m_reports))
        m_filesLayout->addWidget(fileSection(report));
    // Files the wizard left out before importing (unreadable, or columns never chosen).
    const QList<int> imported = m_plan->importableFiles();
    for (const WizardFile& file : m_plan->files())
        if (!imported.contains(file.id))
            m_filesLayout->addWidget(skippedSection(file));
    m_filesLayout->addStretch(1);

    const bool anyBatch = std::ranges::any_of(m_reports, [](const ImportReport& r) { return r.batch > 0; });
    m_undoButton->setVisible(anyBatch);
    m_undoButton->setEnabled(anyBatch && !m_undone && !m_undo.isRunning());
    if (m_undone)
        m_undoStatus->setText(tr("The import was undone: your store is as it was before."));
    else if (anyBatch)
        m_undoStatus->setText(tr("Imported the wrong files? Undo takes everything this import added or changed "
                                 "back out of your store."));
    else
        m_undoStatus->clear();
}

QString SummaryPage::headline(bool cancelled) const
{
    if (m_undone)
        return tr("The import was undone.");
    const auto imported = std::ranges::count_if(m_reports, [](const ImportReport& r) { return !r.refused(); });
    const auto total = m_reports.size();
    if (cancelled)
        return tr("The import was cancelled. %1 of %2 files were imported before it stopped.").arg(imported).arg(total);
    if (imported == total)
        return total == 1 ? tr("The file was imported.") : tr("All %1 files were imported.").arg(total);
    if (imported == 0)
        return total == 1 ? tr("The file was not imported.") : tr("None of the %1 files was imported.").arg(total);
    return tr("%1 of %2 files were imported.").arg(imported).arg(total);
}

QWidget* SummaryPage::fileSection(const ImportReport& report)
{
    auto* section = new QFrame;
    section->setObjectName(QStringLiteral("summaryFile"));
    section->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(section);
    const QFileInfo file(report.file);
    auto* name = boldLabel(file.fileName());
    name->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    layout->addWidget(name);

    if (report.refused()) {
        auto* reason = wizard::textLabel(
            tr("Not imported; nothing from this file was changed in your store. %1").arg(report.error->describe()));
        reason->setObjectName(QStringLiteral("summaryCounts"));
        layout->addWidget(reason);
        return section;
    }

    const QLocale locale;
    auto* counts = wizard::textLabel(
        tr("Imported as a %1: %2 rows read, %3 new, %4 updated, %5 unchanged, %6 rejected.")
            .arg(wizard::formatTitle(report.format), locale.toString(report.rowsRead), locale.toString(report.inserted),
                locale.toString(report.updated), locale.toString(report.unchanged), locale.toString(report.rejected)));
    counts->setObjectName(QStringLiteral("summaryCounts"));
    layout->addWidget(counts);
    for (const QString& warning : report.warnings) {
        auto* line = wizard::textLabel(tr("Note: %1").arg(warning));
        line->setObjectName(QStringLiteral("summaryWarning"));
        layout->addWidget(line);
    }
    if (report.rejected > 0 && !report.rejectsFile.isEmpty()) {
        layout->addWidget(wizard::textLabel(tr("Rejected rows were left out; the rest of the file was imported. Fix "
                                               "them in the file and import it again.")));
        auto* table = new QTableWidget(0, 3);
        table->setObjectName(QStringLiteral("rejectsTable"));
        table->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Reason") });
        wizard::setUpListTable(table);
        table->horizontalHeader()->setStretchLastSection(true);
        fitRows(table, int(std::min<qint64>(report.rejected, kRejectsTableRows)));
        layout->addWidget(table);
        auto* more = wizard::noteLabel();
        auto* open = new QPushButton(tr("Show the rejects file"));
        open->setObjectName(QStringLiteral("showRejectsButton"));
        open->setToolTip(QDir::toNativeSeparators(report.rejectsFile));
        // The folder, not the file: a CSV opens in a spreadsheet that may lock it.
        const QString folder = QFileInfo(report.rejectsFile).absolutePath();
        connect(
            open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        auto* row = new QHBoxLayout;
        row->addWidget(more, 1);
        row->addWidget(open);
        layout->addLayout(row);
        loadRejects(report.rejectsFile, table, more);
    }
    return section;
}

QWidget* SummaryPage::skippedSection(const WizardFile& file)
{
    auto* section = new QFrame;
    section->setObjectName(QStringLiteral("summaryFile"));
    section->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(section);
    layout->addWidget(boldLabel(wizard::fileName(file)));
    const QString why
        = file.error ? file.error->describe() : tr("Flywheel did not recognise its columns and none were chosen.");
    auto* reason = wizard::textLabel(tr("Skipped; nothing from this file was changed in your store. %1").arg(why));
    reason->setObjectName(QStringLiteral("summaryCounts"));
    layout->addWidget(reason);
    return section;
}

void SummaryPage::loadRejects(const QString& path, QTableWidget* table, QLabel* more)
{
    // A rejects file can be as long as the export; only its first rows are read, off the UI thread.
    auto* watcher = new QFutureWatcher<RejectsSample>(table);
    connect(watcher, &QFutureWatcher<RejectsSample>::finished, table, [watcher, table, more] {
        const RejectsSample sample = watcher->result();
        watcher->deleteLater();
        table->setRowCount(int(sample.rows.size()));
        for (int row = 0; row < sample.rows.size(); ++row) {
            const Reject& reject = sample.rows[row];
            table->setItem(row, 0, new QTableWidgetItem(reject.line));
            table->setItem(row, 1, new QTableWidgetItem(reject.column));
            auto* reason = new QTableWidgetItem(reject.reason);
            reason->setToolTip(reject.reason);
            table->setItem(row, 2, reason);
        }
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
        if (sample.error)
            more->setText(sample.error->describe());
        else if (sample.more)
            more->setText(
                tr("The first %1 rejected rows are shown; the rejects file lists them all.").arg(kShownRejects));
    });
    watcher->setFuture(QtConcurrent::run(storeWorkers(), readRejects, path));
}

void SummaryPage::undo()
{
    QList<qint64> batches;
    for (const ImportReport& report : std::as_const(m_reports))
        if (report.batch > 0)
            batches << report.batch;
    if (batches.isEmpty() || m_undo.isRunning())
        return;
    const auto answer = Dialogs::question(this, tr("Undo this import"),
        tr("Take everything this import added or changed back out of your store? "
           "Rows it updated get their earlier values back."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // Newest first: a later file may have changed rows an earlier one added.
    std::ranges::sort(batches, std::greater<>());
    m_undoButton->setEnabled(false);
    m_undoStatus->setText(tr("Undoing the import…"));
    emit completeChanged();
    m_undo.setFuture(QtConcurrent::run(storeWorkers(), [storePath = m_plan->storePath(), batches] {
        UndoOutcome outcome;
        auto db = openStore(storePath);
        if (!db) {
            outcome.error = db.error();
            return outcome;
        }
        for (qint64 batch : batches) {
            if (auto ok = undoBatch(*db, batch); !ok) {
                outcome.error = ok.error();
                return outcome;
            }
            ++outcome.undone;
        }
        return outcome;
    }));
}

void SummaryPage::onUndone()
{
    const UndoOutcome outcome = m_undo.result();
    emit completeChanged();
    if (outcome.undone > 0)
        emit storeChanged();
    if (outcome.error) {
        m_undoButton->setEnabled(outcome.undone == 0);
        m_undoStatus->setText(outcome.undone == 0
                ? tr("The import was not undone: %1").arg(outcome.error->describe())
                : tr("Only %1 of the files were undone: %2").arg(outcome.undone).arg(outcome.error->describe()));
        return;
    }
    m_undone = true;
    m_headline->setText(headline(m_cancelled));
    m_undoButton->setEnabled(false);
    m_undoStatus->setText(tr("The import was undone: your store is as it was before."));
}

} // namespace flywheel
