#pragma once

#include "flywheel/Recommendation.h"
#include "stages/service/Attributes.h"
#include "stages/service/ContentGaps.h"
#include "stages/service/TicketLabels.h"

#include <optional>

namespace flywheel::service {

struct MessageSentiment {
    int level = 0;
    double score = 0;
    double confidence = 0;
};

/// A topic found among the tickets no intent explains, named by its commonest words.
struct DiscoveredTopic {
    QString label;
    QStringList words;
    std::vector<size_t> members; ///< ticket indices, most typical first
};

/// What an earlier run stored for each ticket (ticket_signals), in the order of the run's tickets.
struct StoredTicketLabels {
    std::vector<bool> present; ///< false for a ticket without a stored row
    std::vector<MessageSentiment> sentiment;
    std::vector<IntentLabel> intents;
    std::vector<std::vector<TagGuess>> guesses;
    std::vector<std::optional<std::int64_t>> topicIds;
    std::vector<QString> asked; ///< asked_attributes as stored
};

/// Reads back the labels stored for `tickets` (in id order, as loadMessages() gives them).
[[nodiscard]] Result<StoredTicketLabels> readTicketLabels(Database& db, const std::vector<TicketMessage>& tickets);

/// Everything one run of the Service stage works out, before it is written.
struct ServiceAnalysis {
    text::TermTable terms; ///< every term of the run; messages, titles and cue phrases hold their numbers
    std::vector<TicketMessage> tickets;
    std::vector<ReviewMessage> reviews;
    std::optional<ProductCatalog> catalog;
    std::optional<AttributeVocabulary> vocabulary;

    std::vector<MessageSentiment> ticketSentiment;
    std::vector<MessageSentiment> reviewSentiment;
    std::vector<IntentLabel> intents;
    /// The tickets this run labelled (sentiment, intent, tag guesses); the others keep `stored`'s.
    TicketSelection labelled;
    StoredTicketLabels stored;
    TagModelResult tags;
    std::vector<std::vector<LinkedProduct>> ticketLinks; ///< per ticket, for ticket_products
    std::vector<std::vector<int>> gapProducts; ///< per ticket, products its questions are about
    std::vector<std::vector<int>> asked; ///< per ticket, attributes asked about
    std::vector<int> topicOf; ///< per ticket, index into topics or -1
    std::vector<DiscoveredTopic> topics;
    GapFindings gaps;
};

/// Replaces the stage's signal tables with this run's analysis. Of the tickets' rows, only those of
/// the labelled tickets are written anew when the run labelled some; the others change only where
/// their topic or asked attributes did.
[[nodiscard]] Result<void> writeServiceSignals(
    Database& db, const ServiceAnalysis& analysis, std::int64_t runId);

/// Proposes the run's actions: FAQ entries for store-wide questions and saved replies for the most
/// frequent answerable intents and topics. Returns how many were proposed. The answer to a content gap
/// is the Content stage's action: it drafts the sentence for the page from the gap this stage writes.
[[nodiscard]] Result<int> proposeServiceActions(
    RecommendationQueue& queue, const ServiceAnalysis& analysis, std::int64_t runId);

/// The day `days` before the newest ticket, as an ISO-8601 UTC prefix to compare created_at with.
[[nodiscard]] QString ticketWindowStart(const ServiceAnalysis& analysis, int days);

} // namespace flywheel::service
