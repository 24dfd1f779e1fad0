#pragma once

#include "io/Import.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace flywheel {

class ImportPlan;
class ImportRunner;

/// Runs the import in the background as soon as the page is shown, with a progress bar; the
/// wizard's Cancel stops it (the file being imported is rolled back). Moves on to the summary by
/// itself when the import ends.
class ImportPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportPage(ImportPlan* plan, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] bool isRunning() const;
    /// Stops the import at the next check; the page moves on once the worker has stopped.
    void cancel();
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    [[nodiscard]] const QList<ImportReport>& reports() const { return m_reports; }

signals:
    /// The import ended (finished, refused or cancelled); reports() has one report per file.
    void importFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onFileStarted(int index, int count, const QString& file);
    void onFinished(const QList<ImportReport>& reports);

    ImportPlan* m_plan;
    ImportRunner* m_runner = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_note = nullptr;
    QList<ImportReport> m_reports;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace flywheel
