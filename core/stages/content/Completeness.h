#pragma once

#include "stages/content/AttributeExtractor.h"

#include <map>
#include <vector>

namespace flywheel::content {

/// An attribute a product's page should state and does not.
struct MissingAttribute {
    QString attribute;
    /// Share of the product's peers that state it; 0 when only customers' questions put it here.
    double peerShare = 0;
    bool asked = false; ///< a content gap: customers keep asking about it
};

/// How complete a product's page is against what its peers state.
struct ProductCompleteness {
    double score = 1; ///< stated / expected, 1 when nothing is expected
    int expected = 0;
    std::vector<MissingAttribute> missing; ///< asked ones first, then by peer share
    QString peerGroup; ///< the product type it was compared within; empty = the whole catalog
    int peers = 0; ///< products in that group, itself included
};

/// A value counts as stated from this confidence on; weaker readings (an everyday word) do not.
inline constexpr double kStatedConfidence = 0.5;

/// Which attributes matter is learned from the catalog: an attribute is expected of a product when
/// most products of its type (kExpectedShare of at least kMinPeers) state it; a type with fewer products
/// is compared with the whole catalog. Attributes customers keep asking about (`asked`, per product
/// index) are expected of that product whatever its peers do. Sizes and colours are not judged (see
/// Completeness.cpp).
[[nodiscard]] std::vector<ProductCompleteness> computeCompleteness(const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, const std::map<int, QStringList>& asked);

} // namespace flywheel::content
