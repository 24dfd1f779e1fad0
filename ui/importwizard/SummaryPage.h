#pragma once

#include "io/Import.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace flywheel {

class ImportPlan;
struct WizardFile;

/// What the import did, file by file: rows new, updated, unchanged and rejected, the rejected
/// rows with their line and reason, warnings, and the files that were skipped. "Undo this
/// import" takes every file of this import back out of the store (after asking).
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SummaryPage(ImportPlan* plan, QWidget* parent = nullptr);

    /// Shows the outcome; `notes` are problems met on the way (e.g. columns that were not saved).
    void showReports(const QList<ImportReport>& reports, const QStringList& notes, bool cancelled);
    [[nodiscard]] const QList<ImportReport>& reports() const { return m_reports; }
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isUndoing() const { return m_undo.isRunning(); }

signals:
    /// Undo changed the store.
    void storeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct UndoOutcome {
        int undone = 0;
        std::optional<Error> error;
    };
    [[nodiscard]] QWidget* fileSection(const ImportReport& report);
    [[nodiscard]] QWidget* skippedSection(const WizardFile& file);
    [[nodiscard]] QString headline(bool cancelled) const;
    void rebuild();
    void loadRejects(const QString& path, QTableWidget* table, QLabel* more);
    void undo();
    void onUndone();

    ImportPlan* m_plan;
    QList<ImportReport> m_reports;
    QStringList m_notes;
    bool m_cancelled = false;
    bool m_undone = false;
    QLabel* m_headline = nullptr;
    QWidget* m_files = nullptr;
    QVBoxLayout* m_filesLayout = nullptr;
    QPushButton* m_undoButton = nullptr;
    QLabel* m_undoStatus = nullptr;
    QFutureWatcher<UndoOutcome> m_undo;
};

} // namespace flywheel
