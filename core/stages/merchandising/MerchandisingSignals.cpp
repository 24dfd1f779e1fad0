#include "stages/merchandising/MerchandisingSignals.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace flywheel::merchandising {

namespace {
using namespace Qt::StringLiterals;

struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(MerchandisingActions)
};

const QString kStage = u"merchandising"_s;
constexpr int kWindowDays = 28;
/// Products a collection order's evidence and detail name at most.
constexpr size_t kNamed = 3;

QString json(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// The last kStoredWeeks values, two decimals (more would only show noise); NaN as null.
QString lastWeeks(const std::vector<double>& values, size_t weeks)
{
    QJsonArray array;
    const size_t first = weeks > size_t(kStoredWeeks) ? weeks - kStoredWeeks : 0;
    for (size_t w = first; w < weeks; ++w) {
        const double value = w < values.size() ? values[w] : std::nan("");
        array.append(std::isfinite(value) ? QJsonValue(std::round(value * 100) / 100) : QJsonValue());
    }
    return json(array);
}

QString firstStored(const WeekGrid& grid)
{
    return grid.weekStart(std::max(0, grid.weeks() - kStoredWeeks)).toString(Qt::ISODate);
}

std::optional<QString> sinceWeek(const WeekGrid& grid, const Trend& trend)
{
    if (trend.since < 0 || trend.since >= grid.weeks())
        return std::nullopt;
    return grid.weekStart(trend.since).toString(Qt::ISODate);
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double share)
{
    return QLocale().toString(std::round(100 * share)) + u" %"_s;
}

/// "3.1× since the week of 2026-10-05 (spike, 92 % sure, against the same weeks last year)".
QString trendSentence(const Trend& trend, const WeekGrid& grid)
{
    return ActionText::tr("%1× since the week of %2 (%3, %4 sure, against the %5)")
        .arg(number(trend.ratio, 1), sinceWeek(grid, trend).value_or(QString()), trendLabel(trend.kind).toLower(),
            percent(trend.confidence), baselineLabel(trend.baseline));
}

QString coverSentence(const ProductFacts& product)
{
    if (product.stock == StockState::Unknown)
        return ActionText::tr("Its stock is not known: check it can meet the demand before featuring it.");
    if (!product.daysOfCover)
        return ActionText::tr("%n unit(s) in stock.", nullptr, product.available);
    return ActionText::tr("%n unit(s) in stock, about %1 weeks of cover.", nullptr, product.available)
        .arg(number(*product.daysOfCover / 7));
}

QString collectionDetail(const CollectionRanking& ranking, const QHash<std::int64_t, ProductFacts>& facts)
{
    const auto titleOf = [&](std::int64_t productId) { return facts.value(productId).title; };
    const int top = std::min(int(ranking.products.size()), kTopSlots);
    QStringList lines;
    if (ranking.blockedOnTop > 0)
        lines << ActionText::tr("%n of its first %1 products are out of stock, nearly out or not on sale; they move "
                                "down.",
            nullptr, ranking.blockedOnTop)
                     .arg(top);
    QStringList risers;
    for (const RankedProduct& ranked : ranking.products)
        if (ranked.trend > 0 && canPush(ranked.stock) && ranked.suggestedPosition <= kTopSlots
            && ranked.currentPosition > ranked.suggestedPosition && risers.size() < qsizetype(kNamed))
            risers << ActionText::tr("%1 from #%2 to #%3")
                          .arg(titleOf(ranked.productId))
                          .arg(ranked.currentPosition)
                          .arg(ranked.suggestedPosition);
    if (!risers.isEmpty())
        lines << ActionText::tr("Trending products move up: %1.").arg(risers.join(u"; "_s));
    QStringList first;
    for (size_t i = 0; i < std::min(kNamed, ranking.products.size()); ++i)
        first << titleOf(ranking.products[i].productId);
    lines << ActionText::tr("First in the suggested order: %1.").arg(first.join(u", "_s));
    lines << ActionText::tr("Weighted by where shoppers look, the current first %1 places hold %2 of what the "
                            "suggested ones would (demand from sales and searches, trend, conversion and margin; "
                            "stock first).")
                 .arg(top)
                 .arg(percent(ranking.currentWorth));
    if (!ranking.collection.ordered)
        lines << ActionText::tr("The collections export gave no positions, so the current order is not known.");
    return lines.join(u' ');
}

QJsonArray ids(const std::vector<std::int64_t>& values)
{
    QJsonArray array;
    for (const std::int64_t value : values)
        array.append(qint64(value));
    return array;
}
} // namespace

Result<void> writeTrends(
    Database& db, std::int64_t runId, const TrendReport& trends, const QHash<std::int64_t, ProductFacts>& facts)
{
    if (auto ok = db.exec("DELETE FROM merch_trends"); !ok)
        return ok;
    auto insert = db.prepare(
        "INSERT INTO merch_trends (subject, key, product_id, run_id, trend, baseline, since_week, observed, "
        "expected, ratio, z, confidence, recent, via_query, peers, first_week, weekly, baseline_weekly, stock) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    if (!insert)
        return std::unexpected(insert.error());
    const auto weeklyOf = [](const std::vector<double>& values, const WeekGrid& grid) {
        return lastWeeks(values, size_t(grid.weeks()));
    };
    for (const QueryTrend& q : trends.queries) {
        const Trend& t = q.trend;
        insert->bindAll(u"query"_s, q.query, std::nullopt, runId, trendKey(t.kind), baselineKey(t.baseline),
            sinceWeek(trends.searchWeeks, t), t.observed, t.expected, t.ratio, t.z, t.confidence, q.recentSearches,
            std::nullopt, q.peers.isEmpty() ? std::nullopt : std::optional(json(QJsonArray::fromStringList(q.peers))),
            firstStored(trends.searchWeeks), weeklyOf(q.searches, trends.searchWeeks),
            weeklyOf(t.expectedSeries, trends.searchWeeks), std::nullopt);
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    for (const ProductTrend& p : trends.products) {
        if (!facts.contains(p.productId))
            continue; // removed from the catalog while its orders stay
        const Trend& t = trends.trendOf(p);
        const bool followed = &t != &p.own;
        const WeekGrid& grid = followed ? trends.searchWeeks : trends.salesWeeks;
        insert->bindAll(u"product"_s, QString::number(p.productId), p.productId, runId, trendKey(t.kind),
            baselineKey(t.baseline), sinceWeek(grid, t), t.observed, t.expected, t.ratio, t.z, t.confidence,
            p.recentOrders, followed ? std::optional(trends.queries[size_t(p.viaQuery)].query) : std::nullopt,
            std::nullopt, firstStored(trends.salesWeeks), weeklyOf(p.orders, trends.salesWeeks),
            weeklyOf(p.own.expectedSeries, trends.salesWeeks), stockKey(facts.value(p.productId).stock));
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    return {};
}

Result<void> writeRankings(Database& db, std::int64_t runId, const std::vector<CollectionRanking>& rankings)
{
    if (auto ok = db.exec("DELETE FROM merch_collection_ranks"); !ok)
        return ok;
    auto insert = db.prepare(
        "INSERT INTO merch_collection_ranks (collection_id, product_id, run_id, current_position, suggested_position, "
        "score, demand, trend, conversion, margin, stock, days_of_cover, explanation) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert)
        return std::unexpected(insert.error());
    for (const CollectionRanking& ranking : rankings) {
        for (const RankedProduct& r : ranking.products) {
            insert->bindAll(ranking.collection.id, r.productId, runId, r.currentPosition, r.suggestedPosition, r.score,
                r.demand, r.trend, r.conversion, r.margin, stockKey(r.stock), r.daysOfCover, r.explanation);
            if (auto ok = insert->run(); !ok)
                return ok;
        }
    }
    return {};
}

Result<int> proposeCollectionOrders(RecommendationQueue& queue, std::int64_t runId,
    const std::vector<CollectionRanking>& rankings, const QHash<std::int64_t, ProductFacts>& facts)
{
    int offered = 0;
    for (const CollectionRanking& ranking : rankings) {
        if (!ranking.differs())
            continue;
        std::vector<std::int64_t> trending;
        std::vector<std::int64_t> blocked;
        int known = 0;
        const int top = std::min(int(ranking.products.size()), kTopSlots);
        for (const RankedProduct& ranked : ranking.products) {
            if (ranked.trend > 0)
                trending.push_back(ranked.productId);
            if (!canPush(ranked.stock) && ranked.currentPosition <= kTopSlots)
                blocked.push_back(ranked.productId);
            if (ranked.suggestedPosition <= top && ranked.stock != StockState::Unknown)
                ++known;
        }
        Recommendation action;
        action.stage = kStage;
        action.kind = u"collection-order"_s;
        action.subjectKey = u"collection:%1"_s.arg(ranking.collection.id);
        action.title = ActionText::tr("Reorder the collection “%1”").arg(ranking.collection.title);
        action.detail = collectionDetail(ranking, facts);
        action.evidence = QJsonArray {
            QJsonObject { { u"signal"_s, u"merch_collection_ranks"_s }, { u"id"_s, qint64(ranking.collection.id) } },
            QJsonObject {
                { u"table"_s, u"collections"_s }, { u"ids"_s, QJsonArray { qint64(ranking.collection.id) } } },
            QJsonObject { { u"signal"_s, u"merch_trends"_s }, { u"products"_s, ids(trending) } },
            QJsonObject { { u"signal"_s, u"inventory_health"_s }, { u"products"_s, ids(blocked) } },
        };
        // How much the current order loses: a dismissed order returns only when it loses more.
        action.evidenceStrength
            = std::round(100 * (1 - ranking.currentWorth)) + 10.0 * ranking.blockedOnTop + 10.0 * ranking.trendingUp;
        action.expectedEffect = ActionText::tr("More of the collection's visitors see products that sell, are in "
                                               "stock and earn a margin first; its sales per visit should rise.");
        action.metric = u"collection_revenue"_s;
        action.windowDays = kWindowDays;
        // Stock known for the first places is what makes the order safe to push.
        action.confidence = top > 0 ? 0.5 + 0.4 * known / top : 0.5;
        auto shown = queue.offer(action, runId);
        if (!shown)
            return std::unexpected(shown.error());
        offered += *shown;
    }
    return offered;
}

std::vector<const ProductTrend*> featureCandidates(
    const TrendReport& trends, const QHash<std::int64_t, ProductFacts>& facts)
{
    std::vector<const ProductTrend*> candidates;
    for (const ProductTrend& p : trends.products) {
        const auto product = facts.constFind(p.productId);
        if (product != facts.cend() && trends.trendOf(p).isUp() && canPush(product->stock))
            candidates.push_back(&p);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const ProductTrend* a, const ProductTrend* b) {
        const Trend& ta = trends.trendOf(*a);
        const Trend& tb = trends.trendOf(*b);
        if (ta.confidence != tb.confidence)
            return ta.confidence > tb.confidence;
        return facts.value(a->productId).unitsPerWeek > facts.value(b->productId).unitsPerWeek;
    });
    if (candidates.size() > size_t(kMaxFeatures))
        candidates.resize(size_t(kMaxFeatures));
    return candidates;
}

Result<int> proposeFeatures(RecommendationQueue& queue, std::int64_t runId, const TrendReport& trends,
    const std::vector<const ProductTrend*>& candidates, const QHash<std::int64_t, ProductFacts>& facts)
{
    int offered = 0;
    for (const ProductTrend* p : candidates) {
        const ProductFacts product = facts.value(p->productId);
        const Trend& trend = trends.trendOf(*p);
        const bool followed = &trend != &p->own;
        Recommendation action;
        action.stage = kStage;
        action.kind = u"feature"_s;
        action.subjectKey = u"product:%1"_s.arg(p->productId);
        QJsonObject demandRows;
        if (followed) {
            const QString query = trends.queries[size_t(p->viaQuery)].query;
            action.title = ActionText::tr("Feature “%1”: searches for “%2” are up %3×")
                               .arg(product.title, query, number(trend.ratio, 1));
            action.detail = ActionText::tr("Searches for “%1”, whose first results show it, are up %2.")
                                .arg(query, trendSentence(trend, trends.searchWeeks));
            demandRows = QJsonObject { { u"table"_s, u"search_terms"_s }, { u"query"_s, query } };
        } else {
            action.title = ActionText::tr("Feature “%1”: sales are up %2×").arg(product.title, number(trend.ratio, 1));
            action.detail = ActionText::tr("Its sales are up %1.").arg(trendSentence(trend, trends.salesWeeks));
            demandRows = QJsonObject { { u"table"_s, u"order_lines"_s }, { u"product"_s, qint64(p->productId) } };
        }
        action.detail += u' ' + coverSentence(product) + u' '
            + ActionText::tr("Put it in the home-page banner, first in its collections and in the next email. The "
                             "push adds the tag “trending” to it in a product file, for themes and email tools that "
                             "pick products by tag.");
        action.evidence = QJsonArray {
            QJsonObject { { u"signal"_s, u"merch_trends"_s }, { u"id"_s, QString::number(p->productId) } }, demandRows,
            QJsonObject { { u"signal"_s, u"inventory_health"_s }, { u"product"_s, qint64(p->productId) } }
        };
        // Searches or orders behind the trend: a dismissed feature returns only when there are more.
        action.evidenceStrength = std::round(trend.observed);
        action.expectedEffect = ActionText::tr("Shoppers looking for it find it first while the demand lasts; its "
                                               "sales should keep pace with the searches.");
        action.metric = u"product_revenue"_s;
        action.windowDays = kWindowDays;
        action.confidence = trend.confidence;
        auto shown = queue.offer(action, runId);
        if (!shown)
            return std::unexpected(shown.error());
        offered += *shown;
    }
    return offered;
}

} // namespace flywheel::merchandising
