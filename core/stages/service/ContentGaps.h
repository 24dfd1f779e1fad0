#pragma once

#include "stages/service/Attributes.h"
#include "stages/service/Messages.h"
#include "stages/service/ProductCatalog.h"

#include <vector>

namespace flywheel::service {

/// A product property customers keep asking about that the product's page does not answer.
struct ContentGap {
    int product = 0; ///< into ProductCatalog::products()
    int attribute = 0; ///< into AttributeVocabulary::attributes()
    std::vector<std::int64_t> ticketIds; ///< the questions, oldest first
    std::vector<std::int64_t> reviewIds; ///< reviews of the product that speak of the attribute
    QString firstAskedAt;
    QString lastAskedAt;
    /// Each customer who had to ask is a sale in doubt, valued at the product's selling price.
    std::int64_t revenueAtRiskMinor = 0;
    /// How unlikely this many questions are if customers asked about the attribute no more for this
    /// product than for the others (a Poisson tail); where an attribute is asked about across many
    /// products, it keeps a popular product's share of those questions from passing for a gap.
    double pValue = 1;
    double confidence = 0;
};

/// What customers asked about an attribute across products whose pages do not answer it, when no
/// single product stands out: a question for the store's FAQ rather than one page.
struct StoreWideQuestion {
    int attribute = 0;
    std::vector<std::int64_t> ticketIds;
    int products = 0;
};

struct GapInputs {
    const std::vector<TicketMessage>& tickets;
    const std::vector<std::vector<int>>& ticketProducts; ///< per ticket: products its questions are about
    const std::vector<std::vector<int>>& ticketAsked; ///< per ticket: attributes it asks about
    const std::vector<ReviewMessage>& reviews;
    const ProductCatalog& catalog;
    const AttributeVocabulary& vocabulary;
    int minMentions = 3;
};

struct GapFindings {
    std::vector<ContentGap> gaps; ///< highest revenue at risk first
    std::vector<StoreWideQuestion> storeWide;
};

[[nodiscard]] GapFindings findContentGaps(const GapInputs& inputs);

} // namespace flywheel::service
