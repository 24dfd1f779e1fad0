#include "PreviewPage.h"

#include "ImportPlan.h"
#include "ImportWizard.h"
#include "WizardText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace flywheel {

PreviewPage::PreviewPage(ImportPlan* plan, QWidget* parent)
    : QWizardPage(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    // Past this page the import runs; there is no going back into a half-written store.
    setCommitPage(true);

    m_fileLabel = new QLabel;
    m_fileCombo = new QComboBox;
    m_fileCombo->setObjectName(QStringLiteral("previewFileCombo"));
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fileLabel->setBuddy(m_fileCombo);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileCombo);
    fileRow->addStretch(1);

    m_status = wizard::textLabel();
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_chooseColumns = new QPushButton;
    m_chooseColumns->setObjectName(QStringLiteral("previewChooseColumnsButton"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_chooseColumns, 0, Qt::AlignTop);

    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("previewTable"));
    wizard::setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_note = wizard::noteLabel();
    m_note->setObjectName(QStringLiteral("previewNote"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_fileCombo, &QComboBox::activated, this, [this] { showFile(m_fileCombo->currentData().toInt()); });
    connect(m_chooseColumns, &QPushButton::clicked, this, [this] { emit chooseColumnsRequested(m_fileId); });
    retranslate();
}

void PreviewPage::retranslate()
{
    setTitle(tr("Check how the files will be read"));
    setSubTitle(tr("The first rows of each file, as Flywheel will import them. Nothing is written to your store "
                   "until you choose Import."));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_fileLabel->setText(tr("&File:"));
    m_chooseColumns->setText(tr("Choose columns…"));
    if (m_fileId)
        showFile(m_fileId);
}

void PreviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PreviewPage::initializePage()
{
    m_fileCombo->clear();
    for (const WizardFile& file : m_plan->files())
        m_fileCombo->addItem(wizard::layoutIcon(file, style()), wizard::fileName(file), file.id);
    m_fileLabel->setVisible(m_plan->files().size() > 1);
    m_fileCombo->setVisible(m_plan->files().size() > 1);
    const bool stillThere = m_plan->fileById(m_fileId) != nullptr;
    showFile(stillThere ? m_fileId : m_fileCombo->itemData(0).toInt());
}

bool PreviewPage::isComplete() const
{
    return !m_plan->importableFiles().isEmpty();
}

bool PreviewPage::validatePage()
{
    m_saveProblems = m_plan->saveChosenMappings();
    return true;
}

int PreviewPage::nextId() const
{
    return ImportWizard::ImportPageId;
}

void PreviewPage::showFile(int id)
{
    m_fileId = id;
    const int index = m_fileCombo->findData(id);
    if (index >= 0)
        m_fileCombo->setCurrentIndex(index);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_note->clear();
    const WizardFile* file = m_plan->fileById(id);
    if (!file)
        return;
    const QString name = wizard::fileName(*file);
    m_chooseColumns->setVisible(file->layout != WizardFile::Layout::Unreadable);
    if (file->layout == WizardFile::Layout::Unreadable) {
        m_status->setText(tr("%1 cannot be read and will be skipped: %2").arg(name, file->error->describe()));
        return;
    }
    const auto importer = createImporter(file->format().toStdString());
    if (!importer) {
        m_status->setText(tr("Flywheel does not recognise the columns of %1. Choose its columns, or go back and "
                             "remove it.")
                              .arg(name));
        return;
    }
    const PreviewTable preview = previewAs(*importer, file->sample, file->mapping ? &*file->mapping : nullptr);
    if (!preview.missingRequired.isEmpty()) {
        m_status->setText(tr("%1 lacks columns a %2 needs (%3); it will be skipped unless you choose its columns.")
                              .arg(name, importer->title(), preview.missingRequired.join(QStringLiteral(", "))));
    } else {
        switch (file->layout) {
        case WizardFile::Layout::Saved:
            m_status->setText(tr("%1 will be read as a %2, with the columns you saved for this layout.")
                                  .arg(name, importer->title()));
            break;
        case WizardFile::Layout::Chosen:
            m_status->setText(tr("%1 will be read as a %2, with the columns you chose.").arg(name, importer->title()));
            break;
        default:
            m_status->setText(tr("%1 will be read as a %2.").arg(name, importer->title()));
            break;
        }
    }
    m_table->setColumnCount(int(preview.columns.size()));
    m_table->setHorizontalHeaderLabels(preview.columns);
    m_table->setRowCount(int(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row)
        for (int column = 0; column < preview.rows[row].size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(preview.rows[row][column]));
    m_table->resizeColumnsToContents();
    // Long descriptions would make one column as wide as the page.
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));

    if (preview.rows.isEmpty())
        m_note->setText(tr("The file has no rows below its header."));
    else if (!file->sample.complete)
        m_note->setText(
            tr("Showing the first %n rows and the columns Flywheel reads.", nullptr, int(preview.rows.size())));
    else
        m_note->setText(tr("Showing all %n rows and the columns Flywheel reads.", nullptr, int(preview.rows.size())));
}

} // namespace flywheel
