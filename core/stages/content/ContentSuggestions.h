#pragma once

#include "stages/content/AttributeExtractor.h"
#include "stages/content/Completeness.h"
#include "stages/service/ServiceQueries.h"

#include <map>
#include <optional>
#include <vector>

namespace flywheel::content {

enum class SuggestionKind {
    AddAnswer, ///< a sentence answering what customers keep asking (a content gap)
    AddAttribute, ///< an attribute the product's peers state and its page does not
    AddTag, ///< a tag the store uses for a value these products' pages state
};
/// The recommendations.kind name: "add-answer", "add-attribute", "add-tag".
[[nodiscard]] QString kindName(SuggestionKind kind);

/// A review's words, for values a product page leaves out ("runs half a size small").
struct ReviewText {
    std::int64_t id = 0;
    QString text; ///< title and body
};

/// One edit the Content stage proposes, with what it rests on.
struct Suggestion {
    SuggestionKind kind = SuggestionKind::AddAnswer;
    QString attribute; ///< key
    QString attributeTitle; ///< for the owner
    std::vector<int> products; ///< indices into the catalog; several only for add-tag
    /// What to add: a line for the description ("Fit: runs small", with a placeholder when the value is
    /// unknown) or, for add-tag, the tag as the store writes it.
    QString text;
    QString value; ///< the value found; empty when the owner has to fill it in
    QString valueSource; ///< "catalog" or "reviews"; empty without a value
    std::vector<std::int64_t> reviewIds; ///< the reviews that state the value
    int reviewsAgreeing = 0;
    double confidence = 0; ///< that the edit is needed
    /// What the list is ranked by: revenue at risk for answers, recent sales weighted by how sure the
    /// suggestion is for the others.
    double priority = 0;
    std::optional<service::GapReading> gap; ///< add-answer: the Service stage's content gap
    double peerShare
        = 0; ///< add-attribute: share of the peers that state it; add-tag: how consistently the store tags it
    int peers = 0; ///< add-attribute: size of the peer group; add-tag: products carrying the tag
    QString peerGroup; ///< add-attribute: the product type
};

struct SuggestionInputs {
    const std::vector<ContentProduct>& products;
    const std::vector<std::vector<ExtractedValue>>& values; ///< per product
    const std::vector<ProductCompleteness>& completeness; ///< per product
    const QList<service::GapReading>& gaps;
    const std::map<int, std::vector<ReviewText>>& reviews; ///< product index -> its reviews
    const std::map<QString, int>& askedTickets; ///< attribute -> tickets asking about it, store-wide
    const AttributeLexicon& lexicon;
    const AttributeExtractor& extractor;
    const text::Analyzer& analyzer;
};

/// Answers for every content gap (highest revenue at risk first), then the attributes peers state that
/// matter most, then tags the store uses for values pages state but tags lack. Deterministic.
[[nodiscard]] std::vector<Suggestion> buildSuggestions(const SuggestionInputs& inputs);

/// The reviews of the products at these catalog indices, oldest first.
[[nodiscard]] Result<std::map<int, std::vector<ReviewText>>> loadReviews(
    Database& db, const std::vector<ContentProduct>& products, const std::vector<int>& wanted);

/// How many tickets asked about each attribute (the Service stage's ticket_signals): what customers of
/// this store ask about matters most on its pages.
[[nodiscard]] Result<std::map<QString, int>> loadAskedTickets(Database& db);

/// The products whose reviews buildSuggestions() may read: those with a gap or a missing attribute.
[[nodiscard]] std::vector<int> productsNeedingValues(const std::vector<ContentProduct>& products,
    const std::vector<ProductCompleteness>& completeness, const QList<service::GapReading>& gaps);

} // namespace flywheel::content
