#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::merchandising {

/// The fourth stage of the wheel: each query's weekly searches and each product's weekly sales are
/// judged against a seasonal baseline (the same weeks a year earlier, else the level before the
/// change moved with the series that rise and fall with it), so a spike or a steady rise is told
/// from the season, with how sure it is; products follow the trending queries whose results show
/// them. Each collection's products are scored on demand, trend, conversion and margin, stock
/// first. Writes merch_trends and merch_collection_ranks on every run; proposes collection orders
/// and products to feature. The weekly searches and sales are read ahead of the run.
class MerchandisingStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(MerchandisingStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("merchandising"); }
    [[nodiscard]] QString title() const override { return tr("Merchandising"); }
    /// Search maps queries to products; Inventory says what is in stock.
    [[nodiscard]] QStringList dependsOn() const override
    {
        return { QStringLiteral("search"), QStringLiteral("inventory") };
    }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
    [[nodiscard]] Reader readAhead() const override;
};

} // namespace flywheel::merchandising
