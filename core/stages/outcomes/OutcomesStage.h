#pragma once

#include "flywheel/Stage.h"

#include <QCoreApplication>

namespace flywheel::outcomes {

/// The step that closes the loop: once the store's history covers a pushed action's window, its
/// outcome is measured (before against after, or audience against the held-back control group) and
/// the action is marked measured; the wheel's momentum figures are recorded as of the history's
/// last day. Runs after every stage, so it reads their fresh signals.
class OutcomesStage final : public Stage {
    Q_DECLARE_TR_FUNCTIONS(OutcomesStage)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("outcomes"); }
    [[nodiscard]] QString title() const override { return tr("Outcomes"); }
    [[nodiscard]] QStringList dependsOn() const override;
    [[nodiscard]] Result<StageSummary> run(StageContext& context) override;
};

} // namespace flywheel::outcomes
