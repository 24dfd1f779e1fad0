#include "stages/service/ServiceAnalysis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flywheel::service {

namespace {
QString compactJson(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template <typename Ids> QString idArray(const Ids& ids)
{
    QJsonArray array;
    for (const auto id : ids)
        array.append(static_cast<qint64>(id));
    return compactJson(array);
}

const QString kEmptyArray = QStringLiteral("[]");

QString askedKeys(const ServiceAnalysis& analysis, const std::vector<int>& attributes)
{
    if (attributes.empty())
        return kEmptyArray; // most messages ask nothing; skip building JSON for them
    QJsonArray array;
    for (int attribute : attributes)
        array.append(analysis.vocabulary->attributes()[static_cast<size_t>(attribute)].key);
    return compactJson(array);
}

QString tagGuesses(const std::vector<TagGuess>& guesses)
{
    if (guesses.empty())
        return kEmptyArray;
    QJsonArray array;
    for (const TagGuess& guess : guesses)
        array.append(
            QJsonObject { { QStringLiteral("tag"), guess.tag }, { QStringLiteral("confidence"), guess.confidence } });
    return compactJson(array);
}

Result<std::vector<std::int64_t>> writeTopics(Database& db, const ServiceAnalysis& analysis, std::int64_t runId)
{
    auto insert = db.prepare("INSERT INTO service_topics (run_id, label, terms, size, example_tickets) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return std::unexpected(insert.error());
    std::vector<std::int64_t> ids;
    for (const DiscoveredTopic& topic : analysis.topics) {
        std::vector<std::int64_t> examples;
        for (size_t i = 0; i < topic.members.size() && examples.size() < 5; ++i)
            examples.push_back(analysis.tickets[topic.members[i]].id);
        insert->bindAll(runId, topic.label, compactJson(QJsonArray::fromStringList(topic.words)),
            static_cast<std::int64_t>(topic.members.size()), idArray(examples));
        if (auto ok = insert->run(); !ok)
            return std::unexpected(ok.error());
        ids.push_back(db.lastInsertRowId());
    }
    return ids;
}

Result<void> writeTickets(
    Database& db, const ServiceAnalysis& analysis, std::int64_t runId, const std::vector<std::int64_t>& topicIds)
{
    auto signal = db.prepare("INSERT INTO ticket_signals (ticket_id, run_id, sentiment, sentiment_score, "
                             "sentiment_confidence, intent, intent_confidence, intent_source, predicted_tags, "
                             "topic_id, asked_attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto product
        = db.prepare("INSERT OR IGNORE INTO ticket_products (ticket_id, product_id, link) VALUES (?1, ?2, ?3)");
    if (!signal)
        return std::unexpected(signal.error());
    if (!product)
        return std::unexpected(product.error());
    const auto& products = analysis.catalog->products();
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        const TicketMessage& ticket = analysis.tickets[i];
        const MessageSentiment& sentiment = analysis.ticketSentiment[i];
        const IntentLabel& intent = analysis.intents[i];
        const int topic = analysis.topicOf[i];
        signal->bindAll(ticket.id, runId, sentiment.level, sentiment.score, sentiment.confidence,
            intentName(intent.intent), intent.confidence, intent.source, tagGuesses(analysis.tags.guesses[i]));
        signal->bind(10, topic >= 0 ? std::optional(topicIds[static_cast<size_t>(topic)]) : std::nullopt);
        signal->bind(11, askedKeys(analysis, analysis.asked[i]));
        if (auto ok = signal->run(); !ok)
            return ok;
        for (const LinkedProduct& link : analysis.ticketLinks[i]) {
            product->bindAll(ticket.id, products[static_cast<size_t>(link.index)].id, productLinkName(link.link));
            if (auto ok = product->run(); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> writeReviews(Database& db, const ServiceAnalysis& analysis, std::int64_t runId)
{
    auto insert = db.prepare("INSERT INTO review_signals (review_id, run_id, sentiment, sentiment_score, "
                             "sentiment_confidence, asked_attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return std::unexpected(insert.error());
    for (size_t i = 0; i < analysis.reviews.size(); ++i) {
        const ReviewMessage& review = analysis.reviews[i];
        const MessageSentiment& sentiment = analysis.reviewSentiment[i];
        insert->bindAll(review.id, runId, sentiment.level, sentiment.score, sentiment.confidence,
            askedKeys(analysis, analysis.vocabulary->asked(review.sentences)));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    return {};
}

Result<std::vector<std::int64_t>> writeGaps(Database& db, const ServiceAnalysis& analysis, std::int64_t runId)
{
    auto insert = db.prepare("INSERT INTO content_gaps (run_id, product_id, attribute, attribute_title, mentions, "
                             "revenue_at_risk_minor, currency, ticket_ids, review_ids, first_asked_at, last_asked_at, "
                             "confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!insert)
        return std::unexpected(insert.error());
    std::vector<std::int64_t> ids;
    for (const ContentGap& gap : analysis.gaps.gaps) {
        const Attribute& attribute = analysis.vocabulary->attributes()[static_cast<size_t>(gap.attribute)];
        insert->bindAll(runId, analysis.catalog->products()[static_cast<size_t>(gap.product)].id, attribute.key,
            attribute.title, static_cast<std::int64_t>(gap.ticketIds.size()), gap.revenueAtRiskMinor,
            analysis.catalog->currency(), idArray(gap.ticketIds), idArray(gap.reviewIds), gap.firstAskedAt,
            gap.lastAskedAt, gap.confidence);
        if (auto ok = insert->run(); !ok)
            return std::unexpected(ok.error());
        ids.push_back(db.lastInsertRowId());
    }
    return ids;
}
} // namespace

Result<std::vector<std::int64_t>> writeServiceSignals(Database& db, const ServiceAnalysis& analysis, std::int64_t runId)
{
    if (auto ok = db.exec("DELETE FROM ticket_signals; DELETE FROM review_signals; DELETE FROM ticket_products; "
                          "DELETE FROM content_gaps; DELETE FROM service_topics;");
        !ok)
        return std::unexpected(ok.error());
    auto topicIds = writeTopics(db, analysis, runId);
    if (!topicIds)
        return std::unexpected(topicIds.error());
    if (auto ok = writeTickets(db, analysis, runId, *topicIds); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeReviews(db, analysis, runId); !ok)
        return std::unexpected(ok.error());
    return writeGaps(db, analysis, runId);
}

QString ticketWindowStart(const ServiceAnalysis& analysis, int days)
{
    QString newest;
    for (const TicketMessage& ticket : analysis.tickets)
        newest = std::max(newest, ticket.createdAt);
    const QDateTime end = QDateTime::fromString(newest, Qt::ISODate);
    return end.isValid() ? end.addDays(-days).toString(Qt::ISODate) : QString();
}

} // namespace flywheel::service
