#pragma once

#include "store/Database.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace flywheel::service {

/// A ticket with what the Service stage read in it.
struct TicketReading {
    std::int64_t id = 0;
    QString sourceKey; ///< the help desk's ticket id
    QString createdAt;
    QString subject;
    int sentiment = 0;
    double sentimentScore = 0;
    QString intent;
    double intentConfidence = 0;
    QJsonArray predictedTags; ///< [{tag, confidence}]
    QStringList products; ///< handles
    QJsonArray askedAttributes;
};

/// A content gap as the Content stage, the panel and the CLI read it.
struct GapReading {
    std::int64_t id = 0;
    std::int64_t productId = 0;
    QString handle;
    QString productTitle;
    QString attribute; ///< machine key, e.g. "waterproof"
    QString attributeTitle; ///< for the owner, e.g. "Waterproof"
    int mentions = 0;
    std::int64_t revenueAtRiskMinor = 0;
    QString currency;
    QJsonArray ticketIds;
    QJsonArray reviewIds;
    double confidence = 0;
};

/// Tickets and their sentiment in one week of the store's calendar (weeks start on Monday).
struct WeekOfTickets {
    QDate weekStart;
    int tickets = 0;
    int negative = 0; ///< sentiment below neutral
    int positive = 0;
};

struct IntentCount {
    QString intent; ///< machine name, e.g. "order_status"
    int tickets = 0;
    int recent = 0; ///< in the last four weeks of tickets
};

struct TopicReading {
    QString label;
    QStringList terms;
    int size = 0;
    QStringList exampleSubjects; ///< subject or first words of the example tickets
};

/// A ticket's words, for showing the evidence behind a signal.
struct TicketExcerpt {
    QString sourceKey;
    QString createdAt;
    QString subject;
    QString body; ///< first few hundred characters, as imported
};

/// Weekly ticket volume and sentiment, oldest first, bucketed in the store's time zone.
[[nodiscard]] Result<QList<WeekOfTickets>> readWeeklyTickets(Database& db);
/// Tickets per intent, most frequent first.
[[nodiscard]] Result<QList<IntentCount>> readIntentCounts(Database& db);
/// Topics the last run discovered, largest first.
[[nodiscard]] Result<QList<TopicReading>> readTopics(Database& db);
/// The tickets with these row ids, oldest first.
[[nodiscard]] Result<QList<TicketExcerpt>> readTicketExcerpts(Database& db, const QList<std::int64_t>& ids);

/// Tickets with their signals, newest first; `limit` 0 = all.
[[nodiscard]] Result<QList<TicketReading>> readTickets(Database& db, int limit = 0);
/// Content gaps, highest revenue at risk first.
[[nodiscard]] Result<QList<GapReading>> readGaps(Database& db);

} // namespace flywheel::service
