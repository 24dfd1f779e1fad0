#pragma once

#include "panels/StagePanel.h"
#include "stages/promotions/PromotionQueries.h"

#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace flywheel {

class SegmentChart;

/// The Promotions stage's page: the suggested promotions (why, discount, audience, control group,
/// expected extra units, revenue and margin) with "Create promotion" writing its codes, audience
/// lists and email draft in one click; the selected promotion's audience; and the customer
/// segments with their share of expected spend.
class PromotionsPanel : public StagePanel {
    Q_OBJECT

public:
    explicit PromotionsPanel(QWidget* parent = nullptr);
    ~PromotionsPanel() override;

    [[nodiscard]] QString stageName() const override { return QStringLiteral("promotions"); }
    void showStore(const QString& storePath) override;

signals:
    /// What the page shows is read (used by tests and screenshots).
    void loaded();
    /// The selected promotion's audience is shown.
    void audienceShown();
    /// Promotion files were written (or why not); `message` is what the owner was told.
    void pushed(const QString& message);

private:
    struct Contents;
    [[nodiscard]] static Result<Contents> read(Database& db);
    void showContents();
    void showSelected();
    [[nodiscard]] const promotions::Promotion* selected() const;
    void dismissSelected();
    void createSelected();
    void updateButtons();

    QString m_storePath;
    int m_audienceGeneration = 0;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QStandardItemModel* m_audienceModel = nullptr;
    QTableView* m_audience = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_create = nullptr;
    SegmentChart* m_segments = nullptr;
    QLabel* m_models = nullptr;
    std::shared_ptr<const Contents> m_contents;
};

} // namespace flywheel
