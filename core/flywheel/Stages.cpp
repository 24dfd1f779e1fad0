#include "flywheel/Stage.h"

#include "stages/content/ContentStage.h"
#include "stages/inventory/InventoryStage.h"
#include "stages/merchandising/MerchandisingStage.h"
#include "stages/outcomes/OutcomesStage.h"
#include "stages/promotions/PromotionsStage.h"
#include "stages/search/SearchStage.h"
#include "stages/service/ServiceStage.h"

#include <QCoreApplication>

namespace flywheel {

namespace {
struct StageText {
    Q_DECLARE_TR_FUNCTIONS(Stage)
};
} // namespace

Result<void> checkCancelled(const Stage& stage, const Progress* progress)
{
    if (progress && progress->cancelled())
        return fail(ErrorCode::Cancelled,
            StageText::tr("The %1 analysis was cancelled; the previous results are kept.").arg(stage.title()));
    return {};
}

QStringList importedTables()
{
    return {QStringLiteral("products"),    QStringLiteral("variants"),         QStringLiteral("collections"),
            QStringLiteral("collection_products"), QStringLiteral("customers"), QStringLiteral("orders"),
            QStringLiteral("order_lines"), QStringLiteral("order_discounts"),  QStringLiteral("refunds"),
            QStringLiteral("locations"),   QStringLiteral("inventory_levels"), QStringLiteral("tickets"),
            QStringLiteral("reviews"),     QStringLiteral("search_terms")};
}

QStringList Stage::reads() const
{
    return importedTables();
}

std::vector<std::unique_ptr<Stage>> createStages()
{
    // Each stage of the wheel registers here as it is built.
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<service::ServiceStage>());
    stages.push_back(std::make_unique<content::ContentStage>());
    stages.push_back(std::make_unique<search::SearchStage>());
    stages.push_back(std::make_unique<merchandising::MerchandisingStage>());
    stages.push_back(std::make_unique<inventory::InventoryStage>());
    stages.push_back(std::make_unique<promotions::PromotionsStage>());
    stages.push_back(std::make_unique<outcomes::OutcomesStage>());
    return stages;
}

} // namespace flywheel
