#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::service {

/// The first stage of the wheel: what customers say in tickets and reviews becomes sentiment,
/// intents, the store's own tags on untagged tickets, discovered topics, linked products, asked
/// attributes and — the signal the Content stage consumes — content gaps. Rewrites ticket_signals,
/// review_signals, ticket_products, service_topics and content_gaps on every run.
class ServiceStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(ServiceStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("service"); }
    [[nodiscard]] QString title() const override { return tr("Service"); }
    [[nodiscard]] QStringList reads() const override
    {
        return { QStringLiteral("tickets"), QStringLiteral("reviews"), QStringLiteral("orders"), QStringLiteral("order_lines"), QStringLiteral("products"), QStringLiteral("variants"), QStringLiteral("customers") };
    }
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
};

} // namespace flywheel::service
