#pragma once

#include "Error.h"
#include "stages/merchandising/ProductFacts.h"
#include "stages/merchandising/Trends.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::merchandising {

enum class Subject { Query, Product };

/// One query's or product's row of the Merchandising page, as the last run judged it.
struct TrendRow {
    Subject subject = Subject::Query;
    QString key; ///< the folded query, or the product id
    QString name; ///< the query, or the product's title
    TrendKind kind = TrendKind::Steady;
    Baseline baseline = Baseline::Recent;
    std::optional<QDate> since;
    double observed = 0;
    double expected = 0;
    double ratio = 1;
    double confidence = 0;
    double recent = 0; ///< searches or units in the latest four weeks
    QString viaQuery; ///< a product: the trending query it follows
    QStringList peers;
    std::optional<StockState> stock;
};

/// Every row of `subject`, those trending up first (the surest first), then falling, then steady
/// by volume.
[[nodiscard]] Result<std::vector<TrendRow>> readTrends(Database& db, Subject subject);

/// A row's weekly counts and baseline for the chart (NaN where the baseline is unknown).
struct TrendSeries {
    QDate firstWeek;
    std::vector<double> weekly;
    std::vector<double> baseline;
};

/// nullopt when the last run did not judge `key`.
[[nodiscard]] Result<std::optional<TrendSeries>> readTrendSeries(Database& db, Subject subject, const QString& key);

/// A collection the last run ranked, with its open "reorder" action if any.
struct CollectionChoice {
    std::int64_t collectionId = 0;
    QString title;
    int products = 0;
    std::optional<std::int64_t> actionId;
    QString actionStatus; ///< new or accepted
};

/// Collections with an open reorder first (by title), then the others.
[[nodiscard]] Result<std::vector<CollectionChoice>> readCollectionChoices(Database& db);

/// A product's place in a collection, as the last run ranked it.
struct RankRow {
    std::int64_t productId = 0;
    QString title;
    QString handle; ///< its handle, or the platform's key where products have none
    int currentPosition = 0;
    int suggestedPosition = 0;
    double score = 0; ///< 0..1
    StockState stock = StockState::Unknown;
    QString explanation;
};

/// The collection's products in the suggested order.
[[nodiscard]] Result<std::vector<RankRow>> readCollectionRanks(Database& db, std::int64_t collectionId);

/// The page at a glance.
struct MerchandisingOverview {
    int queries = 0;
    int trendingQueries = 0;
    int products = 0;
    int trendingProducts = 0;
    int collections = 0;
    int blockedOnTop = 0; ///< first-10 places whose product is out of stock, nearly out or not on sale
    int topPlaces = 0;
    std::optional<QDate> latestSearchWeek;
    std::optional<QDate> latestSalesWeek;
};

[[nodiscard]] Result<MerchandisingOverview> readOverview(Database& db);

} // namespace flywheel::merchandising
