#include "stages/merchandising/CollectionRanking.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace flywheel::merchandising {

namespace {
struct RankingText {
    Q_DECLARE_TR_FUNCTIONS(CollectionRanking)
};

/// A collection's current first places are worth this share of the suggested ones or less: reorder.
constexpr double kWorthReordering = 0.9;
/// A trending product moving up at least this many places is news.
constexpr int kNoticeableMove = 3;
/// Search clicks over the latest weeks below which conversion is not judged.
constexpr double kMinClicks = 4;

/// Products to push first, then those nearly out, then out of stock, then not on sale.
int tierOf(StockState state)
{
    switch (state) {
    case StockState::Healthy:
    case StockState::Unknown:
        return 0;
    case StockState::Low:
        return 1;
    case StockState::Out:
        return 2;
    case StockState::NotOnSale:
        break;
    }
    return 3;
}

double median(std::vector<double> values, double otherwise)
{
    if (values.empty())
        return otherwise;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString trendPart(const TrendReport& trends, const ProductTrend* product)
{
    if (!product)
        return {};
    const Trend& trend = trends.trendOf(*product);
    const QString ratio = number(trend.ratio, 1);
    if (trend.isUp() && &trend != &product->own)
        return RankingText::tr("searches for “%1” up %2× (%3)")
            .arg(trends.queries[size_t(product->viaQuery)].query, ratio, trendLabel(trend.kind).toLower());
    if (trend.isUp())
        return RankingText::tr("sales up %1× (%2)").arg(ratio, trendLabel(trend.kind).toLower());
    if (trend.kind == TrendKind::Fall)
        return RankingText::tr("sales down to %1 % of the usual").arg(number(100 * trend.ratio));
    return {};
}

QString explain(const RankedProduct& ranked, const ProductFacts& facts, const QString& trend)
{
    QStringList parts;
    switch (ranked.stock) {
    case StockState::Out:
        parts << RankingText::tr("out of stock: moved to the end");
        break;
    case StockState::NotOnSale:
        parts << RankingText::tr("not on sale (draft or archived): moved to the end");
        break;
    case StockState::Low:
        parts << (ranked.daysOfCover && *ranked.daysOfCover < kLowCoverDays
                ? RankingText::tr("only %n day(s) of cover left: kept below the products in stock", nullptr,
                    int(std::floor(*ranked.daysOfCover)))
                : RankingText::tr("most of its sizes are out of stock: kept below the products in stock"));
        break;
    case StockState::Healthy:
    case StockState::Unknown:
        break;
    }
    if (!trend.isEmpty())
        parts << trend;
    const double weeks = TrendRules::kSpikeWeeks;
    parts << RankingText::tr("%1 sold and %2 searches in the last %3 weeks")
                 .arg(number(facts.unitsPerWeek * weeks), number(facts.searchesPerWeek * weeks))
                 .arg(TrendRules::kSpikeWeeks);
    if (facts.clicksPerWeek * weeks >= kMinClicks)
        parts << RankingText::tr("%1 sold per 100 search clicks")
                     .arg(number(100 * facts.unitsPerWeek / facts.clicksPerWeek));
    if (facts.margin)
        parts << RankingText::tr("%1 % margin").arg(number(100 * *facts.margin));
    if (ranked.stock == StockState::Healthy && ranked.daysOfCover)
        parts << RankingText::tr("%n week(s) of cover", nullptr, int(*ranked.daysOfCover / 7));
    if (ranked.stock == StockState::Unknown)
        parts << RankingText::tr("stock not known");
    QString line = parts.join(QStringLiteral("; "));
    if (!line.isEmpty())
        line[0] = line[0].toUpper();
    return line + u'.';
}

/// What the first places of an order are worth: each product's score (nothing for one not to
/// push) weighted by how much attention its place gets.
double worth(const std::vector<const RankedProduct*>& order)
{
    double total = 0;
    for (size_t place = 0; place < std::min(order.size(), size_t(kTopSlots)); ++place)
        if (canPush(order[place]->stock))
            total += order[place]->score / std::log2(double(place) + 2);
    return total;
}
} // namespace

bool canPush(StockState state)
{
    return tierOf(state) == 0;
}

bool CollectionRanking::differs() const
{
    return products.size() >= 2 && (currentWorth <= kWorthReordering || blockedOnTop > 0 || trendingUp > 0);
}

Result<std::vector<Collection>> readCollections(Database& db)
{
    auto select = db.prepare("SELECT c.id, c.source_key, c.title, cp.product_id, cp.position IS NOT NULL "
                             "FROM collections c JOIN collection_products cp ON cp.collection_id = c.id "
                             "ORDER BY c.id, cp.position IS NULL, cp.position, cp.id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<Collection> collections;
    auto read = select->forEachRow([&](Statement& row) {
        if (collections.empty() || collections.back().id != row.int64(0))
            collections.push_back({ row.int64(0), row.text(1), row.text(2), {}, true });
        collections.back().products.push_back(row.int64(3));
        collections.back().ordered = collections.back().ordered && row.int64(4) != 0;
    });
    if (!read)
        return std::unexpected(read.error());
    return collections;
}

CollectionRanking rankCollection(const Collection& collection, const QHash<std::int64_t, ProductFacts>& facts,
    const TrendReport& trends, double unitsPerSearch)
{
    CollectionRanking ranking;
    ranking.collection = collection;
    std::vector<const ProductFacts*> members;
    for (const std::int64_t productId : collection.products)
        if (const auto found = facts.constFind(productId); found != facts.cend())
            members.push_back(&*found);

    const auto demandOf = [&](const ProductFacts& p) { return p.unitsPerWeek + p.searchesPerWeek * unitsPerSearch; };
    const auto conversionOf = [](const ProductFacts& p) {
        return p.clicksPerWeek * TrendRules::kSpikeWeeks >= kMinClicks ? std::optional(p.unitsPerWeek / p.clicksPerWeek)
                                                                       : std::nullopt;
    };
    double mostDemand = 0;
    double bestConversion = 0;
    std::vector<double> margins;
    for (const ProductFacts* p : members) {
        mostDemand = std::max(mostDemand, demandOf(*p));
        bestConversion = std::max(bestConversion, conversionOf(*p).value_or(0));
        if (p->margin)
            margins.push_back(std::clamp(*p->margin, 0.0, 1.0));
    }
    const double middleMargin = median(margins, 0.5);

    for (size_t i = 0; i < members.size(); ++i) {
        const ProductFacts& p = *members[i];
        RankedProduct ranked;
        ranked.productId = p.productId;
        ranked.currentPosition = int(i) + 1;
        ranked.stock = p.stock;
        ranked.daysOfCover = p.daysOfCover;
        ranked.demand = mostDemand > 0 ? std::sqrt(demandOf(p) / mostDemand) : 0;
        const ProductTrend* productTrend = trends.product(p.productId);
        if (productTrend && trends.trendOf(*productTrend).isUp())
            ranked.trend = trends.trendOf(*productTrend).confidence;
        if (const auto conversion = conversionOf(p); conversion && bestConversion > 0)
            ranked.conversion = *conversion / bestConversion;
        if (p.margin)
            ranked.margin = std::clamp(*p.margin, 0.0, 1.0);
        ranked.score = ScoreWeights::kDemand * ranked.demand + ScoreWeights::kTrend * ranked.trend
            + ScoreWeights::kConversion * ranked.conversion.value_or(0.5)
            + ScoreWeights::kMargin * ranked.margin.value_or(middleMargin);
        ranked.explanation = explain(ranked, p, trendPart(trends, productTrend));
        ranking.products.push_back(std::move(ranked));
    }

    std::stable_sort(
        ranking.products.begin(), ranking.products.end(), [](const RankedProduct& a, const RankedProduct& b) {
            const int ta = tierOf(a.stock);
            const int tb = tierOf(b.stock);
            if (ta != tb)
                return ta < tb;
            return a.score != b.score ? a.score > b.score : a.currentPosition < b.currentPosition;
        });
    std::vector<const RankedProduct*> suggested;
    for (size_t i = 0; i < ranking.products.size(); ++i) {
        ranking.products[i].suggestedPosition = int(i) + 1;
        suggested.push_back(&ranking.products[i]);
    }
    std::vector<const RankedProduct*> current = suggested;
    std::sort(current.begin(), current.end(),
        [](const RankedProduct* a, const RankedProduct* b) { return a->currentPosition < b->currentPosition; });

    const double best = worth(suggested);
    ranking.currentWorth = best > 0 ? worth(current) / best : 1;
    for (const RankedProduct& ranked : ranking.products) {
        const bool wasOnTop = ranked.currentPosition <= kTopSlots;
        const bool isOnTop = ranked.suggestedPosition <= kTopSlots;
        if (wasOnTop && !canPush(ranked.stock) && ranked.suggestedPosition > ranked.currentPosition)
            ++ranking.blockedOnTop;
        if (isOnTop && ranked.trend > 0 && canPush(ranked.stock)
            && ranked.currentPosition - ranked.suggestedPosition >= kNoticeableMove)
            ++ranking.trendingUp;
    }
    return ranking;
}

} // namespace flywheel::merchandising
