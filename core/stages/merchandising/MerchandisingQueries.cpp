#include "stages/merchandising/MerchandisingQueries.h"

#include "stages/merchandising/CollectionRanking.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace flywheel::merchandising {

namespace {
QString subjectKey(Subject subject)
{
    return subject == Subject::Query ? QStringLiteral("query") : QStringLiteral("product");
}

std::vector<double> numbers(const QString& json)
{
    std::vector<double> values;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        values.push_back(value.isDouble() ? value.toDouble() : std::nan(""));
    return values;
}

std::optional<QDate> optionalDate(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional(QDate::fromString(row.text(column), Qt::ISODate));
}
} // namespace

Result<std::vector<TrendRow>> readTrends(Database& db, Subject subject)
{
    auto select = db.prepare(
        "SELECT t.key, coalesce(p.title, t.key), t.trend, t.baseline, t.since_week, t.observed, t.expected, t.ratio, "
        "t.confidence, t.recent, coalesce(t.via_query, ''), coalesce(t.peers, '[]'), t.stock "
        "FROM merch_trends t LEFT JOIN products p ON p.id = t.product_id WHERE t.subject = ?1 "
        "ORDER BY CASE t.trend WHEN 'spike' THEN 0 WHEN 'rise' THEN 0 WHEN 'fall' THEN 1 ELSE 2 END, "
        "CASE WHEN t.trend = 'steady' THEN 0 ELSE -t.confidence END, -t.recent, t.key");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subjectKey(subject));
    std::vector<TrendRow> rows;
    auto read = select->forEachRow([&](Statement& row) {
        TrendRow trend;
        trend.subject = subject;
        trend.key = row.text(0);
        trend.name = row.text(1);
        trend.kind = trendFromKey(row.text(2)).value_or(TrendKind::Steady);
        trend.baseline = baselineFromKey(row.text(3)).value_or(Baseline::Recent);
        trend.since = optionalDate(row, 4);
        trend.observed = row.real(5);
        trend.expected = row.real(6);
        trend.ratio = row.real(7);
        trend.confidence = row.real(8);
        trend.recent = row.real(9);
        trend.viaQuery = row.text(10);
        for (const QJsonValue& peer : QJsonDocument::fromJson(row.text(11).toUtf8()).array())
            trend.peers << peer.toString();
        if (!row.isNull(12))
            trend.stock = stockFromKey(row.text(12));
        rows.push_back(std::move(trend));
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<std::optional<TrendSeries>> readTrendSeries(Database& db, Subject subject, const QString& key)
{
    auto select
        = db.prepare("SELECT first_week, weekly, baseline_weekly FROM merch_trends WHERE subject = ?1 AND key = ?2");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(subjectKey(subject), key);
    std::optional<TrendSeries> series;
    auto read = select->forEachRow([&](Statement& row) {
        series
            = TrendSeries { QDate::fromString(row.text(0), Qt::ISODate), numbers(row.text(1)), numbers(row.text(2)) };
    });
    if (!read)
        return std::unexpected(read.error());
    return series;
}

Result<std::vector<CollectionChoice>> readCollectionChoices(Database& db)
{
    auto select = db.prepare(
        "SELECT c.id, c.title, count(*), r.id, coalesce(r.status, '') FROM merch_collection_ranks m "
        "JOIN collections c ON c.id = m.collection_id LEFT JOIN recommendations r ON r.stage = 'merchandising' AND "
        "r.kind = 'collection-order' AND r.subject_key = 'collection:' || c.id AND r.status IN ('new', 'accepted') "
        "GROUP BY c.id ORDER BY r.id IS NULL, c.title COLLATE NOCASE, c.id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<CollectionChoice> choices;
    auto read = select->forEachRow([&](Statement& row) {
        CollectionChoice choice;
        choice.collectionId = row.int64(0);
        choice.title = row.text(1);
        choice.products = int(row.int64(2));
        if (!row.isNull(3))
            choice.actionId = row.int64(3);
        choice.actionStatus = row.text(4);
        choices.push_back(std::move(choice));
    });
    if (!read)
        return std::unexpected(read.error());
    return choices;
}

Result<std::vector<RankRow>> readCollectionRanks(Database& db, std::int64_t collectionId)
{
    auto select = db.prepare("SELECT m.product_id, p.title, coalesce(nullif(p.handle, ''), p.source_key), "
                             "m.current_position, m.suggested_position, m.score, m.stock, m.explanation FROM "
                             "merch_collection_ranks m JOIN products p ON p.id = m.product_id "
                             "WHERE m.collection_id = ?1 ORDER BY m.suggested_position");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, collectionId);
    std::vector<RankRow> rows;
    auto read = select->forEachRow([&](Statement& row) {
        RankRow rank;
        rank.productId = row.int64(0);
        rank.title = row.text(1);
        rank.handle = row.text(2);
        rank.currentPosition = int(row.int64(3));
        rank.suggestedPosition = int(row.int64(4));
        rank.score = row.real(5);
        rank.stock = stockFromKey(row.text(6)).value_or(StockState::Unknown);
        rank.explanation = row.text(7);
        rows.push_back(std::move(rank));
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<MerchandisingOverview> readOverview(Database& db)
{
    MerchandisingOverview overview;
    auto trends = db.prepare("SELECT subject, count(*), sum(trend IN ('spike', 'rise')), "
                             "max(date(first_week, '+' || (7 * (json_array_length(weekly) - 1)) || ' days')) "
                             "FROM merch_trends GROUP BY subject");
    if (!trends)
        return std::unexpected(trends.error());
    auto trendsRead = trends->forEachRow([&](Statement& row) {
        const bool query = row.text(0) == u"query";
        (query ? overview.queries : overview.products) = int(row.int64(1));
        (query ? overview.trendingQueries : overview.trendingProducts) = int(row.int64(2));
        (query ? overview.latestSearchWeek : overview.latestSalesWeek) = optionalDate(row, 3);
    });
    if (!trendsRead)
        return std::unexpected(trendsRead.error());
    auto ranks = db.prepare("SELECT count(DISTINCT collection_id), sum(current_position <= ?1), "
                            "sum(current_position <= ?1 AND stock IN ('low', 'out', 'not_on_sale')) "
                            "FROM merch_collection_ranks");
    if (!ranks)
        return std::unexpected(ranks.error());
    ranks->bind(1, kTopSlots);
    auto ranksRead = ranks->forEachRow([&](Statement& row) {
        overview.collections = int(row.int64(0));
        overview.topPlaces = int(row.int64(1));
        overview.blockedOnTop = int(row.int64(2));
    });
    if (!ranksRead)
        return std::unexpected(ranksRead.error());
    return overview;
}

} // namespace flywheel::merchandising
