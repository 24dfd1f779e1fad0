#pragma once

#include "flywheel/Recommendation.h"
#include "stages/content/ContentSuggestions.h"

namespace flywheel::content {

/// Replaces product_attributes and product_completeness with this run's readings.
[[nodiscard]] Result<void> writeContentSignals(Database& db, const std::vector<ContentProduct>& products,
    const std::vector<std::vector<ExtractedValue>>& values, const std::vector<ProductCompleteness>& completeness,
    std::int64_t runId);

/// Queues each suggestion as an action and keeps its edit in content_suggestions (the owner's own
/// wording survives the run). The stage's open actions this run no longer proposes are withdrawn:
/// the page now says it, or the question stopped. Returns how many actions are in front of the owner.
[[nodiscard]] Result<int> proposeContentActions(Database& db, RecommendationQueue& queue,
    const std::vector<ContentProduct>& products, const std::vector<Suggestion>& suggestions, std::int64_t runId);

} // namespace flywheel::content
