#include "stages/merchandising/WeeklyDemand.h"

#include "stages/search/QueryDiagnosis.h"
#include "store/Database.h"
#include "store/StoreDays.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace flywheel::merchandising {

namespace {
/// A week with fewer days of data than this says too little to keep.
constexpr int kMinDaysInWeek = 3;

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

/// The store's days of its first and latest orders, cancelled ones left out.
Result<std::pair<QDate, QDate>> orderDays(Database& db)
{
    auto select = db.prepare("SELECT min(created_at), max(created_at) FROM orders WHERE cancelled_at IS NULL");
    if (!select)
        return std::unexpected(select.error());
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || select->isNull(0))
        return std::pair<QDate, QDate> {};
    StoreDays days = StoreDays::of(db);
    return std::pair { days.dayOf(select->utf8(0)), days.dayOf(select->utf8(1)) };
}

struct SearchSpan {
    QDate firstDay;
    QDate lastDay;
    bool undated = false;
};

/// The days the dated search reports cover. Rows that all fall on one weekday are weekly rows, each
/// covering its day and the six after it, up to the newest order (a report exported mid-week).
Result<SearchSpan> searchSpan(Database& db, QDate lastOrderDay)
{
    auto select = db.prepare("SELECT min(period_start), max(period_start), count(DISTINCT strftime('%w', "
                             "period_start)), count(DISTINCT period_start), sum(period_start IS NULL) "
                             "FROM search_terms");
    if (!select)
        return std::unexpected(select.error());
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    SearchSpan span;
    if (!*row)
        return span;
    span.undated = select->int64(4) > 0;
    if (select->isNull(0))
        return span;
    span.firstDay = QDate::fromString(select->text(0), Qt::ISODate);
    span.lastDay = QDate::fromString(select->text(1), Qt::ISODate);
    const bool weekly = select->int64(2) == 1 && select->int64(3) > 1;
    if (weekly) {
        const QDate reportEnd = span.lastDay.addDays(6);
        span.lastDay = lastOrderDay.isValid() && lastOrderDay >= span.lastDay && lastOrderDay < reportEnd ? lastOrderDay
                                                                                                          : reportEnd;
    }
    return span;
}

Result<std::vector<QueryWeeks>> readQueries(Database& db, const WeekGrid& grid)
{
    std::vector<QueryWeeks> queries;
    if (grid.weeks() == 0)
        return queries;
    auto select = db.prepare("SELECT query, period_start, sum(searches), sum(coalesce(clicks, 0)) FROM search_terms "
                             "WHERE period_start >= ?1 GROUP BY query, period_start");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, grid.firstWeek.toString(Qt::ISODate));
    QHash<QString, size_t> byQuery;
    auto read = select->forEachRow([&](Statement& row) {
        const std::optional<int> week = grid.indexOf(QDate::fromString(row.text(1), Qt::ISODate));
        const QString query = search::foldQuery(row.text(0));
        if (!week || query.isEmpty())
            return;
        auto found = byQuery.constFind(query);
        if (found == byQuery.constEnd()) {
            found = byQuery.insert(query, queries.size());
            queries.push_back(
                { query, std::vector<double>(size_t(grid.weeks())), std::vector<double>(size_t(grid.weeks())) });
        }
        QueryWeeks& q = queries[*found];
        q.searches[size_t(*week)] += row.real(2);
        q.clicks[size_t(*week)] += row.real(3);
    });
    if (!read)
        return std::unexpected(read.error());
    const auto total = [](const QueryWeeks& q) { return std::accumulate(q.searches.begin(), q.searches.end(), 0.0); };
    std::stable_sort(queries.begin(), queries.end(), [&](const QueryWeeks& a, const QueryWeeks& b) {
        const double ta = total(a);
        const double tb = total(b);
        return ta != tb ? ta > tb : a.query < b.query;
    });
    return queries;
}

Result<std::vector<ProductWeeks>> readProducts(Database& db, const WeekGrid& grid)
{
    std::vector<ProductWeeks> products;
    if (grid.weeks() == 0)
        return products;
    auto variants = db.prepare("SELECT v.id, v.product_id, coalesce(p.product_type, '') FROM variants v JOIN "
                               "products p ON p.id = v.product_id");
    if (!variants)
        return std::unexpected(variants.error());
    QHash<std::int64_t, std::int64_t> productOf;
    QHash<std::int64_t, QString> typeOf;
    auto variantsRead = variants->forEachRow([&](Statement& row) {
        productOf.insert(row.int64(0), row.int64(1));
        typeOf.insert(row.int64(1), row.text(2));
    });
    if (!variantsRead)
        return std::unexpected(variantsRead.error());
    // Lines are added up here rather than grouped by SQLite, which would sort them all first. The
    // window holds a fraction of the store's orders: CROSS JOIN reads those orders, then their lines.
    auto lines = db.prepare("SELECT ol.variant_id, o.created_at, ol.quantity FROM orders o CROSS JOIN order_lines "
                            "ol ON ol.order_id = o.id WHERE o.cancelled_at IS NULL AND o.created_at >= ?1 AND "
                            "ol.variant_id IS NOT NULL");
    if (!lines)
        return std::unexpected(lines.error());
    StoreDays days = StoreDays::of(db);
    lines->bind(1, days.range(grid.firstWeek, grid.firstWeek).from);
    QHash<std::int64_t, size_t> indexOf;
    auto linesRead = lines->forEachRow([&](Statement& row) {
        const std::optional<int> week = grid.indexOf(days.dayOf(row.utf8(1)));
        const auto product = productOf.constFind(row.int64(0));
        if (!week || product == productOf.cend())
            return;
        auto found = indexOf.constFind(*product);
        if (found == indexOf.cend()) {
            found = indexOf.insert(*product, products.size());
            const std::vector<double> zeros(size_t(grid.weeks()), 0.0);
            products.push_back({ *product, typeOf.value(*product), zeros, zeros });
        }
        products[*found].units[size_t(*week)] += row.real(2);
        products[*found].orders[size_t(*week)] += 1;
    });
    if (!linesRead)
        return std::unexpected(linesRead.error());
    std::sort(products.begin(), products.end(),
        [](const ProductWeeks& a, const ProductWeeks& b) { return a.productId < b.productId; });
    return products;
}
} // namespace

std::optional<int> WeekGrid::indexOf(QDate day) const
{
    if (!firstWeek.isValid() || !day.isValid())
        return std::nullopt;
    const qint64 index = firstWeek.daysTo(mondayOf(day)) / 7;
    return index >= 0 && index < weeks() ? std::optional(int(index)) : std::nullopt;
}

WeekGrid WeekGrid::covering(QDate firstDay, QDate lastDay, int maxWeeks)
{
    WeekGrid grid;
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return grid;
    QDate lastMonday = mondayOf(lastDay);
    if (lastMonday.daysTo(lastDay) + 1 < kMinDaysInWeek)
        lastMonday = lastMonday.addDays(-7);
    QDate firstMonday = mondayOf(firstDay);
    if (firstDay.daysTo(firstMonday.addDays(6)) + 1 < kMinDaysInWeek)
        firstMonday = firstMonday.addDays(7);
    firstMonday = std::max(firstMonday, lastMonday.addDays(-7 * qint64(maxWeeks - 1)));
    if (lastMonday < firstMonday)
        return grid;
    grid.firstWeek = firstMonday;
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7)) {
        const QDate from = std::max(monday, firstDay);
        const QDate to = std::min(monday.addDays(6), lastDay);
        grid.exposure.push_back(double(from.daysTo(to) + 1) / 7.0);
    }
    return grid;
}

Result<WeeklyDemand> readWeeklyDemand(Database& db)
{
    WeeklyDemand demand;
    auto orders = orderDays(db);
    if (!orders)
        return std::unexpected(orders.error());
    auto span = searchSpan(db, orders->second);
    if (!span)
        return std::unexpected(span.error());
    demand.undatedSearches = span->undated;
    demand.searchWeeks = WeekGrid::covering(span->firstDay, span->lastDay, kHistoryWeeks);
    demand.salesWeeks = WeekGrid::covering(orders->first, orders->second, kHistoryWeeks);
    auto queries = readQueries(db, demand.searchWeeks);
    if (!queries)
        return std::unexpected(queries.error());
    demand.queries = std::move(*queries);
    auto products = readProducts(db, demand.salesWeeks);
    if (!products)
        return std::unexpected(products.error());
    demand.products = std::move(*products);
    return demand;
}

} // namespace flywheel::merchandising
