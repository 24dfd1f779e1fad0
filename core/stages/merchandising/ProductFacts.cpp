#include "stages/merchandising/ProductFacts.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace flywheel::merchandising {

namespace {
struct FactsText {
    Q_DECLARE_TR_FUNCTIONS(ProductFacts)
};

struct StockName {
    StockState state;
    const char* key;
    const char* label;
};
constexpr StockName kStockNames[] = {
    { StockState::Healthy, "healthy", QT_TRANSLATE_NOOP("ProductFacts", "In stock") },
    { StockState::Low, "low", QT_TRANSLATE_NOOP("ProductFacts", "Nearly out") },
    { StockState::Out, "out", QT_TRANSLATE_NOOP("ProductFacts", "Out of stock") },
    { StockState::Unknown, "unknown", QT_TRANSLATE_NOOP("ProductFacts", "Stock not known") },
    { StockState::NotOnSale, "not_on_sale", QT_TRANSLATE_NOOP("ProductFacts", "Not on sale") },
};

/// Weeks the latest TrendRules::kSpikeWeeks weeks of a grid add up to, partial weeks counted in part.
double latestWeeks(const WeekGrid& grid)
{
    double weeks = 0;
    for (int w = std::max(0, grid.weeks() - TrendRules::kSpikeWeeks); w < grid.weeks(); ++w)
        weeks += grid.exposure[size_t(w)];
    return weeks;
}

Result<void> readCatalog(Database& db, QHash<std::int64_t, ProductFacts>& facts)
{
    auto select = db.prepare("SELECT id, title, lower(coalesce(status, '')) IN ('draft', 'archived', 'private', "
                             "'pending', 'trash') FROM products");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        ProductFacts product;
        product.productId = row.int64(0);
        product.title = row.text(1);
        if (row.int64(2) != 0)
            product.stock = StockState::NotOnSale;
        facts.insert(product.productId, std::move(product));
    });
}

Result<void> readMargins(Database& db, QHash<std::int64_t, ProductFacts>& facts)
{
    auto select = db.prepare("SELECT product_id, avg(1.0 - CAST(cost_minor AS REAL) / price_minor) FROM variants "
                             "WHERE cost_minor IS NOT NULL AND price_minor > 0 GROUP BY product_id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        if (const auto product = facts.find(row.int64(0)); product != facts.end())
            product->margin = row.real(1);
    });
}

/// Stock from the Inventory stage's latest run, its variants added up.
Result<void> readStock(Database& db, QHash<std::int64_t, ProductFacts>& facts)
{
    auto select = db.prepare("SELECT v.product_id, sum(max(h.available, 0)), sum(h.weekly_demand), "
                             "sum(CASE WHEN h.available > 0 THEN h.weekly_demand ELSE 0 END) "
                             "FROM inventory_health h JOIN variants v ON v.id = h.variant_id GROUP BY v.product_id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const auto product = facts.find(row.int64(0));
        if (product == facts.end() || product->stock == StockState::NotOnSale)
            return;
        product->available = int(row.int64(1));
        const double weekly = row.real(2);
        if (weekly > 0) {
            product->daysOfCover = 7.0 * product->available / weekly;
            product->demandInStock = row.real(3) / weekly;
        }
        if (product->available <= 0)
            product->stock = StockState::Out;
        else if ((product->daysOfCover && *product->daysOfCover < kLowCoverDays)
            || product->demandInStock < kMinDemandInStock)
            product->stock = StockState::Low;
        else
            product->stock = StockState::Healthy;
    });
}

/// The searches and clicks of each query, shared out over the products its shoppers were after
/// (search_demand, written by the Search stage).
Result<void> readSearchDemand(Database& db, const TrendReport& trends, QHash<std::int64_t, ProductFacts>& facts)
{
    const double weeks = latestWeeks(trends.searchWeeks);
    if (weeks <= 0)
        return {};
    QHash<QString, const QueryTrend*> byQuery;
    for (const QueryTrend& query : trends.queries)
        byQuery.insert(query.query, &query);
    auto select = db.prepare("SELECT d.query, s.product_id, s.share FROM search_demand s JOIN search_diagnoses d ON "
                             "d.id = s.diagnosis_id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const QueryTrend* query = byQuery.value(row.text(0));
        const auto product = facts.find(row.int64(1));
        if (!query || product == facts.end())
            return;
        product->searchesPerWeek += row.real(2) * query->recentSearches / weeks;
        product->clicksPerWeek += row.real(2) * query->recentClicks / weeks;
    });
}
} // namespace

Result<QHash<std::int64_t, ProductFacts>> readProductFacts(Database& db, const TrendReport& trends)
{
    QHash<std::int64_t, ProductFacts> facts;
    for (const auto& read : { readCatalog, readMargins, readStock })
        if (auto ok = read(db, facts); !ok)
            return std::unexpected(ok.error());
    if (auto ok = readSearchDemand(db, trends, facts); !ok)
        return std::unexpected(ok.error());
    const double weeks = latestWeeks(trends.salesWeeks);
    for (const ProductTrend& product : trends.products)
        if (const auto found = facts.find(product.productId); found != facts.end() && weeks > 0)
            found->unitsPerWeek = product.recentUnits / weeks;
    return facts;
}

QString stockKey(StockState state)
{
    for (const StockName& name : kStockNames)
        if (name.state == state)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<StockState> stockFromKey(QStringView key)
{
    for (const StockName& name : kStockNames)
        if (key == QLatin1StringView(name.key))
            return name.state;
    return std::nullopt;
}

QString stockLabel(StockState state)
{
    for (const StockName& name : kStockNames)
        if (name.state == state)
            return FactsText::tr(name.label);
    return {};
}

} // namespace flywheel::merchandising
