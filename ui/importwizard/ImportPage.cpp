#include "ImportPage.h"

#include "ImportPlan.h"
#include "ImportRunner.h"
#include "ImportWizard.h"
#include "WizardText.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace flywheel {

namespace {
/// The bar counts in per-mille of the current file: file sizes overflow an int.
constexpr int kBarRange = 1000;
} // namespace

ImportPage::ImportPage(ImportPlan* plan, QWidget* parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_runner(new ImportRunner(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    m_status = wizard::textLabel();
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 0);
    m_note = wizard::noteLabel();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_note);
    layout->addStretch(2);

    connect(m_runner, &ImportRunner::fileStarted, this, &ImportPage::onFileStarted);
    connect(m_runner, &ImportRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_bar->setRange(0, 0);
            return;
        }
        m_bar->setRange(0, kBarRange);
        m_bar->setValue(int(done * kBarRange / total));
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportPage::onFinished);
    retranslate();
}

void ImportPage::retranslate()
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Each file goes in whole or not at all."));
    m_note->setText(tr("Cancel stops the import: the file being imported is left out, files already imported "
                       "stay, and you can undo them afterwards."));
}

void ImportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportPage::initializePage()
{
    QStringList files;
    QList<ImportOptions> options;
    for (int id : m_plan->importableFiles()) {
        const WizardFile* file = m_plan->fileById(id);
        files << file->path;
        options << file->options();
    }
    m_reports.clear();
    m_done = false;
    m_cancelled = false;
    m_status->setText(tr("Starting…"));
    m_runner->start(m_plan->storePath(), files, options);
}

bool ImportPage::isComplete() const
{
    return m_done;
}

int ImportPage::nextId() const
{
    return ImportWizard::SummaryPageId;
}

bool ImportPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportPage::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_cancelled = true;
    m_runner->cancel();
    m_status->setText(tr("Cancelling: leaving out the file being imported…"));
}

void ImportPage::onFileStarted(int index, int count, const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    m_status->setText(count == 1 ? tr("Importing %1…").arg(name)
                                 : tr("Importing %1 (file %2 of %3)…").arg(name).arg(index + 1).arg(count));
}

void ImportPage::onFinished(const QList<ImportReport>& reports)
{
    m_reports = reports;
    m_done = true;
    emit completeChanged();
    emit importFinished();
}

} // namespace flywheel
