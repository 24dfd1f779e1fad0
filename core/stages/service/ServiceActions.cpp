#include "stages/service/ServiceAnalysis.h"

#include <QJsonObject>

#include <array>

namespace flywheel::service {

namespace {
struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(ServiceActions)
};

const QString kStage = QStringLiteral("service");
constexpr int kRecentDays = 28;
/// A saved reply pays off once a question comes in this often (per four weeks).
constexpr int kMacroMinTickets = 10;
constexpr int kMaxEvidenceTickets = 50;

/// Intents a saved reply or FAQ entry answers without looking at the order.
constexpr std::array kAnswerableIntents = { Intent::OrderStatus, Intent::ShippingPolicy, Intent::Return,
    Intent::Exchange, Intent::Refund, Intent::DiscountProblem, Intent::SizingFit, Intent::Account, Intent::Payment,
    Intent::CancelOrder, Intent::ChangeOrder };

QJsonObject ticketEvidence(const std::vector<std::int64_t>& ids)
{
    QJsonArray array;
    const size_t first = ids.size() > kMaxEvidenceTickets ? ids.size() - kMaxEvidenceTickets : 0;
    for (size_t i = first; i < ids.size(); ++i)
        array.append(static_cast<qint64>(ids[i]));
    return QJsonObject { { QStringLiteral("table"), QStringLiteral("tickets") }, { QStringLiteral("ids"), array } };
}

/// Queues one action; 1 when it is (again) in front of the owner, 0 when it stays dismissed.
Result<int> offer(RecommendationQueue& queue, const Recommendation& action, std::int64_t runId)
{
    auto outcome = queue.propose(action, runId);
    if (!outcome)
        return std::unexpected(outcome.error());
    return *outcome == RecommendationQueue::Proposed::StillDismissed ? 0 : 1;
}

Result<int> proposeStoreWideAnswers(RecommendationQueue& queue, const ServiceAnalysis& analysis, std::int64_t runId)
{
    int proposed = 0;
    for (const StoreWideQuestion& question : analysis.gaps.storeWide) {
        const Attribute& attribute = analysis.vocabulary->attributes()[static_cast<size_t>(question.attribute)];
        const auto tickets = static_cast<int>(question.ticketIds.size());
        Recommendation action;
        action.stage = kStage;
        action.kind = QStringLiteral("faq-answer");
        action.subjectKey = QStringLiteral("attribute:%1").arg(attribute.key);
        action.title = ActionText::tr("Add “%1” to your FAQ and product template").arg(attribute.title);
        action.detail = ActionText::tr("%n ticket(s) asked about %1 across %2 products whose pages do not say; no "
                                       "single product stands out, so one store-wide answer helps most.",
            nullptr, tickets)
                            .arg(attribute.title)
                            .arg(question.products);
        action.evidence = QJsonArray { ticketEvidence(question.ticketIds) };
        action.evidenceStrength = tickets;
        action.expectedEffect = ActionText::tr("Fewer tickets asking about %1").arg(attribute.title);
        action.metric = ActionText::tr("Tickets asking about %1, per 4 weeks").arg(attribute.title);
        action.windowDays = kRecentDays;
        auto offered = offer(queue, action, runId);
        if (!offered)
            return std::unexpected(offered.error());
        proposed += *offered;
    }
    return proposed;
}

Result<int> proposeSavedReplies(RecommendationQueue& queue, const ServiceAnalysis& analysis, std::int64_t runId)
{
    const QString since = ticketWindowStart(analysis, kRecentDays);
    std::array<std::vector<std::int64_t>, kIntentCount> recent;
    std::vector<std::vector<std::int64_t>> recentByTopic(analysis.topics.size());
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        if (analysis.tickets[i].createdAt < since)
            continue;
        recent[static_cast<size_t>(analysis.intents[i].intent)].push_back(analysis.tickets[i].id);
        if (analysis.topicOf[i] >= 0)
            recentByTopic[static_cast<size_t>(analysis.topicOf[i])].push_back(analysis.tickets[i].id);
    }
    int proposed = 0;
    const auto propose
        = [&](const QString& subject, const QString& name, const std::vector<std::int64_t>& ids) -> Result<void> {
        const auto count = static_cast<int>(ids.size());
        Recommendation action;
        action.stage = kStage;
        action.kind = QStringLiteral("saved-reply");
        action.subjectKey = subject;
        action.title = ActionText::tr("Write a saved reply and FAQ entry for “%1”").arg(name);
        action.detail = ActionText::tr("%n ticket(s) about %1 in the last four weeks. A saved reply answers them in "
                                       "seconds; an FAQ entry answers some before they are sent.",
            nullptr, count)
                            .arg(name);
        action.evidence = QJsonArray { ticketEvidence(ids) };
        action.evidenceStrength = count;
        action.expectedEffect = ActionText::tr("Faster first replies and fewer tickets about %1").arg(name);
        action.metric = ActionText::tr("Tickets about %1, per 4 weeks").arg(name);
        action.windowDays = kRecentDays;
        auto offered = offer(queue, action, runId);
        if (!offered)
            return std::unexpected(offered.error());
        proposed += *offered;
        return {};
    };
    for (Intent intent : kAnswerableIntents) {
        const std::vector<std::int64_t>& ids = recent[static_cast<size_t>(intent)];
        if (static_cast<int>(ids.size()) < kMacroMinTickets)
            continue;
        if (auto ok = propose(QStringLiteral("intent:") + intentName(intent), intentTitle(intent), ids); !ok)
            return std::unexpected(ok.error());
    }
    for (size_t t = 0; t < analysis.topics.size(); ++t) {
        if (static_cast<int>(recentByTopic[t].size()) < kMacroMinTickets)
            continue;
        const QString& label = analysis.topics[t].label;
        if (auto ok = propose(QStringLiteral("topic:") + label, label, recentByTopic[t]); !ok)
            return std::unexpected(ok.error());
    }
    return proposed;
}
} // namespace

Result<int> proposeServiceActions(RecommendationQueue& queue, const ServiceAnalysis& analysis, std::int64_t runId)
{
    auto storeWide = proposeStoreWideAnswers(queue, analysis, runId);
    if (!storeWide)
        return storeWide;
    auto replies = proposeSavedReplies(queue, analysis, runId);
    if (!replies)
        return replies;
    return *storeWide + *replies;
}

} // namespace flywheel::service
