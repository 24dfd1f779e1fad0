#pragma once

#include "demo/AdvanceStore.h"

namespace flywheel::demo {

/// A pushed purchase order whose stock arrives in this period or later.
struct PushedReorder {
    std::int64_t actionId = 0;
    int product = 0;
    int variant = 0;
    int quantity = 0;
    int leadDays = 0;
};

/// One customer of a pushed promotion's audience.
struct AudienceSeat {
    int customer = 0;
    bool control = false; ///< held back: gets no code and behaves as if there were no promotion
    std::string code; ///< the member's own code; empty for control members
};

/// A pushed promotion running in this period, on the days `firstDay` to `lastDay`.
struct PushedPromotion {
    std::string subjectKey;
    std::int64_t productId = 0;
    int product = 0;
    int percent = 0;
    int firstDay = 0;
    int lastDay = 0;
    std::vector<AudienceSeat> seats;
};

/// What the owner pushed, as far as the period's shoppers notice it.
struct PushedActions {
    std::vector<double> demandFactor; ///< per world product: featured products sell more
    std::vector<int> merchandised; ///< products featured or moved to the top of a collection
    std::vector<PushedReorder> reorders; ///< those not ordered in an earlier period
    std::vector<PushedPromotion> promotions; ///< those running in this period
    std::vector<std::int64_t> placedReorders; ///< every reorder ordered so far, this period's included
    int pageEdits = 0; ///< product pages edited by pushed content actions
};

/// Reads the actions pushed so far (status pushed or measured; each in effect for the whole period
/// `firstDay`..`lastDay`) and applies at once what they change in the world: content gaps the page
/// or the FAQ now answers (world.gaps), product pages with the pushed lines and tags, search fixes
/// (world.searchFixes) and saved replies (world.repliedIntents). Returns what the period's
/// simulation needs besides. Same thread rules as `db`.
[[nodiscard]] Result<PushedActions> readPushedActions(
    Database& db, World& world, const StoreLinks& links, int firstDay, int lastDay);

} // namespace flywheel::demo
