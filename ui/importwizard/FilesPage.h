#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace flywheel {

class ImportPlan;

/// First page of the import wizard: the files to import, picked or dropped, each with the layout
/// Flywheel recognised in it. The owner can remove files or ask to choose a file's columns.
class FilesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit FilesPage(ImportPlan* plan, QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFiles();
    void refreshList();
    void updateButtons();
    [[nodiscard]] int selectedId() const;

    ImportPlan* m_plan;
    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_chooseColumns = nullptr;
    QLabel* m_dropHint = nullptr;
};

} // namespace flywheel
