#pragma once

#include "demo/Random.h"
#include "demo/World.h"

namespace flywheel::demo {

/// Builds the product catalog for the world's scale: the planted products first (the content
/// gaps and the spiking lines), then generated ones until the scale's product or variant count
/// is reached. Also fills world.gaps and world.spikes and plants a few price changes.
void buildCatalog(World& world, Random& random);

/// Fills description, SEO description and tags from the product's attributes, leaving out the
/// attribute of its content gap (when it has one) everywhere.
void writeProductText(Product& product, const World& world, Random& random);

/// Whether the product's care instructions say it can go in a washing machine.
[[nodiscard]] bool machineWashable(const Product& product);

} // namespace flywheel::demo
