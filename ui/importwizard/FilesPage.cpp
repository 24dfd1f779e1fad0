#include "FilesPage.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "ImportPlan.h"
#include "ImportWizard.h"
#include "WizardText.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace flywheel {

namespace {
enum Column { NameColumn, LayoutColumn };

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}
} // namespace

FilesPage::FilesPage(ImportPlan* plan, QWidget* parent)
    : QWizardPage(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importFilesPage"));
    setAcceptDrops(true);

    m_dropHint = new QLabel;
    m_dropHint->setObjectName(QStringLiteral("importDropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setFrameShape(QFrame::StyledPanel);
    m_dropHint->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("importFileList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_dropHint);
    m_stack->addWidget(m_list);

    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("addFilesButton"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("removeFileButton"));
    m_chooseColumns = new QPushButton;
    m_chooseColumns->setObjectName(QStringLiteral("chooseColumnsButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_chooseColumns);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_plan->removeFile(selectedId()); });
    connect(m_chooseColumns, &QPushButton::clicked, this, [this] { m_plan->chooseColumns(selectedId()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FilesPage::updateButtons);
    connect(m_plan, &ImportPlan::listChanged, this, &FilesPage::refreshList);
    connect(m_plan, &ImportPlan::fileChanged, this, &FilesPage::refreshList);
    retranslate();
    refreshList();
}

void FilesPage::retranslate()
{
    setTitle(tr("Choose the files to import"));
    setSubTitle(tr("Exports from your shop, such as orders, customers, products or stock. Flywheel recognises "
                   "each file by its columns."));
    m_dropHint->setText(tr("Drop export files here, or choose Add files."));
    m_list->setHeaderLabels({ tr("File"), tr("How Flywheel reads it") });
    m_add->setText(tr("Add files…"));
    m_remove->setText(tr("Remove"));
    m_chooseColumns->setText(tr("Choose columns…"));
    m_chooseColumns->setToolTip(tr("Tell Flywheel yourself which column of the selected file is which"));
    refreshList();
}

void FilesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

bool FilesPage::isComplete() const
{
    if (m_plan->isReading())
        return false;
    return std::ranges::any_of(
        m_plan->files(), [](const WizardFile& file) { return file.importable() || file.needsMapping(); });
}

int FilesPage::nextId() const
{
    return m_plan->filesToMap().isEmpty() ? ImportWizard::PreviewPageId : ImportWizard::MappingPageId;
}

void FilesPage::chooseFiles()
{
    QString folder = AppSettings::lastImportFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QStringList files = Dialogs::openFileNames(
        this, tr("Import files"), folder, tr("Exports from your shop (*.csv *.tsv *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    m_plan->addFiles(files);
}

void FilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_plan->addFiles(files);
}

void FilesPage::refreshList()
{
    const int selected = selectedId();
    m_list->clear();
    for (const WizardFile& file : m_plan->files()) {
        auto* item = new QTreeWidgetItem(m_list, { wizard::fileName(file), wizard::layoutSummary(file) });
        item->setData(NameColumn, Qt::UserRole, file.id);
        item->setIcon(LayoutColumn, wizard::layoutIcon(file, style()));
        item->setToolTip(NameColumn, QDir::toNativeSeparators(file.path));
        if (file.error)
            item->setToolTip(LayoutColumn, file.error->describe());
        else if (file.savedMappingError)
            item->setToolTip(LayoutColumn, file.savedMappingError->describe());
        if (file.id == selected)
            item->setSelected(true);
    }
    m_list->resizeColumnToContents(NameColumn);
    // Room between a file's name and what was found in it.
    m_list->setColumnWidth(NameColumn, m_list->columnWidth(NameColumn) + m_list->fontMetrics().averageCharWidth() * 4);
    m_stack->setCurrentWidget(m_plan->files().isEmpty() ? static_cast<QWidget*>(m_dropHint) : m_list);
    updateButtons();
    emit completeChanged();
}

void FilesPage::updateButtons()
{
    const WizardFile* file = m_plan->fileById(selectedId());
    m_remove->setEnabled(file != nullptr);
    m_chooseColumns->setEnabled(file
        && (file->layout == WizardFile::Layout::Detected || file->layout == WizardFile::Layout::Saved)
        && !file->chooseColumns);
}

int FilesPage::selectedId() const
{
    const auto selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(NameColumn, Qt::UserRole).toInt();
}

} // namespace flywheel
