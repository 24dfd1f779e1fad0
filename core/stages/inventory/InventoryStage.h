#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::inventory {

/// The fifth stage of the wheel: each variant's demand is forecast from its sales (periods out of
/// stock censored, not read as no demand) with prediction ranges and a backtest, and its stock is
/// judged against it: days of cover, stockout date and risk, reorder point and order-up-to level
/// from the supplier's lead time and the service level, and overstock for Promotions. Where a
/// product's sales trail its searches (the Search stage's search_demand), the first weeks of its
/// variants' forecasts follow the searches already made. Writes
/// inventory_forecasts and inventory_health on every run; proposes reorders. The sales and stock
/// histories are read ahead of the run.
class InventoryStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(InventoryStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("inventory"); }
    [[nodiscard]] QString title() const override { return tr("Inventory"); }
    [[nodiscard]] QStringList dependsOn() const override { return { QStringLiteral("search") }; }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
    [[nodiscard]] Reader readAhead() const override;
};

} // namespace flywheel::inventory
