#pragma once

#include "Error.h"
#include "flywheel/Recommendation.h"

#include <QList>

#include <optional>

namespace flywheel {

/// One link in the chain behind an action, from another stage of the wheel (or this one): a signal
/// about the same products, or another action on them.
struct LineageStep {
    QString stage; ///< the stage that owns the signal or action
    QString text; ///< for the owner, e.g. "Customers asked about waterproof 9 times (Trail Jacket)"
    std::optional<std::int64_t> actionId; ///< when the step is an action
    QString status; ///< that action's status
};

/// The products an action is about (at most a handful): its subject's product or variant, the
/// promoted product, the products in its evidence, the products a fixed search finds.
[[nodiscard]] Result<QList<std::int64_t>> actionProducts(Database& db, const Recommendation& action);

/// What led to the action across the stages, in the wheel's order: the content gaps customers
/// opened on its products, the searches that find them, their trends and stock, and every other
/// action on them, ending with the stages after its own.
[[nodiscard]] Result<QList<LineageStep>> lineage(Database& db, const Recommendation& action);

} // namespace flywheel
