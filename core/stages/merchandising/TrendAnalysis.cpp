#include "stages/merchandising/TrendAnalysis.h"

#include "search/Engine.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace flywheel::merchandising {

namespace {
using Rules = TrendRules;

constexpr size_t kMaxPeers = 8;
constexpr size_t kMinPeers = 2;
constexpr double kMinPeerCorrelation = 0.5;
/// Weeks are added up in blocks of this many before peers are compared, to quiet the counts' noise:
/// a product sells a few units a week where a query is searched dozens of times.
constexpr int kQueryBlockWeeks = 2;
constexpr int kProductBlockWeeks = 4;
/// Blocks of common history below which peers cannot be told.
constexpr size_t kMinPeerBlocks = 6;
/// A query or product type moving with too few searches or units a week says nothing of the season.
constexpr double kMinWeeklyVolume = 1.0;
/// Orders a product must have had in the weeks before a change for it to have a level to rise from.
constexpr double kMinBaseOrders = 4;

/// The weeks peers are compared on: all but the latest few, where a fresh spike would pick peers
/// that share it. A whole year tells a spring-and-autumn season from a summer one; the first half
/// of it alone cannot.
int peerWindowEnd(int weeks)
{
    return weeks - Rules::kSpikeWeeks;
}

std::vector<double> sumOf(const std::vector<const std::vector<double>*>& series, size_t weeks)
{
    std::vector<double> total(weeks, 0.0);
    for (const std::vector<double>* s : series)
        for (size_t w = 0; w < weeks; ++w)
            total[w] += (*s)[w];
    return total;
}

/// A reference has to be positive every week: never below half a count.
std::vector<double> positive(std::vector<double> reference)
{
    for (double& week : reference)
        week = std::max(0.5, week);
    return reference;
}

/// `total` less `own`: what moves the rest of the store or type.
std::vector<double> without(std::vector<double> total, const std::vector<double>& own)
{
    for (size_t w = 0; w < total.size(); ++w)
        total[w] -= own[w];
    return positive(std::move(total));
}

double latestWeeks(const std::vector<double>& series)
{
    const size_t from = series.size() > size_t(Rules::kSpikeWeeks) ? series.size() - Rules::kSpikeWeeks : 0;
    return std::accumulate(series.begin() + qsizetype(from), series.end(), 0.0);
}

/// Log share of the total, per block of weeks.
std::vector<double> logShares(
    const std::vector<double>& counts, const std::vector<double>& total, int windowEnd, int blockWeeks)
{
    std::vector<double> shares;
    for (int first = 0; first + blockWeeks <= windowEnd; first += blockWeeks) {
        double own = 0;
        double all = 0;
        for (int w = first; w < first + blockWeeks; ++w) {
            own += counts[size_t(w)];
            all += total[size_t(w)];
        }
        shares.push_back(std::log((own + 0.5) / std::max(all, 1.0)));
    }
    return shares;
}

/// Pearson's correlation of two block series from block `from` on.
double correlation(const std::vector<double>& a, const std::vector<double>& b, size_t from)
{
    const auto n = double(a.size() - from);
    const double meanA = std::accumulate(a.begin() + qsizetype(from), a.end(), 0.0) / n;
    const double meanB = std::accumulate(b.begin() + qsizetype(from), b.end(), 0.0) / n;
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (size_t i = from; i < a.size(); ++i) {
        ab += (a[i] - meanA) * (b[i] - meanB);
        aa += (a[i] - meanA) * (a[i] - meanA);
        bb += (b[i] - meanB) * (b[i] - meanB);
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

QSet<QString> wordsOf(const QString& query)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

/// For each series, those of `series` whose share of their total rose and fell with its own over the
/// weeks before `windowEnd` since it first appears (added up in blocks of `blockWeeks`), among those
/// `mayPair` allows: at most kMaxPeers, the closest first; none when fewer than kMinPeers move with it.
template <typename MayPair>
std::vector<std::vector<size_t>> correlatedPeers(
    const std::vector<const std::vector<double>*>& series, int windowEnd, int blockWeeks, MayPair mayPair)
{
    std::vector<std::vector<size_t>> peers(series.size());
    if (windowEnd < 4 * blockWeeks)
        return peers;
    const std::vector<double> total = sumOf(series, size_t(windowEnd));
    std::vector<std::vector<double>> shares;
    std::vector<size_t> firstBlock; ///< the first block it was searched or sold in: before, it did not exist
    std::vector<double> weekly;
    for (const std::vector<double>* s : series) {
        shares.push_back(logShares(*s, total, windowEnd, blockWeeks));
        const auto first = std::find_if(s->begin(), s->begin() + windowEnd, [](double c) { return c > 0; });
        firstBlock.push_back(size_t(first - s->begin()) / size_t(blockWeeks));
        weekly.push_back(std::accumulate(first, s->begin() + windowEnd, 0.0)
            / std::max<double>(1, double(s->begin() + windowEnd - first)));
    }
    for (size_t i = 0; i < series.size(); ++i) {
        if (shares[i].size() < firstBlock[i] + kMinPeerBlocks)
            continue;
        std::vector<std::pair<double, size_t>> close;
        for (size_t j = 0; j < series.size(); ++j) {
            // A peer has been there all the while and moves enough to show a season.
            if (j == i || firstBlock[j] > firstBlock[i] || weekly[j] < kMinWeeklyVolume || !mayPair(i, j))
                continue;
            const double r = correlation(shares[i], shares[j], firstBlock[i]);
            if (r >= kMinPeerCorrelation)
                close.emplace_back(-r, j);
        }
        if (close.size() < kMinPeers)
            continue;
        std::sort(close.begin(), close.end());
        for (size_t k = 0; k < std::min(kMaxPeers, close.size()); ++k)
            peers[i].push_back(close[k].second);
    }
    return peers;
}

std::vector<QueryTrend> judgeQueries(const WeeklyDemand& demand)
{
    const auto weeks = size_t(demand.searchWeeks.weeks());
    std::vector<const std::vector<double>*> all;
    for (const QueryWeeks& q : demand.queries)
        all.push_back(&q.searches);
    const std::vector<double> total = sumOf(all, weeks);
    const std::vector<std::vector<size_t>> peers = pickPeers(demand.queries, demand.searchWeeks.exposure);

    const TrendBar bar = barFor(demand.queries.size());
    std::vector<QueryTrend> trends;
    trends.reserve(demand.queries.size());
    for (size_t i = 0; i < demand.queries.size(); ++i) {
        const QueryWeeks& q = demand.queries[i];
        QueryTrend trend;
        trend.query = q.query;
        trend.searches = q.searches;
        WeeklySeries series { q.searches, {}, demand.searchWeeks.exposure };
        if (!peers[i].empty()) {
            std::vector<const std::vector<double>*> moving;
            for (const size_t peer : peers[i]) {
                moving.push_back(&demand.queries[peer].searches);
                trend.peers << demand.queries[peer].query;
            }
            series.reference = positive(sumOf(moving, weeks));
            trend.trend = judgeTrend(series, Baseline::Peers, bar);
        } else {
            series.reference = without(total, q.searches);
            trend.trend = judgeTrend(series, Baseline::Recent, bar);
        }
        if (trend.trend.baseline != Baseline::Peers)
            trend.peers.clear();
        trend.recentSearches = latestWeeks(q.searches);
        trend.recentClicks = latestWeeks(q.clicks);
        trends.push_back(std::move(trend));
    }
    return trends;
}

/// A product is judged from its first sale on: the weeks before its launch say nothing of its demand,
/// and a new product selling is news of its own, not a trend.
Trend judgeSinceFirstSale(const std::vector<double>& orders, const std::vector<double>& reference,
    const std::vector<double>& exposure, Baseline fallback, const TrendBar& bar)
{
    const auto firstSale = std::find_if(orders.begin(), orders.end(), [](double sold) { return sold > 0; });
    const auto offset = firstSale - orders.begin();
    const auto from = [offset](const std::vector<double>& weekly) {
        return std::vector<double>(weekly.begin() + offset, weekly.end());
    };
    Trend trend = judgeTrend(WeeklySeries { from(orders), from(reference), from(exposure) }, fallback, bar);
    trend.since += int(offset);
    trend.expectedSeries.insert(trend.expectedSeries.begin(), size_t(offset), std::nan(""));
    return trend;
}

/// A product's peers are products of its type that sell in the same seasons: a flannel shirt's are
/// not the linen shirts, though all are "Shirts".
std::vector<std::vector<size_t>> productPeers(const WeeklyDemand& demand)
{
    QHash<QString, std::vector<size_t>> byType;
    for (size_t i = 0; i < demand.products.size(); ++i)
        if (!demand.products[i].productType.isEmpty())
            byType[demand.products[i].productType].push_back(i);
    std::vector<std::vector<size_t>> peers(demand.products.size());
    const int windowEnd = peerWindowEnd(demand.salesWeeks.weeks());
    for (const std::vector<size_t>& members : std::as_const(byType)) {
        std::vector<const std::vector<double>*> orders;
        for (const size_t member : members)
            orders.push_back(&demand.products[member].orders);
        const auto local = correlatedPeers(orders, windowEnd, kProductBlockWeeks, [](size_t, size_t) { return true; });
        for (size_t i = 0; i < members.size(); ++i)
            for (const size_t peer : local[i])
                peers[members[i]].push_back(members[peer]);
    }
    return peers;
}

std::vector<ProductTrend> judgeProducts(const WeeklyDemand& demand)
{
    const auto weeks = size_t(demand.salesWeeks.weeks());
    std::vector<const std::vector<double>*> all;
    for (const ProductWeeks& p : demand.products)
        all.push_back(&p.orders);
    const std::vector<double> total = sumOf(all, weeks);
    const std::vector<std::vector<size_t>> peers = productPeers(demand);

    TrendBar bar = barFor(demand.products.size(), kMinBaseOrders);
    bar.risesWithoutSeason = false;
    std::vector<ProductTrend> trends;
    trends.reserve(demand.products.size());
    for (size_t i = 0; i < demand.products.size(); ++i) {
        const ProductWeeks& p = demand.products[i];
        ProductTrend trend;
        trend.productId = p.productId;
        trend.orders = p.orders;
        trend.recentOrders = latestWeeks(p.orders);
        trend.recentUnits = latestWeeks(p.units);
        if (!peers[i].empty()) {
            std::vector<const std::vector<double>*> moving;
            for (const size_t peer : peers[i])
                moving.push_back(&demand.products[peer].orders);
            trend.own = judgeSinceFirstSale(
                p.orders, positive(sumOf(moving, weeks)), demand.salesWeeks.exposure, Baseline::Peers, bar);
        } else {
            trend.own = judgeSinceFirstSale(
                p.orders, without(total, p.orders), demand.salesWeeks.exposure, Baseline::Recent, bar);
        }
        trends.push_back(std::move(trend));
    }
    return trends;
}
} // namespace

const Trend& TrendReport::trendOf(const ProductTrend& product) const
{
    if (product.own.kind == TrendKind::Steady && product.viaQuery >= 0)
        return queries[size_t(product.viaQuery)].trend;
    return product.own;
}

const ProductTrend* TrendReport::product(std::int64_t productId) const
{
    const auto found = std::lower_bound(products.begin(), products.end(), productId,
        [](const ProductTrend& p, std::int64_t id) { return p.productId < id; });
    return found != products.end() && found->productId == productId ? &*found : nullptr;
}

std::vector<std::vector<size_t>> pickPeers(const std::vector<QueryWeeks>& queries, const std::vector<double>& exposure)
{
    std::vector<const std::vector<double>*> searches;
    std::vector<QSet<QString>> words;
    for (const QueryWeeks& q : queries) {
        searches.push_back(&q.searches);
        words.push_back(wordsOf(q.query));
    }
    return correlatedPeers(searches, peerWindowEnd(int(exposure.size())), kQueryBlockWeeks,
        [&](size_t a, size_t b) { return !words[a].intersects(words[b]); });
}

TrendReport judgeTrends(WeeklyDemand demand)
{
    TrendReport report;
    report.queries = judgeQueries(demand);
    report.products = judgeProducts(demand);
    report.searchWeeks = std::move(demand.searchWeeks);
    report.salesWeeks = std::move(demand.salesWeeks);
    report.undatedSearches = demand.undatedSearches;
    return report;
}

void followTrendingQueries(TrendReport& report, const search::Engine* engine, const QueryResults& results)
{
    QHash<std::int64_t, int> follows;
    for (size_t q = 0; q < report.queries.size(); ++q) {
        QueryTrend& query = report.queries[q];
        if (!query.trend.isUp())
            continue;
        query.products.clear();
        if (engine) {
            search::SearchOptions options;
            options.top = kMaxFollowers;
            const search::SearchResult found = engine->search(query.query, options);
            const auto& docs = engine->index().documents();
            for (size_t i = 0; i < std::min(size_t(found.total), found.hits.size()); ++i)
                query.products.push_back(docs[found.hits[i].doc].productId);
        }
        if (query.products.empty())
            query.products = results.value(query.query);
        for (const std::int64_t productId : query.products) {
            const auto current = follows.constFind(productId);
            if (current == follows.cend() || report.queries[size_t(*current)].trend.z < query.trend.z)
                follows.insert(productId, int(q));
        }
    }
    std::vector<ProductTrend> unsold;
    for (auto follow = follows.cbegin(); follow != follows.cend(); ++follow) {
        if (!report.product(follow.key())) {
            unsold.emplace_back();
            unsold.back().productId = follow.key();
            unsold.back().orders.assign(size_t(report.salesWeeks.weeks()), 0.0);
        }
    }
    report.products.insert(report.products.end(), unsold.begin(), unsold.end());
    std::sort(report.products.begin(), report.products.end(),
        [](const ProductTrend& a, const ProductTrend& b) { return a.productId < b.productId; });
    for (ProductTrend& product : report.products)
        product.viaQuery = follows.value(product.productId, -1);
}

Result<QueryResults> readQueryResults(Database& db)
{
    // Products meeting the query in full come first; those meeting part of it follow only when
    // there are few full matches, and are not what its shoppers are after.
    auto select = db.prepare("SELECT query, product_ids, results FROM search_diagnoses");
    if (!select)
        return std::unexpected(select.error());
    QueryResults results;
    auto read = select->forEachRow([&](Statement& row) {
        std::vector<std::int64_t> products;
        for (const QJsonValue& id : QJsonDocument::fromJson(row.text(1).toUtf8()).array())
            products.push_back(id.toInteger());
        if (const auto fullMatches = size_t(row.int64(2)); fullMatches > 0 && fullMatches < products.size())
            products.resize(fullMatches);
        results.insert(row.text(0), std::move(products));
    });
    if (!read)
        return std::unexpected(read.error());
    return results;
}

} // namespace flywheel::merchandising
