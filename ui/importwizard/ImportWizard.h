#pragma once

#include <QWizard>

namespace flywheel {

class FilesPage;
class ImportPage;
class ImportPlan;
class MappingPage;
class PreviewPage;
class SummaryPage;

/// Brings export files into a store step by step: pick or drop the files and see how each is
/// recognised; choose the columns of layouts Flywheel does not know (and remember them); check
/// the first rows as they will be read; import with progress and cancel; read what each file did,
/// with its rejected rows, and undo the import if it was a mistake. Reading and importing run on
/// worker threads. Open it with open() (window-modal); UI thread only.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilesPageId, MappingPageId, PreviewPageId, ImportPageId, SummaryPageId };

    explicit ImportWizard(const QString& storePath, QWidget* parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] ImportPlan* plan() const { return m_plan; }
    [[nodiscard]] MappingPage* mappingPage() const { return m_mapping; }
    [[nodiscard]] PreviewPage* previewPage() const { return m_preview; }
    [[nodiscard]] SummaryPage* summaryPage() const { return m_summary; }

    /// Cancel while importing stops the import and shows what was kept, instead of closing.
    void reject() override;

signals:
    /// The import or its undo changed the store; views of it should reload.
    void storeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onImportFinished();
    /// Goes to the mapping step for the file with `id`, from the preview.
    void chooseColumns(int id);

    ImportPlan* m_plan;
    FilesPage* m_files = nullptr;
    MappingPage* m_mapping = nullptr;
    PreviewPage* m_preview = nullptr;
    ImportPage* m_import = nullptr;
    SummaryPage* m_summary = nullptr;
};

} // namespace flywheel
