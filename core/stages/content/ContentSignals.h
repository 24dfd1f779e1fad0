#pragma once

#include "flywheel/Recommendation.h"
#include "stages/content/ContentSuggestions.h"

namespace flywheel::content {

/// Replaces product_attributes with this run's readings of the catalog.
[[nodiscard]] Result<void> writeAttributeValues(Database& db, const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, std::int64_t runId);
/// The attribute values in product_attributes, per product of `products` (in its order), each
/// product's in the order AttributeExtractor::extract() gives them.
[[nodiscard]] Result<std::vector<std::vector<ExtractedValue>>> readAttributeValues(
    Database& db, const std::vector<ContentProduct>& products);
/// Replaces product_completeness with this run's.
[[nodiscard]] Result<void> writeCompleteness(Database& db, const std::vector<ContentProduct>& products,
    const std::vector<ProductCompleteness>& completeness, std::int64_t runId);

/// Queues each suggestion as an action and keeps its edit in content_suggestions (the owner's own
/// wording survives the run). The stage's open actions this run no longer proposes are withdrawn:
/// the page now says it, or the question stopped. Returns how many actions are in front of the owner.
[[nodiscard]] Result<int> proposeContentActions(Database& db, RecommendationQueue& queue,
    const std::vector<ContentProduct>& products, const std::vector<Suggestion>& suggestions, std::int64_t runId);

} // namespace flywheel::content
