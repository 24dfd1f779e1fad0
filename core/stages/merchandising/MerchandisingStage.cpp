#include "stages/merchandising/MerchandisingStage.h"

#include "flywheel/StageSteps.h"
#include "search/CatalogDocuments.h"
#include "search/Engine.h"
#include "stages/merchandising/MerchandisingSignals.h"
#include "store/Database.h"

#include <algorithm>

namespace flywheel::merchandising {

namespace {
/// Units sold per search that leads to a product, store-wide: what a search is worth in sales.
double unitsPerSearch(const QHash<std::int64_t, ProductFacts>& facts)
{
    double units = 0;
    double searches = 0;
    for (const ProductFacts& product : facts) {
        units += product.unitsPerWeek;
        searches += product.searchesPerWeek;
    }
    return searches > 0 ? units / searches : 0;
}

/// What the stage could not look at, and what the owner can import to change that.
QStringList missingData(const TrendReport& trends, const std::vector<CollectionRanking>& rankings, bool stockKnown)
{
    QStringList notes;
    if (trends.searchWeeks.weeks() == 0)
        notes << (trends.undatedSearches
                ? MerchandisingStage::tr("The site-search reports have no dates, so searches cannot show a trend: "
                                         "import a report with a date on each row.")
                : MerchandisingStage::tr("No site-search report yet, so trends come from sales alone: import a "
                                         "search-terms report to see trending searches."));
    if (trends.salesWeeks.weeks() == 0)
        notes << MerchandisingStage::tr("No orders yet: import an orders export to see what sells.");
    if (rankings.empty())
        notes << MerchandisingStage::tr("No collections yet: import a collections list (or WooCommerce products, "
                                        "whose categories are collections) to get suggested orders.");
    else if (!stockKnown)
        notes << MerchandisingStage::tr("No stock levels: import an inventory export, so that nothing out of stock "
                                        "is put first.");
    return notes;
}

StageSummary summarize(const TrendReport& trends, const std::vector<CollectionRanking>& rankings,
    const QHash<std::int64_t, ProductFacts>& facts, size_t features, int actions)
{
    StageSummary summary;
    summary.recommendations = actions;
    const auto trendingQueries = std::count_if(
        trends.queries.begin(), trends.queries.end(), [](const QueryTrend& q) { return q.trend.isUp(); });
    const auto trendingProducts = std::count_if(trends.products.begin(), trends.products.end(),
        [&](const ProductTrend& p) { return facts.contains(p.productId) && trends.trendOf(p).isUp(); });
    const bool stockKnown = std::any_of(facts.begin(), facts.end(),
        [](const ProductFacts& p) { return p.stock != StockState::Unknown && p.stock != StockState::NotOnSale; });
    int places = 0;
    int blocked = 0;
    int toReorder = 0;
    for (const CollectionRanking& ranking : rankings) {
        toReorder += ranking.differs() ? 1 : 0;
        for (const RankedProduct& ranked : ranking.products) {
            if (ranked.currentPosition > kTopSlots)
                continue;
            ++places;
            blocked += canPush(ranked.stock) ? 0 : 1;
        }
    }
    // What shoppers meet first in each collection and cannot buy: the problem an order fixes, and
    // what the next round's figure shows once the orders are pushed.
    if (places > 0 && stockKnown) {
        summary.figure = 100.0 * blocked / places;
        summary.figureLabel = MerchandisingStage::tr("first-10 collection places out of stock or nearly (%)");
    }
    summary.headline = MerchandisingStage::tr("%1 searches and %2 products trending up; %3 of %4 collections "
                                              "worth reordering; %5 products to feature.")
                           .arg(trendingQueries)
                           .arg(trendingProducts)
                           .arg(toReorder)
                           .arg(rankings.size())
                           .arg(features);
    for (const QString& note : missingData(trends, rankings, stockKnown))
        summary.headline += u' ' + note;
    summary.handoff = MerchandisingStage::tr("%n trending product(s)", nullptr, int(trendingProducts));
    return summary;
}
} // namespace

Stage::Reader MerchandisingStage::readAhead() const
{
    return readerOf([](Database& db, const Progress*) { return readWeeklyDemand(db); });
}

Result<StageSummary> MerchandisingStage::run(StageContext& context)
{
    Database& db = context.db;
    Progress* progress = context.progress;
    enum Step { Read, Judge, Rank, Write, StepCount };
    StageSteps steps(name(), StepCount, progress);

    steps.enter(Read, "Read");
    auto demand = readAheadOr<WeeklyDemand>(context, [&] { return readWeeklyDemand(db); });
    if (!demand)
        return std::unexpected(demand.error());
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Judge, "Judge");
    TrendReport trends = judgeTrends(std::move(*demand));
    auto results = readQueryResults(db);
    if (!results)
        return std::unexpected(results.error());
    // The store's own search tells which products a trending query finds: the Search stage's engine of
    // this run, or one built here when a query trends.
    std::shared_ptr<search::Engine> engine = context.shared ? context.shared->get<search::Engine>() : nullptr;
    if (!engine
        && std::any_of(trends.queries.begin(), trends.queries.end(), [](const QueryTrend& q) { return q.trend.isUp(); })) {
        auto opened = search::openCatalogEngine(db, context.shared);
        if (!opened)
            return std::unexpected(opened.error());
        engine = std::move(*opened);
    }
    followTrendingQueries(trends, engine.get(), *results);
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Rank, "Rank");
    auto facts = readProductFacts(db, trends);
    if (!facts)
        return std::unexpected(facts.error());
    auto collections = readCollections(db);
    if (!collections)
        return std::unexpected(collections.error());
    const double searchWorth = unitsPerSearch(*facts);
    std::vector<CollectionRanking> rankings;
    for (const Collection& collection : *collections)
        rankings.push_back(rankCollection(collection, *facts, trends, searchWorth));
    const std::vector<const ProductTrend*> features = featureCandidates(trends, *facts);
    if (auto ok = checkCancelled(*this, progress); !ok)
        return std::unexpected(ok.error());

    steps.enter(Write, "Write");
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = writeTrends(db, context.runId, trends, *facts); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeRankings(db, context.runId, rankings); !ok)
        return std::unexpected(ok.error());
    auto orders = proposeCollectionOrders(context.queue, context.runId, rankings, *facts);
    if (!orders)
        return std::unexpected(orders.error());
    auto featured = proposeFeatures(context.queue, context.runId, trends, features, *facts);
    if (!featured)
        return std::unexpected(featured.error());
    // A trend that has passed, a collection whose order is now fine: their open actions go. Accepted
    // ones stay; the push checks them against the latest run.
    if (auto ok = context.queue.withdrawStale(name(), context.runId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summarize(trends, rankings, *facts, features.size(), *orders + *featured);
}

} // namespace flywheel::merchandising
