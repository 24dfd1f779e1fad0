#pragma once

#include "demo/AdvancePeriod.h"

namespace flywheel::demo {

/// Writes what an advanced period did with the pushed actions, for checking the outcomes Flywheel
/// measures: the content gaps and whether their questions were answered (asked at 15% of the rate),
/// the searches fixed, the products featured or placed first in a collection, the purchase orders that arrived, and per
/// promotion how many in the audience and in the control group bought; with the period's counts and what each of its
/// tickets is about. Products are named by handle and the store's product id.
[[nodiscard]] Result<void> writeAdvanceTruth(const World& world, const StoreLinks& links, const PushedActions& actions,
    const PeriodDays& days, const PeriodOutcome& outcome, const QString& path);

} // namespace flywheel::demo
