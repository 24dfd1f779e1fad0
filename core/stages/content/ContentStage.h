#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::content {

/// The second stage of the wheel: reads what each product's page states (attributes with their
/// source and confidence), judges how complete it is against what its peers state and what customers
/// ask (the Service stage's content gaps), and proposes the edits: answers for the gaps, missing
/// attributes, tags. Rewrites product_attributes and product_completeness on every run; the proposed
/// edits live with their actions in content_suggestions.
class ContentStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(ContentStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("content"); }
    [[nodiscard]] QString title() const override { return tr("Content"); }
    [[nodiscard]] QStringList dependsOn() const override { return { QStringLiteral("service") }; }
    [[nodiscard]] QStringList reads() const override
    {
        return { QStringLiteral("products"), QStringLiteral("variants"), QStringLiteral("reviews"), QStringLiteral("collections"), QStringLiteral("collection_products"), QStringLiteral("orders"), QStringLiteral("order_lines"), QStringLiteral("inventory_levels") };
    }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
};

} // namespace flywheel::content
