#pragma once

#include "stages/content/AttributeExtractor.h"

namespace flywheel::content {

/// Learns what the store's own catalog says about its attributes, before any product is read:
/// - which attribute each option name stands for ("Colour" -> colour; an unknown "Heel height" becomes
///   the store's own attribute "option:heel height");
/// - which tag prefixes name attributes ("material:wool", "color_red"; an unknown prefix on three or more
///   tags becomes "tag:<prefix>");
/// - the values its colour, material and pattern options and prefixed tags use ("heather grey"), and the
///   words it keeps writing before a known value on three or more products ("ripstop nylon"), which it
///   adds to `lexicon` as learned values.
/// Deterministic: products are read in the given order and counts are kept in ordered maps.
[[nodiscard]] CatalogConventions learnConventions(
    const std::vector<ContentProduct>& products, AttributeLexicon& lexicon, const text::Analyzer& analyzer);

} // namespace flywheel::content
