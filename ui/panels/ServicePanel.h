#pragma once

#include "Error.h"
#include "panels/StagePanel.h"
#include "store/Database.h"

#include <memory>

class QChartView;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace flywheel {

/// The Service stage's page: ticket volume and sentiment week by week, what customers write in
/// about (intents and the topics no intent explains, with example tickets), and the content gaps
/// with the tickets behind each and a button that queues the fix.
class ServicePanel : public StagePanel {
    Q_OBJECT

public:
    explicit ServicePanel(QWidget* parent = nullptr);

    [[nodiscard]] QString stageName() const override { return QStringLiteral("service"); }
    void showStore(const QString& storePath) override;

signals:
    /// What the page shows is read (used by tests and screenshots).
    void loaded();

private:
    struct Contents;
    [[nodiscard]] static Result<Contents> read(Database& db);
    void showContents(const Contents& contents);
    void showChart(const Contents& contents);
    void showIntents(const Contents& contents);
    void showTopics(const Contents& contents);
    void showGaps(const Contents& contents);
    void showGapEvidence();
    void queueSelectedFix();
    [[nodiscard]] int selectedGap() const;

    QString m_storePath;
    QLabel* m_summary = nullptr;
    QChartView* m_chart = nullptr;
    QTreeWidget* m_intents = nullptr;
    QTreeWidget* m_topics = nullptr;
    QTableView* m_gaps = nullptr;
    QStandardItemModel* m_gapModel = nullptr;
    QTextBrowser* m_evidence = nullptr;
    QPushButton* m_queueFix = nullptr;
    std::shared_ptr<const Contents> m_contents;
};

} // namespace flywheel
