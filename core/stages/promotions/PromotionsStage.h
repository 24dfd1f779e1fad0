#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::promotions {

/// The sixth stage of the wheel: scores every customer (RFM segment, the BG/NBD purchase model's
/// chance they still buy and expected orders, Gamma-Gamma spend and lifetime value, discount and
/// category affinity), estimates each product's price response from the store's own price changes,
/// and turns the Inventory stage's overstock, season ends, Merchandising's trends with surplus stock and
/// slow movers into
/// promotions: an audience, a random control group held back, a discount within the margin floor
/// and the expected extra units, revenue and margin. Writes customer_scores,
/// customer_models, price_response, promotions and promotion_audience; proposes promotions. The
/// customers and price responses come from the orders alone and are worked out ahead of the run.
class PromotionsStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(PromotionsStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("promotions"); }
    [[nodiscard]] QString title() const override { return tr("Promotions"); }
    [[nodiscard]] QStringList dependsOn() const override
    {
        return { QStringLiteral("inventory"), QStringLiteral("merchandising") };
    }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
    [[nodiscard]] Reader readAhead() const override;
};

} // namespace flywheel::promotions
