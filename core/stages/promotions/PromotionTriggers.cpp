#include "stages/promotions/PromotionTriggers.h"

#include "io/Values.h"
#include "store/Database.h"
#include "store/StoreDays.h"
#include "store/StoreSettings.h"

#include <QHash>

#include <array>
#include <cmath>

namespace flywheel::promotions {

namespace {
using namespace Qt::StringLiterals;

constexpr std::array kTriggerKeys { "overstock", "season_end", "trending_surplus", "slow_mover" };

/// The weeks of forecast the triggers look at: a season ends when weeks 9-12 expect at most half
/// of weeks 1-4.
constexpr int kForecastWeeks = 12;
constexpr double kSeasonEndShare = 0.5;
/// A trend is at least this much faster than the 12 weeks before, on at least this many units.
constexpr double kTrendRatio = 1.5;
constexpr double kTrendMinUnits = 8;
/// Stock a trending product still has beyond this many weeks of the new pace is surplus.
constexpr double kTrendCoverWeeks = 12;
/// A slow mover's oldest unit has waited this long, or it sells nothing, and it has this much cover.
constexpr int kSlowMoverAgeDays = 180;
constexpr double kSlowMoverCoverWeeks = 16;

Result<QHash<std::int64_t, ProductStock>> readStockRows(Database& db)
{
    auto rows = db.prepare(
        "SELECT v.product_id, p.title, coalesce(p.handle, ''), coalesce(p.product_type, ''), "
        "coalesce(max(v.currency), ''), sum(h.available), sum(h.weekly_demand), sum(h.overstock_units), "
        "sum(h.overstock_value_minor), max(h.stock_age_days), "
        "sum(max(h.available, 0) * coalesce(v.price_minor, 0)) / sum(max(h.available, 0)), "
        "sum(h.available > 0 AND v.cost_minor IS NULL), "
        "sum(max(h.available, 0) * coalesce(v.cost_minor, 0)) / sum(max(h.available, 0)) "
        "FROM inventory_health h JOIN variants v ON v.id = h.variant_id JOIN products p ON p.id = v.product_id "
        "GROUP BY v.product_id HAVING sum(max(h.available, 0)) > 0");
    if (!rows)
        return std::unexpected(rows.error());
    const QString storeCurrency = StoreSettings(db).currency();
    QHash<std::int64_t, ProductStock> products;
    auto read = rows->forEachRow([&](Statement& row) {
        ProductStock stock;
        stock.productId = row.int64(0);
        stock.title = row.text(1);
        stock.handle = row.text(2);
        stock.category = row.text(3);
        stock.currency = row.text(4).isEmpty() ? storeCurrency : row.text(4);
        stock.available = int(row.int64(5));
        stock.weeklyDemand = row.real(6);
        stock.overstockUnits = int(row.int64(7));
        stock.overstockValueMinor = row.int64(8);
        if (!row.isNull(9))
            stock.stockAgeDays = int(row.int64(9));
        stock.priceMinor = row.int64(10);
        if (row.int64(11) == 0 && row.int64(12) > 0)
            stock.costMinor = row.int64(12);
        products.insert(stock.productId, stock);
    });
    if (!read)
        return std::unexpected(read.error());
    return products;
}

Result<void> readForecasts(Database& db, QHash<std::int64_t, ProductStock>& products)
{
    auto rows = db.prepare("SELECT v.product_id, f.period, f.forecast FROM inventory_forecasts f "
                           "JOIN variants v ON v.id = f.variant_id");
    if (!rows)
        return std::unexpected(rows.error());
    return rows->forEachRow([&](Statement& row) {
        const auto product = products.find(row.int64(0));
        if (product == products.end())
            return;
        const int perWeek = row.utf8(1) == "day" ? 7 : 1;
        // Read directly: parsing every variant's whole forecast document took most of planning.
        const std::vector<double> mean = values::jsonNumberArray(row.utf8(2), "mean").value_or(std::vector<double> {});
        std::vector<double>& weekly = product->weeklyForecast;
        const int weeks = std::min<int>(kForecastWeeks, int(mean.size()) / perWeek);
        if (int(weekly.size()) < weeks)
            weekly.resize(size_t(weeks), 0.0);
        for (int i = 0; i < weeks * perWeek; ++i)
            weekly[size_t(i / perWeek)] += std::isnan(mean[size_t(i)]) ? 0.0 : std::max(0.0, mean[size_t(i)]);
    });
}

Result<void> readRecentSales(Database& db, QHash<std::int64_t, ProductStock>& products)
{
    auto lastDay = lastOrderDay(db);
    if (!lastDay)
        return std::unexpected(lastDay.error());
    if (!lastDay->isValid())
        return {};
    const StoreDays days = StoreDays::of(db);
    const DayRange recent = days.range(lastDay->addDays(-27), *lastDay);
    const DayRange prior = days.range(lastDay->addDays(-111), lastDay->addDays(-28));
    auto rows = db.prepare("SELECT v.product_id, sum(CASE WHEN o.created_at >= ?2 THEN ol.quantity ELSE 0 END), "
                           "sum(CASE WHEN o.created_at < ?2 THEN ol.quantity ELSE 0 END) FROM orders o "
                           "JOIN order_lines ol ON ol.order_id = o.id JOIN variants v ON v.id = ol.variant_id "
                           "WHERE o.cancelled_at IS NULL AND o.created_at >= ?1 AND o.created_at < ?3 "
                           "GROUP BY v.product_id");
    if (!rows)
        return std::unexpected(rows.error());
    rows->bindAll(prior.from, recent.from, recent.until);
    return rows->forEachRow([&](Statement& row) {
        const auto product = products.find(row.int64(0));
        if (product == products.end())
            return;
        product->unitsLast4Weeks = row.real(1);
        product->unitsPrior12Weeks = row.real(2);
    });
}

/// Merchandising's products spiking or rising against their season (its trends table is empty until
/// that stage has run).
Result<void> readTrends(Database& db, QHash<std::int64_t, ProductStock>& products)
{
    auto rows = db.prepare("SELECT product_id, ratio, coalesce(via_query, '') FROM merch_trends WHERE subject = "
                           "'product' AND trend IN ('spike', 'rise') AND product_id IS NOT NULL");
    if (!rows)
        return std::unexpected(rows.error());
    return rows->forEachRow([&](Statement& row) {
        const auto product = products.find(row.int64(0));
        if (product == products.end())
            return;
        product->trendRatio = row.real(1);
        product->trendQuery = row.text(2);
    });
}

double sum(const std::vector<double>& values, size_t from, size_t to)
{
    double total = 0;
    for (size_t i = from; i < std::min(to, values.size()); ++i)
        total += values[i];
    return total;
}

QString units(double value)
{
    return QString::number(value, 'f', 0);
}
} // namespace

std::optional<double> ProductStock::coverWeeks() const
{
    if (weeklyDemand <= 0)
        return std::nullopt;
    return double(available) / weeklyDemand;
}

QString triggerKey(Trigger trigger)
{
    return QString::fromLatin1(kTriggerKeys[size_t(trigger)]);
}

std::optional<Trigger> triggerFromKey(const QString& key)
{
    for (size_t i = 0; i < kTriggerKeys.size(); ++i)
        if (key == QLatin1StringView(kTriggerKeys[i]))
            return Trigger(i);
    return std::nullopt;
}

QString TriggerText::title(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Overstock:
        return tr("Overstock");
    case Trigger::SeasonEnd:
        return tr("Season ending");
    case Trigger::TrendingSurplus:
        return tr("Trending, with stock to spare");
    case Trigger::SlowMover:
        return tr("Slow mover");
    }
    return {};
}

Result<std::vector<ProductStock>> readProductStock(Database& db)
{
    auto products = readStockRows(db);
    if (!products)
        return std::unexpected(products.error());
    if (auto ok = readForecasts(db, *products); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readRecentSales(db, *products); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readTrends(db, *products); !ok)
        return std::unexpected(ok.error());
    std::vector<ProductStock> list;
    list.reserve(size_t(products->size()));
    for (ProductStock& stock : *products)
        list.push_back(std::move(stock));
    std::ranges::sort(list, {}, &ProductStock::productId);
    return list;
}

std::optional<TriggeredProduct> triggerFor(const ProductStock& stock)
{
    if (stock.available <= 0)
        return std::nullopt;
    const std::optional<double> cover = stock.coverWeeks();
    const QString coverText = cover ? units(*cover) : QString();
    if (stock.overstockUnits > 0) {
        return TriggeredProduct { stock, Trigger::Overstock,
            TriggerText::tr("%1 in stock is %2 weeks of sales; %3 of them are more than the overstock threshold "
                            "(%4 tied up).")
                .arg(stock.available)
                .arg(coverText)
                .arg(stock.overstockUnits)
                .arg(values::moneyText(stock.overstockValueMinor, stock.currency)),
            double(stock.overstockUnits) };
    }
    const std::vector<double>& f = stock.weeklyForecast;
    const double soon = sum(f, 0, 4);
    const double later = sum(f, 8, 12);
    const double season = sum(f, 0, size_t(kForecastWeeks));
    if (f.size() >= size_t(kForecastWeeks) && soon >= 2 && later <= kSeasonEndShare * soon
        && stock.available > season) {
        return TriggeredProduct { stock, Trigger::SeasonEnd,
            TriggerText::tr("Demand is forecast to fall from %1 in the next 4 weeks to %2 in weeks 9 to 12; "
                            "%3 in stock is more than the %4 expected to sell in 12 weeks.")
                .arg(units(soon), units(later))
                .arg(stock.available)
                .arg(units(season)),
            double(stock.available) - season };
    }
    const double recentPace = stock.unitsLast4Weeks / 4.0;
    const double priorPace = stock.unitsPrior12Weeks / 12.0;
    if (stock.trendRatio && stock.weeklyDemand > 0) {
        // Merchandising's trend: the searches that vote for it come before the sales do.
        const double pace = std::max(recentPace, stock.weeklyDemand * *stock.trendRatio);
        if (double(stock.available) > kTrendCoverWeeks * pace) {
            const QString why = stock.trendQuery.isEmpty()
                ? TriggerText::tr("Trending at %1× its seasonal baseline; %2 in stock is more than %3 weeks even "
                                  "at that pace.")
                      .arg(QString::number(*stock.trendRatio, 'f', 1))
                      .arg(stock.available)
                      .arg(kTrendCoverWeeks)
                : TriggerText::tr("Searches for “%1” are at %2× their seasonal baseline; %3 in stock is more than "
                                  "%4 weeks even at that pace.")
                      .arg(stock.trendQuery, QString::number(*stock.trendRatio, 'f', 1))
                      .arg(stock.available)
                      .arg(kTrendCoverWeeks);
            return TriggeredProduct { stock, Trigger::TrendingSurplus, why,
                double(stock.available) - kTrendCoverWeeks * pace };
        }
    }
    if (stock.unitsLast4Weeks >= kTrendMinUnits && recentPace >= kTrendRatio * priorPace
        && double(stock.available) > kTrendCoverWeeks * recentPace) {
        const QString why = priorPace > 0
            ? TriggerText::tr("Sold %1 in the last 4 weeks, %2× its pace of the 12 weeks before; %3 in stock is more "
                              "than %4 weeks even at the new pace.")
                  .arg(units(stock.unitsLast4Weeks), QString::number(recentPace / priorPace, 'f', 1))
                  .arg(stock.available)
                  .arg(kTrendCoverWeeks)
            : TriggerText::tr("Sold %1 in the last 4 weeks after none in the 12 weeks before; %2 in stock is more "
                              "than %3 weeks even at the new pace.")
                  .arg(units(stock.unitsLast4Weeks))
                  .arg(stock.available)
                  .arg(kTrendCoverWeeks);
        return TriggeredProduct { stock, Trigger::TrendingSurplus, why,
            double(stock.available) - kTrendCoverWeeks * recentPace };
    }
    const bool old = stock.stockAgeDays && *stock.stockAgeDays >= kSlowMoverAgeDays;
    if ((old || !cover) && (!cover || *cover >= kSlowMoverCoverWeeks)) {
        const QString why = !cover
            ? TriggerText::tr("%1 in stock and no sales expected.").arg(stock.available)
            : TriggerText::tr("%1 in stock is %2 weeks of sales, and the oldest unit has waited %3 days.")
                  .arg(stock.available)
                  .arg(coverText)
                  .arg(stock.stockAgeDays.value_or(0));
        const double keep = cover ? kSlowMoverCoverWeeks * stock.weeklyDemand : 0.0;
        return TriggeredProduct { stock, Trigger::SlowMover, why, double(stock.available) - keep };
    }
    return std::nullopt;
}

std::vector<TriggeredProduct> mostValuableTriggers(const std::vector<ProductStock>& stock, int& leftOut)
{
    std::vector<TriggeredProduct> triggered;
    for (const ProductStock& product : stock)
        if (auto t = triggerFor(product))
            triggered.push_back(std::move(*t));
    const auto value = [](const TriggeredProduct& t) {
        return t.surplusUnits * double(t.stock.costMinor.value_or(t.stock.priceMinor));
    };
    std::ranges::stable_sort(
        triggered, [&](const TriggeredProduct& a, const TriggeredProduct& b) { return value(a) > value(b); });
    leftOut = int(triggered.size() > kMaxPromotions ? triggered.size() - kMaxPromotions : 0);
    if (triggered.size() > kMaxPromotions)
        triggered.resize(kMaxPromotions);
    return triggered;
}

} // namespace flywheel::promotions
