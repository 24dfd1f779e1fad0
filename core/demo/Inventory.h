#pragma once

#include "demo/Random.h"
#include "demo/World.h"

namespace flywheel::demo {

/// Stock on the last day, per variant and location, following each variant's recent sales and
/// the season ahead: a few weeks of cover for most, a few stockouts among fast sellers, and the
/// planted overstock (mostly summer lines going into winter) at many months of cover.
void planInventory(World& world, Random& random);

/// The rule the planted overstock meets and no other variant does.
inline constexpr int kOverstockMinUnits = 40;
inline constexpr int kOverstockMinWeeks = 26;

} // namespace flywheel::demo
