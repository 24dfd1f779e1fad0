#include "ImportWizard.h"

#include "FilesPage.h"
#include "ImportPage.h"
#include "ImportPlan.h"
#include "MappingPage.h"
#include "PreviewPage.h"
#include "SummaryPage.h"

#include <QAbstractButton>
#include <QEvent>

namespace flywheel {

namespace {
constexpr QSize kMinimumSize(780, 580);
} // namespace

ImportWizard::ImportWizard(const QString& storePath, QWidget* parent)
    : QWizard(parent)
    , m_plan(new ImportPlan(storePath, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowModality(Qt::WindowModal);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(kMinimumSize);

    m_files = new FilesPage(m_plan);
    m_mapping = new MappingPage(m_plan);
    m_preview = new PreviewPage(m_plan);
    m_import = new ImportPage(m_plan);
    m_summary = new SummaryPage(m_plan);
    setPage(FilesPageId, m_files);
    setPage(MappingPageId, m_mapping);
    setPage(PreviewPageId, m_preview);
    setPage(ImportPageId, m_import);
    setPage(SummaryPageId, m_summary);
    setStartId(FilesPageId);

    connect(m_preview, &PreviewPage::chooseColumnsRequested, this, &ImportWizard::chooseColumns);
    connect(m_import, &ImportPage::importFinished, this, &ImportWizard::onImportFinished);
    connect(m_summary, &SummaryPage::storeChanged, this, &ImportWizard::storeChanged);
    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import files"));
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::reject()
{
    if (m_import->isRunning()) {
        m_import->cancel();
        button(QWizard::CancelButton)->setEnabled(false);
        return;
    }
    // An undo in flight finishes first, so the store is settled when the wizard is gone.
    if (m_summary->isUndoing())
        return;
    QWizard::reject();
}

void ImportWizard::onImportFinished()
{
    button(QWizard::CancelButton)->setEnabled(true);
    m_summary->showReports(m_import->reports(), m_preview->saveProblems(), m_import->wasCancelled());
    // Even a cancelled import may have kept the files before the one it stopped in.
    if (std::ranges::any_of(m_import->reports(), [](const ImportReport& r) { return !r.refused(); }))
        emit storeChanged();
    next();
}

void ImportWizard::chooseColumns(int id)
{
    m_plan->chooseColumns(id);
    // Back through the history to the mapping step, or to the files page when the mapping step
    // was skipped; from there Next leads to it, now that this file needs it.
    while (currentId() != MappingPageId && currentId() != FilesPageId)
        back();
    if (currentId() == FilesPageId)
        next();
    m_mapping->showFile(id);
}

} // namespace flywheel
