#include "stages/service/ServiceQueries.h"

#include "store/StoreDays.h"

#include <QJsonDocument>
#include <QMap>

namespace flywheel::service {

namespace {
QJsonArray jsonArray(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}
/// Every row of a prepared query, each turned into a T by `make`.
template <typename T, typename Make> Result<QList<T>> collect(Result<Statement> select, Make make)
{
    if (!select)
        return std::unexpected(select.error());
    QList<T> rows;
    auto read = select->forEachRow([&](Statement& row) { rows.append(make(row)); });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

/// Excerpts are for reading at a glance in a panel, not for the whole conversation.
constexpr qsizetype kExcerptChars = 400;
} // namespace

Result<QList<WeekOfTickets>> readWeeklyTickets(Database& db)
{
    StoreDays days = StoreDays::of(db);
    auto select
        = db.prepare("SELECT t.created_at, s.sentiment FROM tickets t JOIN ticket_signals s ON s.ticket_id = t.id");
    if (!select)
        return std::unexpected(select.error());
    QMap<QDate, WeekOfTickets> weeks;
    auto read = select->forEachRow([&](Statement& row) {
        const QDate day = days.dayOf(row.utf8(0));
        if (!day.isValid())
            return;
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        WeekOfTickets& week = weeks[monday];
        week.weekStart = monday;
        ++week.tickets;
        const auto sentiment = row.int64(1);
        week.negative += sentiment < 0 ? 1 : 0;
        week.positive += sentiment > 0 ? 1 : 0;
    });
    if (!read)
        return std::unexpected(read.error());
    return weeks.values();
}

Result<QList<IntentCount>> readIntentCounts(Database& db)
{
    auto select = db.prepare("SELECT s.intent, count(*), sum(t.created_at >= (SELECT strftime('%Y-%m-%dT%H:%M:%SZ', "
                             "max(created_at), '-28 days') FROM tickets)) FROM ticket_signals s "
                             "JOIN tickets t ON t.id = s.ticket_id GROUP BY s.intent ORDER BY count(*) DESC, s.intent");
    return collect<IntentCount>(std::move(select), [](Statement& row) {
        return IntentCount { row.text(0), static_cast<int>(row.int64(1)), static_cast<int>(row.int64(2)) };
    });
}

Result<QList<TopicReading>> readTopics(Database& db)
{
    auto select = db.prepare("SELECT label, terms, size, example_tickets FROM service_topics ORDER BY size DESC, id");
    if (!select)
        return std::unexpected(select.error());
    QList<TopicReading> topics;
    QList<QList<std::int64_t>> examples;
    auto read = select->forEachRow([&](Statement& row) {
        TopicReading topic;
        topic.label = row.text(0);
        for (const QJsonValue& term : jsonArray(row.text(1)))
            topic.terms.append(term.toString());
        topic.size = static_cast<int>(row.int64(2));
        QList<std::int64_t> ids;
        for (const QJsonValue& id : jsonArray(row.text(3)))
            ids.append(id.toInteger());
        examples.append(ids);
        topics.append(std::move(topic));
    });
    if (!read)
        return std::unexpected(read.error());
    for (qsizetype i = 0; i < topics.size(); ++i) {
        auto excerpts = readTicketExcerpts(db, examples[i]);
        if (!excerpts)
            return std::unexpected(excerpts.error());
        for (const TicketExcerpt& excerpt : *excerpts)
            topics[i].exampleSubjects.append(excerpt.subject.isEmpty() ? excerpt.body.left(80) : excerpt.subject);
    }
    return topics;
}

Result<QList<TicketExcerpt>> readTicketExcerpts(Database& db, const QList<std::int64_t>& ids)
{
    auto select = db.cached("SELECT source_key, created_at, coalesce(subject, ''), substr(coalesce(body, ''), 1, ?2) "
                            "FROM tickets WHERE id = ?1");
    if (!select)
        return std::unexpected(select.error());
    QList<TicketExcerpt> excerpts;
    for (std::int64_t id : ids) {
        (*select)->reset();
        (*select)->bindAll(id, kExcerptChars);
        auto found = (*select)->step();
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            excerpts.append({ (*select)->text(0), (*select)->text(1), (*select)->text(2), (*select)->text(3) });
    }
    (*select)->reset(); // a stepped statement would hold the connection's read snapshot open
    std::sort(excerpts.begin(), excerpts.end(),
        [](const TicketExcerpt& a, const TicketExcerpt& b) { return a.createdAt < b.createdAt; });
    return excerpts;
}

Result<QList<TicketReading>> readTickets(Database& db, int limit)
{
    auto select = db.prepare(
        "SELECT t.id, t.source_key, t.created_at, coalesce(t.subject, ''), s.sentiment, s.sentiment_score, s.intent, "
        "s.intent_confidence, s.predicted_tags, s.asked_attributes, "
        "(SELECT group_concat(handle, char(31)) FROM (SELECT p.handle FROM ticket_products tp "
        " JOIN products p ON p.id = tp.product_id WHERE tp.ticket_id = t.id AND p.handle IS NOT NULL ORDER BY "
        "p.handle)) "
        "FROM tickets t JOIN ticket_signals s ON s.ticket_id = t.id ORDER BY t.created_at DESC, t.id DESC "
        "LIMIT CASE WHEN ?1 > 0 THEN ?1 ELSE -1 END");
    if (select)
        select->bind(1, limit);
    return collect<TicketReading>(std::move(select), [](Statement& row) {
        TicketReading ticket;
        ticket.id = row.int64(0);
        ticket.sourceKey = row.text(1);
        ticket.createdAt = row.text(2);
        ticket.subject = row.text(3);
        ticket.sentiment = static_cast<int>(row.int64(4));
        ticket.sentimentScore = row.real(5);
        ticket.intent = row.text(6);
        ticket.intentConfidence = row.real(7);
        ticket.predictedTags = jsonArray(row.text(8));
        ticket.askedAttributes = jsonArray(row.text(9));
        ticket.products = row.text(10).split(QChar(31), Qt::SkipEmptyParts);
        return ticket;
    });
}

Result<QList<GapReading>> readGaps(Database& db)
{
    auto select
        = db.prepare("SELECT g.id, g.product_id, coalesce(p.handle, ''), p.title, g.attribute, g.attribute_title, "
                     "g.mentions, g.revenue_at_risk_minor, coalesce(g.currency, ''), g.ticket_ids, g.review_ids, "
                     "g.confidence "
                     "FROM content_gaps g JOIN products p ON p.id = g.product_id "
                     "ORDER BY g.revenue_at_risk_minor DESC, g.mentions DESC, g.id");
    return collect<GapReading>(std::move(select), [](Statement& row) {
        GapReading gap;
        gap.id = row.int64(0);
        gap.productId = row.int64(1);
        gap.handle = row.text(2);
        gap.productTitle = row.text(3);
        gap.attribute = row.text(4);
        gap.attributeTitle = row.text(5);
        gap.mentions = static_cast<int>(row.int64(6));
        gap.revenueAtRiskMinor = row.int64(7);
        gap.currency = row.text(8);
        gap.ticketIds = jsonArray(row.text(9));
        gap.reviewIds = jsonArray(row.text(10));
        gap.confidence = row.real(11);
        return gap;
    });
}

} // namespace flywheel::service
