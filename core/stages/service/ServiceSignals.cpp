#include "stages/service/ServiceAnalysis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <string>

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

/// Writes every labelled ticket's row; of the others, which keep their stored labels, only the topic
/// and the attributes asked about are brought up to date where they changed.
Result<void> writeTickets(
    Database& db, const ServiceAnalysis& analysis, std::int64_t runId, const std::vector<std::int64_t>& topicIds)
{
    auto signal = db.prepare("INSERT OR REPLACE INTO ticket_signals (ticket_id, run_id, sentiment, sentiment_score, "
                             "sentiment_confidence, intent, intent_confidence, intent_source, predicted_tags, "
                             "topic_id, asked_attributes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto refresh = db.prepare("UPDATE ticket_signals SET topic_id = ?2, asked_attributes = ?3 WHERE ticket_id = ?1");
    for (const auto* statement : { &signal, &refresh })
        if (!*statement)
            return std::unexpected(statement->error());
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        const TicketMessage& ticket = analysis.tickets[i];
        const auto topicId = [&] {
            const int topic = analysis.topicOf[i];
            return topic >= 0 ? std::optional(topicIds[static_cast<size_t>(topic)]) : std::nullopt;
        };
        const QString asked = askedKeys(analysis, analysis.asked[i]);
        if (!isSelected(analysis.labelled, i)) {
            if (topicId() == analysis.stored.topicIds[i] && asked == analysis.stored.asked[i])
                continue;
            refresh->bindAll(ticket.id, topicId(), asked);
            if (auto ok = refresh->run(); !ok)
                return ok;
            continue;
        }
        const MessageSentiment& sentiment = analysis.ticketSentiment[i];
        const IntentLabel& intent = analysis.intents[i];
        signal->bindAll(ticket.id, runId, sentiment.level, sentiment.score, sentiment.confidence,
            intentName(intent.intent), intent.confidence, intent.source, tagGuesses(analysis.tags.guesses[i]));
        signal->bind(10, topicId());
        signal->bind(11, asked);
        if (auto ok = signal->run(); !ok)
            return ok;
    }
    return {};
}

/// The tag guesses as tagGuesses() wrote them.
std::vector<TagGuess> storedGuesses(std::string_view json)
{
    std::vector<TagGuess> guesses;
    if (json.size() <= 2)
        return guesses; // "[]", what most tickets have
    const QJsonArray array
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), static_cast<qsizetype>(json.size()))).array();
    for (const QJsonValue& value : array) {
        const QJsonObject guess = value.toObject();
        guesses.push_back(
            { guess.value(QStringLiteral("tag")).toString(), guess.value(QStringLiteral("confidence")).toDouble() });
    }
    return guesses;
}

/// A row of ticket_products; a link text this version does not write reads as no link.
struct ProductLinkRow {
    std::int64_t ticket = 0;
    std::int64_t product = 0;
    std::optional<ProductLink> link;
    [[nodiscard]] auto key() const { return std::pair(ticket, product); }
};

/// The link a stored row's text names; the names are ASCII, so their UTF-8 is their Latin-1.
std::optional<ProductLink> storedLink(std::string_view text)
{
    for (const ProductLink link : { ProductLink::Order, ProductLink::Sku, ProductLink::Name })
        if (productLinkName(link) == QLatin1StringView(text.data(), static_cast<qsizetype>(text.size())))
            return link;
    return std::nullopt;
}

/// This run's ticket_products rows in key order; a product a ticket is tied to twice keeps its
/// first link.
std::vector<ProductLinkRow> wantedProductLinks(const ServiceAnalysis& analysis)
{
    const auto& products = analysis.catalog->products();
    std::vector<ProductLinkRow> rows;
    for (size_t i = 0; i < analysis.tickets.size(); ++i) {
        for (const LinkedProduct& link : analysis.ticketLinks[i])
            rows.push_back({ analysis.tickets[i].id, products[static_cast<size_t>(link.index)].id, link.link });
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const ProductLinkRow& a, const ProductLinkRow& b) { return a.key() < b.key(); });
    rows.erase(std::unique(rows.begin(), rows.end(),
                   [](const ProductLinkRow& a, const ProductLinkRow& b) { return a.key() == b.key(); }),
        rows.end());
    return rows;
}

/// Brings ticket_products to this run's links by changing only the rows that differ. Most links
/// survive a re-run, and every row written or deleted costs a look-up of its ticket and product for
/// the foreign keys, which on a big help desk is most of the writing.
Result<void> writeProductLinks(Database& db, const ServiceAnalysis& analysis)
{
    std::vector<ProductLinkRow> stored;
    auto select = db.prepare("SELECT ticket_id, product_id, link FROM ticket_products ORDER BY ticket_id, product_id");
    if (!select)
        return std::unexpected(select.error());
    auto read = select->forEachRow([&](Statement& row) {
        stored.push_back({ row.int64(0), row.int64(1), storedLink(row.utf8(2)) });
    });
    if (!read)
        return read;
    auto insert = db.prepare("INSERT INTO ticket_products (ticket_id, product_id, link) VALUES (?1, ?2, ?3)");
    auto update = db.prepare("UPDATE ticket_products SET link = ?3 WHERE ticket_id = ?1 AND product_id = ?2");
    auto remove = db.prepare("DELETE FROM ticket_products WHERE ticket_id = ?1 AND product_id = ?2");
    for (const auto* statement : { &insert, &update, &remove })
        if (!*statement)
            return std::unexpected(statement->error());
    const auto apply = [](Statement& statement, const ProductLinkRow& row) {
        statement.bindAll(row.ticket, row.product, productLinkName(*row.link));
        return statement.run();
    };
    const auto removeRow = [&](const ProductLinkRow& row) {
        remove->bindAll(row.ticket, row.product);
        return remove->run();
    };
    const std::vector<ProductLinkRow> wanted = wantedProductLinks(analysis);
    auto have = stored.cbegin();
    for (const ProductLinkRow& row : wanted) {
        for (; have != stored.cend() && have->key() < row.key(); ++have)
            if (auto ok = removeRow(*have); !ok)
                return ok;
        const bool exists = have != stored.cend() && have->key() == row.key();
        if (exists && have->link == row.link) {
            ++have;
            continue;
        }
        if (auto ok = apply(exists ? *update : *insert, row); !ok)
            return ok;
        if (exists)
            ++have;
    }
    for (; have != stored.cend(); ++have)
        if (auto ok = removeRow(*have); !ok)
            return ok;
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

Result<void> writeGaps(Database& db, const ServiceAnalysis& analysis, std::int64_t runId)
{
    auto insert = db.prepare("INSERT INTO content_gaps (run_id, product_id, attribute, attribute_title, mentions, "
                             "revenue_at_risk_minor, currency, ticket_ids, review_ids, first_asked_at, last_asked_at, "
                             "confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!insert)
        return std::unexpected(insert.error());
    for (const ContentGap& gap : analysis.gaps.gaps) {
        const Attribute& attribute = analysis.vocabulary->attributes()[static_cast<size_t>(gap.attribute)];
        insert->bindAll(runId, analysis.catalog->products()[static_cast<size_t>(gap.product)].id, attribute.key,
            attribute.title, static_cast<std::int64_t>(gap.ticketIds.size()), gap.revenueAtRiskMinor,
            analysis.catalog->currency(), idArray(gap.ticketIds), idArray(gap.reviewIds), gap.firstAskedAt,
            gap.lastAskedAt, gap.confidence);
        if (auto ok = insert->run(); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}
} // namespace

/// SQLite's default page cache (2 MB) holds neither the trees the signals go into nor the ticket and
/// product pages their foreign keys look up, so a big help desk's rows would read the same pages
/// over and over. While the signals are written the connection keeps more; afterwards what it had.
class WritingPageCache {
public:
    explicit WritingPageCache(Database& db)
        : m_db(db)
    {
        if (auto pages = db.scalar("PRAGMA cache_size"); pages && db.exec("PRAGMA cache_size = -32768"))
            m_previous = *pages; // negative: kibibytes, as SQLite states it
    }
    ~WritingPageCache()
    {
        if (m_previous)
            (void)m_db.exec("PRAGMA cache_size = " + std::to_string(*m_previous));
    }
    WritingPageCache(const WritingPageCache&) = delete;
    WritingPageCache& operator=(const WritingPageCache&) = delete;

private:
    Database& m_db;
    std::optional<std::int64_t> m_previous;
};

Result<StoredTicketLabels> readTicketLabels(Database& db, const std::vector<TicketMessage>& tickets)
{
    StoredTicketLabels stored;
    stored.present.assign(tickets.size(), false);
    stored.sentiment.resize(tickets.size());
    stored.intents.resize(tickets.size());
    stored.guesses.resize(tickets.size());
    stored.topicIds.resize(tickets.size());
    stored.asked.resize(tickets.size());
    QHash<QByteArray, Intent> intentOf;
    for (int i = 0; i < kIntentCount; ++i)
        intentOf.insert(intentName(static_cast<Intent>(i)).toLatin1(), static_cast<Intent>(i));
    auto select = db.prepare("SELECT ticket_id, sentiment, sentiment_score, sentiment_confidence, intent, "
                             "intent_confidence, intent_source, predicted_tags, topic_id, asked_attributes "
                             "FROM ticket_signals ORDER BY ticket_id");
    if (!select)
        return std::unexpected(select.error());
    size_t at = 0;
    auto read = select->forEachRow([&](Statement& row) {
        const std::int64_t id = row.int64(0);
        while (at < tickets.size() && tickets[at].id < id)
            ++at;
        if (at == tickets.size() || tickets[at].id != id)
            return;
        const auto intent = intentOf.constFind(
            QByteArray::fromRawData(row.utf8(4).data(), static_cast<qsizetype>(row.utf8(4).size())));
        if (intent == intentOf.cend())
            return; // a name this version does not know: labelled again
        stored.present[at] = true;
        stored.sentiment[at] = { static_cast<int>(row.int64(1)), row.real(2), row.real(3) };
        stored.intents[at] = { *intent, row.real(5), row.text(6) };
        stored.guesses[at] = storedGuesses(row.utf8(7));
        if (!row.isNull(8))
            stored.topicIds[at] = row.int64(8);
        stored.asked[at] = row.text(9);
    });
    if (!read)
        return std::unexpected(read.error());
    return stored;
}

Result<void> writeServiceSignals(Database& db, const ServiceAnalysis& analysis, std::int64_t runId)
{
    const WritingPageCache cache(db);
    if (analysis.labelled.empty()) {
        if (auto ok = db.exec("DELETE FROM ticket_signals"); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = db.exec("DELETE FROM review_signals; DELETE FROM content_gaps; DELETE FROM service_topics;"); !ok)
        return std::unexpected(ok.error());
    auto topicIds = writeTopics(db, analysis, runId);
    if (!topicIds)
        return std::unexpected(topicIds.error());
    if (auto ok = writeTickets(db, analysis, runId, *topicIds); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeProductLinks(db, analysis); !ok)
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
