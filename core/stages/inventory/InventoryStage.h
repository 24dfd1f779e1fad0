#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::inventory {

/// The fifth stage of the wheel: each variant's demand is forecast from its sales (periods out of
/// stock censored, not read as no demand) with prediction ranges and a backtest, and its stock is
/// judged against it: days of cover, stockout date and risk, reorder point and order-up-to level
/// from the supplier's lead time and the service level, and overstock for Promotions. Writes
/// inventory_forecasts and inventory_health on every run; proposes reorders.
class InventoryStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(InventoryStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("inventory"); }
    [[nodiscard]] QString title() const override { return tr("Inventory"); }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
};

} // namespace flywheel::inventory
