#pragma once

#include "flywheel/Recommendation.h"
#include "panels/StagePanel.h"
#include "stages/merchandising/MerchandisingQueries.h"

#include <memory>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace flywheel {

class CollectionOrderView;
class MerchActionList;
class TrendChart;

/// The Merchandising stage's page: the trending searches and products (spikes and rises against
/// their seasonal baseline, with how sure each is) and the selected one's weeks on a chart; each
/// collection's suggested order with the reason for every place; and the proposed collection
/// orders and products to feature, with "Write files".
class MerchandisingPanel : public StagePanel {
    Q_OBJECT

public:
    explicit MerchandisingPanel(QWidget* parent = nullptr);
    ~MerchandisingPanel() override;

    [[nodiscard]] QString stageName() const override { return QStringLiteral("merchandising"); }
    void showStore(const QString& storePath) override;

    /// Shows searches or products and selects the row named `name` (tests and screenshots); false when absent.
    bool selectTrend(merchandising::Subject subject, const QString& name);
    /// Chooses the collection titled `title` (tests and screenshots); false when absent.
    bool selectCollection(const QString& title);

signals:
    /// What the page shows is read (used by tests and screenshots).
    void loaded();
    /// The selected row's chart is drawn.
    void trendShown();
    /// The chosen collection's order is shown.
    void collectionShown();
    /// Files were written (or why not); `message` is what the owner was told.
    void pushed(const QString& message);

private:
    struct Contents;
    [[nodiscard]] static Result<Contents> read(Database& db);
    void showContents();
    void showTrendRows();
    void showSelectedTrend();

    QString m_storePath;
    int m_chartGeneration = 0;
    QLabel* m_summary = nullptr;
    QComboBox* m_subject = nullptr;
    QStandardItemModel* m_trendModel = nullptr;
    QTableView* m_trendTable = nullptr;
    TrendChart* m_chart = nullptr;
    QLabel* m_trendNote = nullptr;
    CollectionOrderView* m_collections = nullptr;
    MerchActionList* m_actions = nullptr;
    std::shared_ptr<const Contents> m_contents;
};

} // namespace flywheel
