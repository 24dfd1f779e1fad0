#pragma once

#include "stages/merchandising/Trends.h"
#include "stages/merchandising/WeeklyDemand.h"

#include <QHash>
#include <QStringList>

namespace flywheel::search {
class Engine;
}

namespace flywheel::merchandising {

/// A query's searches judged against its baseline.
struct QueryTrend {
    QString query; ///< folded
    Trend trend;
    QStringList peers; ///< the queries whose movement set its baseline (Peers baseline only)
    std::vector<double> searches; ///< per week of the search grid
    double recentSearches = 0; ///< in the latest TrendRules::kSpikeWeeks weeks
    double recentClicks = 0;
    /// Trending queries: the products the store's search finds for it in full, best first.
    std::vector<std::int64_t> products;
};

/// A product's orders judged against its baseline, and the trending query it follows.
struct ProductTrend {
    std::int64_t productId = 0;
    Trend own; ///< from its orders
    std::vector<double> orders; ///< per week of the sales grid
    double recentOrders = 0; ///< in the latest TrendRules::kSpikeWeeks weeks
    double recentUnits = 0;
    /// Index of the trending query that finds it, when its own sales show no trend (yet): shoppers
    /// searching for it more are the first sign.
    int viaQuery = -1;
};

/// Every query and product of the store, judged.
struct TrendReport {
    WeekGrid searchWeeks;
    WeekGrid salesWeeks;
    bool undatedSearches = false;
    std::vector<QueryTrend> queries; ///< the most searched first
    std::vector<ProductTrend> products; ///< by product id

    /// The product's trend: its own when its sales show one, else the query it follows.
    [[nodiscard]] const Trend& trendOf(const ProductTrend& product) const;
    [[nodiscard]] const ProductTrend* product(std::int64_t productId) const;
};

/// The products each query's search results show, best first, keyed by folded query.
using QueryResults = QHash<QString, std::vector<std::int64_t>>;

/// Products that follow one trending query at most: a trend of a query that finds more (a whole
/// department) says little of each of them.
inline constexpr int kMaxFollowers = 100;

/// For each query, the queries whose weekly share of the store's searches rose and fell with its own
/// before the weeks judged, leaving out those sharing a word with it (they may share its trend): at
/// most eight, the closest first; none when fewer than two move with it.
[[nodiscard]] std::vector<std::vector<size_t>> pickPeers(
    const std::vector<QueryWeeks>& queries, const std::vector<double>& exposure);

/// Judges every query against its seasonal baseline (its own season a year ago, else its peers,
/// else the store) and every product against its own (a year ago, else the products of its type
/// that sell in the same seasons, else the store).
[[nodiscard]] TrendReport judgeTrends(WeeklyDemand demand);

/// Lets the products of each trending query follow it: those the store's search (`engine`) finds
/// for it in full, or, for a query that finds nothing as typed (or without an engine), what the
/// Search stage found for it or its fix (`results`). A product found by several follows the one
/// that stands out most; a product without sales in the weeks judged is added.
void followTrendingQueries(TrendReport& report, const search::Engine* engine, const QueryResults& results);

/// What the Search stage's replay of each query found (search_diagnoses.product_ids): the products
/// meeting it in full when it finds any as typed, else what its fix finds.
[[nodiscard]] Result<QueryResults> readQueryResults(Database& db);

} // namespace flywheel::merchandising
