#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace flywheel {

class ImportPlan;

/// The last look before anything is written: for each file, how it will be read and its first
/// rows as the import will see them. Choosing Import starts the import; the columns of a file
/// can still be changed from here.
class PreviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit PreviewPage(ImportPlan* plan, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

    /// Shows the file with `id`.
    void showFile(int id);
    /// What could not be saved when the import started (chosen columns), for the summary.
    [[nodiscard]] QStringList saveProblems() const { return m_saveProblems; }

signals:
    /// The owner wants to choose the columns of the file with `id`.
    void chooseColumnsRequested(int id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ImportPlan* m_plan;
    int m_fileId = 0;
    QLabel* m_fileLabel = nullptr;
    QComboBox* m_fileCombo = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_chooseColumns = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
    QStringList m_saveProblems;
};

} // namespace flywheel
