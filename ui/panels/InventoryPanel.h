#pragma once

#include "panels/StagePanel.h"
#include "stages/inventory/InventoryQueries.h"
#include "stages/inventory/StockedVariants.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace flywheel {

class ForecastChart;
class HealthFilter;
class HealthModel;
class ReorderList;

/// The Inventory stage's page: every stocked variant's health (out of stock, reorder now,
/// overstocked, ...) with days of cover, stockout risk and forecast error; the selected variant's
/// history, forecast ranges and backtest on a chart; and the proposed reorders with "Create
/// purchase orders". Supplier terms (lead time, service level) are set per vendor.
class InventoryPanel : public StagePanel {
    Q_OBJECT

public:
    explicit InventoryPanel(QWidget* parent = nullptr);
    ~InventoryPanel() override;

    [[nodiscard]] QString stageName() const override { return QStringLiteral("inventory"); }
    void showStore(const QString& storePath) override;

    /// Selects the variant with `sku` in the health table (tests and screenshots); false when absent.
    bool selectSku(const QString& sku);

signals:
    /// What the page shows is read (used by tests and screenshots).
    void loaded();
    /// The selected variant's chart is drawn.
    void forecastShown();
    /// Purchase orders were written (or why not); `message` is what the owner was told.
    void pushed(const QString& message);

private:
    struct Contents;
    [[nodiscard]] static Result<Contents> read(Database& db);
    void showContents();
    void showSelectedForecast();
    void editSupplierTerms();

    QString m_storePath;
    int m_forecastGeneration = 0;
    QLabel* m_summary = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_terms = nullptr;
    HealthModel* m_model = nullptr;
    HealthFilter* m_filter = nullptr;
    QTableView* m_table = nullptr;
    ForecastChart* m_chart = nullptr;
    QLabel* m_backtest = nullptr;
    ReorderList* m_reorders = nullptr;
    std::shared_ptr<const Contents> m_contents;
};

} // namespace flywheel
