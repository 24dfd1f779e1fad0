#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::search {

/// The third stage of the wheel: every query of the site-search reports is replayed against the
/// (Content-enriched) catalog and diagnosed — typo, wording gap, filter-caused, out of stock or not
/// carried — with its fix. Writes search_diagnoses and search_demand on every run; proposes synonym
/// groups, redirects to collections, and reviews of unmet demand.
class SearchStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(SearchStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("search"); }
    [[nodiscard]] QString title() const override { return tr("Search"); }
    [[nodiscard]] QStringList dependsOn() const override { return { QStringLiteral("content") }; }
    [[nodiscard]] QStringList reads() const override
    {
        return { QStringLiteral("products"), QStringLiteral("variants"), QStringLiteral("collections"), QStringLiteral("collection_products"), QStringLiteral("search_terms"), QStringLiteral("inventory_levels"), QStringLiteral("orders"), QStringLiteral("order_lines") };
    }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
};

} // namespace flywheel::search
