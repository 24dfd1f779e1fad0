#include "stages/service/ContentGaps.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace flywheel::service {

namespace {
/// A gap must be this unlikely to be chance (see ContentGap::pValue).
constexpr double kSignificance = 0.05;
/// Store-wide questions: asked about at least this many products whose pages are silent.
constexpr int kStoreWideProducts = 3;

/// P(X >= k) for X ~ Poisson(lambda), summed in log space so large counts do not underflow.
double poissonUpperTail(int k, double lambda)
{
    if (k <= 0)
        return 1.0;
    if (lambda <= 0)
        return 0.0;
    double below = 0;
    double logTerm = -lambda; // log P(X = 0)
    for (int i = 0; i < k; ++i) {
        below += std::exp(logTerm);
        logTerm += std::log(lambda) - std::log(static_cast<double>(i + 1));
    }
    return std::clamp(1.0 - below, 0.0, 1.0);
}

struct Asked {
    std::vector<std::int64_t> tickets;
    QString first;
    QString last;
};
} // namespace

GapFindings findContentGaps(const GapInputs& in)
{
    const size_t productCount = in.catalog.products().size();
    std::vector<int> linkedTickets(productCount, 0);
    QHash<int, int> askedPerAttribute;
    std::map<std::pair<int, int>, Asked> asked; // (product, attribute), ordered for a stable result
    int linkedTotal = 0;
    for (size_t t = 0; t < in.tickets.size(); ++t) {
        const std::vector<int>& products = in.ticketProducts[t];
        if (products.empty())
            continue;
        ++linkedTotal;
        for (int product : products)
            ++linkedTickets[static_cast<size_t>(product)];
        for (int attribute : in.ticketAsked[t]) {
            ++askedPerAttribute[attribute];
            for (int product : products) {
                Asked& entry = asked[{ product, attribute }];
                const TicketMessage& ticket = in.tickets[t];
                entry.tickets.push_back(ticket.id);
                if (entry.first.isEmpty() || ticket.createdAt < entry.first)
                    entry.first = ticket.createdAt;
                if (ticket.createdAt > entry.last)
                    entry.last = ticket.createdAt;
            }
        }
    }

    QHash<std::pair<int, int>, std::vector<std::int64_t>> reviewEvidence;
    for (const ReviewMessage& review : in.reviews) {
        const int product = review.productId ? in.catalog.indexOf(*review.productId) : -1;
        if (product < 0)
            continue;
        for (int attribute : in.vocabulary.mentioned(review.terms))
            reviewEvidence[{ product, attribute }].push_back(review.id);
    }

    // An attribute asked about across many products whose pages are silent is a store-wide question;
    // there a product is singled out only when it draws clearly more of those questions than its
    // share of tickets would.
    // Questions a page already answers are no gap; what remains is asked of silent pages only.
    QHash<int, int> silentProducts;
    for (auto it = asked.begin(); it != asked.end();) {
        const auto [product, attribute] = it->first;
        if (in.vocabulary.answeredBy(attribute, in.catalog.products()[static_cast<size_t>(product)])) {
            it = asked.erase(it);
            continue;
        }
        ++silentProducts[attribute];
        ++it;
    }

    GapFindings findings;
    QHash<int, StoreWideQuestion> storeWide;
    for (auto& [key, entry] : asked) {
        const auto [product, attribute] = key;
        const CatalogProduct& page = in.catalog.products()[static_cast<size_t>(product)];
        const auto mentions = static_cast<int>(entry.tickets.size());
        const double expected = linkedTotal > 0 ? static_cast<double>(askedPerAttribute.value(attribute))
                * linkedTickets[static_cast<size_t>(product)] / linkedTotal
                                                : 0.0;
        const double pValue = poissonUpperTail(mentions, expected);
        // Many products tested at once: the threshold is split between them (Bonferroni), or a
        // store with 400 silent pages would see twenty gaps by chance alone.
        const int tested = silentProducts.value(attribute);
        const bool widespread = tested >= kStoreWideProducts;
        if (mentions >= in.minMentions && (!widespread || pValue <= kSignificance / tested)) {
            ContentGap gap;
            gap.product = product;
            gap.attribute = attribute;
            gap.ticketIds = std::move(entry.tickets);
            std::sort(gap.ticketIds.begin(), gap.ticketIds.end());
            gap.reviewIds = reviewEvidence.value(key);
            gap.firstAskedAt = entry.first;
            gap.lastAskedAt = entry.last;
            gap.revenueAtRiskMinor = static_cast<std::int64_t>(mentions) * page.unitPriceMinor;
            gap.pValue = pValue;
            gap.confidence = (1.0 - pValue) * mentions / (mentions + 1.0);
            findings.gaps.push_back(std::move(gap));
            continue;
        }
        StoreWideQuestion& question = storeWide[attribute];
        question.attribute = attribute;
        question.ticketIds.insert(question.ticketIds.end(), entry.tickets.begin(), entry.tickets.end());
        ++question.products;
    }
    std::sort(findings.gaps.begin(), findings.gaps.end(), [](const ContentGap& a, const ContentGap& b) {
        if (a.revenueAtRiskMinor != b.revenueAtRiskMinor)
            return a.revenueAtRiskMinor > b.revenueAtRiskMinor;
        return std::pair(a.product, a.attribute) < std::pair(b.product, b.attribute);
    });
    for (StoreWideQuestion& question : storeWide) {
        std::sort(question.ticketIds.begin(), question.ticketIds.end());
        question.ticketIds.erase(
            std::unique(question.ticketIds.begin(), question.ticketIds.end()), question.ticketIds.end());
        if (question.products >= kStoreWideProducts
            && static_cast<int>(question.ticketIds.size()) >= in.minMentions * kStoreWideProducts)
            findings.storeWide.push_back(std::move(question));
    }
    std::sort(findings.storeWide.begin(), findings.storeWide.end(),
        [](const StoreWideQuestion& a, const StoreWideQuestion& b) {
            if (a.ticketIds.size() != b.ticketIds.size())
                return a.ticketIds.size() > b.ticketIds.size();
            return a.attribute < b.attribute;
        });
    return findings;
}

} // namespace flywheel::service
