#pragma once

#include "io/Importer.h"

#include <QWizardPage>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

namespace flywheel {

class ImportPlan;
struct WizardFile;

/// The column-mapping step: for each file whose layout Flywheel did not recognise (or whose
/// columns the owner wants to choose), what the file holds and which of its columns is which
/// field. Columns are pre-filled by similar names; required fields are listed first. The
/// choices can be remembered for the next file with the same columns.
class MappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit MappingPage(ImportPlan* plan, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

    /// Shows the file with `id` (one of the files to map).
    void showFile(int id);
    /// The combo box that picks the column of the field labelled `label` (for tests).
    [[nodiscard]] QComboBox* fieldCombo(const QString& label) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshFileCombo();
    void onFormatChosen();
    /// Fills the field rows for the current file and format, selecting `columnOfField`.
    void buildFields(const std::vector<int>& columnOfField);
    void onFieldChosen(int fieldId);
    /// Hands the current choices to the plan and updates what is still missing.
    void applyChoices();
    [[nodiscard]] const WizardFile* currentFile() const;

    ImportPlan* m_plan;
    int m_fileId = 0;
    std::unique_ptr<Importer> m_importer;
    QLabel* m_fileLabel = nullptr;
    QComboBox* m_fileCombo = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QWidget* m_fields = nullptr;
    QGridLayout* m_fieldsLayout = nullptr;
    std::vector<QComboBox*> m_fieldCombos; ///< by field id
    QLabel* m_decimalLabel = nullptr;
    QComboBox* m_decimalCombo = nullptr;
    QLabel* m_dateLabel = nullptr;
    QComboBox* m_dateCombo = nullptr;
    QCheckBox* m_save = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace flywheel
