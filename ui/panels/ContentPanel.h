#pragma once

#include "Error.h"
#include "panels/StagePanel.h"
#include "store/Database.h"

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace flywheel {

/// The Content stage's page: how complete product pages are per product type or collection (chart
/// and table), and the suggested edits — answers to what customers keep asking first, by revenue at
/// risk — each with why it is suggested, its text in an editable field, and Accept / Save / Dismiss.
/// "Write product file" turns the accepted edits into the platform's product CSV.
class ContentPanel : public StagePanel {
    Q_OBJECT

public:
    explicit ContentPanel(QWidget* parent = nullptr);
    ~ContentPanel() override;

    [[nodiscard]] QString stageName() const override { return QStringLiteral("content"); }
    void showStore(const QString& storePath) override;

signals:
    /// What the page shows is read (used by tests and screenshots).
    void loaded();
    /// A product file was written (or the push said why not); `message` is what the owner was told.
    void pushed(const QString& message);

private:
    struct Contents;
    [[nodiscard]] static Result<Contents> read(Database& db);
    void showContents();
    void showGroups();
    void showChart();
    void showSuggestions();
    void showSelected();
    [[nodiscard]] int selectedRow() const;
    /// Runs `change` on the selected action on a worker, then reloads the page.
    template <typename Change> void changeSelected(Change change);
    void writeProductFile();

    QString m_storePath;
    QLabel* m_summary = nullptr;
    QComboBox* m_grouping = nullptr;
    QChartView* m_chart = nullptr;
    QTableView* m_groups = nullptr;
    QStandardItemModel* m_groupModel = nullptr;
    QTableView* m_suggestions = nullptr;
    QStandardItemModel* m_suggestionModel = nullptr;
    QTextBrowser* m_why = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_write = nullptr;
    std::shared_ptr<const Contents> m_contents;
};

} // namespace flywheel
