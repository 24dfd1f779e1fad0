#include "customers/PriceHistory.h"

#include "forecast/Aggregation.h"
#include "store/Database.h"
#include "store/StoreDays.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <vector>

namespace flywheel::customers {

namespace {
const QDate kFirstMonday(1970, 1, 5);

struct Variant {
    std::int64_t productId = 0;
    double regularPrice = 0; ///< the highest list or compare-at price seen
};

/// Units sold and what they brought, for a variant, a product or the whole store in one week.
struct Sold {
    double units = 0;
    double paid = 0; ///< after line discounts
    double atList = 0; ///< the same units at the list price of their lines
    double atRegular = 0; ///< the same units at their variants' regular prices

    Sold& operator+=(const Sold& other)
    {
        units += other.units;
        paid += other.paid;
        atList += other.atList;
        atRegular += other.atRegular;
        return *this;
    }
};

/// A variant's weeks with sales, in week order. Order lines come in order of their order's id, which is
/// nearly the order of time, so a line's week is almost always the last one or a new one after it;
/// a vector kept in order costs far less than a tree node per week.
using WeeklySales = std::vector<std::pair<int, Sold>>;

Sold& salesIn(WeeklySales& weeks, int week)
{
    if (weeks.empty() || weeks.back().first < week)
        return weeks.emplace_back(week, Sold {}).second;
    if (weeks.back().first == week)
        return weeks.back().second;
    auto at = std::lower_bound(
        weeks.begin(), weeks.end(), week, [](const std::pair<int, Sold>& sold, int w) { return sold.first < w; });
    if (at == weeks.end() || at->first != week)
        at = weeks.insert(at, { week, Sold {} });
    return at->second;
}

Result<QHash<std::int64_t, Variant>> readVariants(Database& db, QHash<std::int64_t, QString>& categories)
{
    auto select
        = db.prepare("SELECT v.id, v.product_id, max(coalesce(v.price_minor, 0), coalesce(v.compare_at_minor, "
                     "0)), coalesce(p.product_type, '') FROM variants v JOIN products p ON p.id = v.product_id");
    if (!select)
        return std::unexpected(select.error());
    QHash<std::int64_t, Variant> variants;
    auto read = select->forEachRow([&](Statement& row) {
        variants.insert(row.int64(0), { row.int64(1), double(row.int64(2)) });
        categories.insert(row.int64(1), row.text(3));
    });
    if (!read)
        return std::unexpected(read.error());
    return variants;
}

/// Turns a product's weeks with sales into a series without gaps, up to `lastWeek`. The price
/// offered is the shelf price less the share by which the rest of the store sold below its list
/// prices that week (the codes running then). The product's own buyers do not set it: a slow seller's
/// paid average exists only in the weeks someone bought, and those would be the cheap weeks whenever a
/// buyer had a code, which reads as a response to price where there is none.
std::vector<PriceWeek> weeklySeries(const std::map<int, Sold>& sold, const std::map<int, Sold>& store, int lastWeek)
{
    std::vector<PriceWeek> weeks;
    const auto end = sold.upper_bound(lastWeek);
    if (sold.begin() == end)
        return weeks;
    double listPrice = 0;
    double regularPrice = 0;
    for (int week = sold.begin()->first; week <= std::prev(end)->first; ++week) {
        const auto found = sold.find(week);
        const Sold own = found == sold.end() ? Sold {} : found->second;
        const auto inStore = store.find(week);
        const Sold all = inStore == store.end() ? Sold {} : inStore->second;
        const double restAtList = all.atList - own.atList;
        const double restDiscount
            = restAtList > 0 ? std::clamp((restAtList - (all.paid - own.paid)) / restAtList, 0.0, 1.0) : 0.0;
        // A week without sales keeps the last shelf price seen: prices hold until they are changed.
        if (own.units > 0) {
            listPrice = own.atList / own.units;
            regularPrice = own.atRegular / own.units;
        }
        weeks.push_back({ week, own.units, listPrice * (1 - restDiscount), regularPrice, false, false,
            all.units - own.units, own.units > 0 ? own.paid / own.units : 0.0 });
    }
    return weeks;
}
} // namespace

int weekNumber(QDate day)
{
    return int(kFirstMonday.daysTo(forecast::periodStart(day, forecast::Frequency::Weekly)) / 7);
}

QDate weekStart(int week)
{
    return kFirstMonday.addDays(7 * qint64(week));
}

Result<PriceHistories> readPriceHistories(Database& db)
{
    QHash<std::int64_t, QString> categories;
    auto variants = readVariants(db, categories);
    if (!variants)
        return std::unexpected(variants.error());

    auto lines = db.prepare("SELECT ol.variant_id, o.created_at, ol.quantity, ol.price_minor, "
                            "coalesce(ol.compare_at_minor, 0), coalesce(ol.discount_minor, 0) "
                            "FROM orders o JOIN order_lines ol ON ol.order_id = o.id "
                            "WHERE o.cancelled_at IS NULL AND ol.variant_id IS NOT NULL AND ol.quantity > 0 "
                            "AND ol.price_minor > 0 ORDER BY o.id");
    if (!lines)
        return std::unexpected(lines.error());
    StoreDays days = StoreDays::of(db);
    QHash<std::int64_t, WeeklySales> soldByVariant;
    QDate lastDay;
    auto read = lines->forEachRow([&](Statement& row) {
        const auto variant = variants->find(row.int64(0));
        if (variant == variants->end())
            return;
        const QDate createdDay = days.dayOf(row.utf8(1));
        if (!createdDay.isValid())
            return;
        lastDay = std::max(lastDay, createdDay);
        const double units = double(row.int64(2));
        const double price = double(row.int64(3));
        variant->regularPrice = std::max({ variant->regularPrice, price, double(row.int64(4)) });
        Sold& sold = salesIn(soldByVariant[row.int64(0)], weekNumber(createdDay));
        sold.units += units;
        sold.atList += price * units;
        sold.paid += std::max(0.0, price * units - double(row.int64(5)));
    });
    if (!read)
        return std::unexpected(read.error());

    PriceHistories histories;
    if (!lastDay.isValid())
        return histories;
    // The week holding the newest order is complete only when that order came on its Sunday.
    histories.lastWeek = weekNumber(lastDay) - (lastDay.dayOfWeek() == Qt::Sunday ? 0 : 1);

    std::map<std::int64_t, std::map<int, Sold>> byProduct;
    std::map<int, Sold> store;
    for (auto sold = soldByVariant.cbegin(); sold != soldByVariant.cend(); ++sold) {
        const Variant& variant = variants->value(sold.key());
        std::map<int, Sold>& weeks = byProduct[variant.productId];
        for (auto [week, sales] : sold.value()) {
            sales.atRegular = sales.units * variant.regularPrice;
            weeks[week] += sales;
            store[week] += sales;
        }
    }
    for (const auto& [productId, weeks] : byProduct) {
        PriceSeries series { productId, categories.value(productId), 0,
            weeklySeries(weeks, store, histories.lastWeek) };
        if (!series.weeks.empty())
            histories.series.push_back(std::move(series));
    }
    return histories;
}

} // namespace flywheel::customers
