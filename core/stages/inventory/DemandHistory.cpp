#include "stages/inventory/DemandHistory.h"

#include "store/Database.h"
#include "store/StoreDays.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace flywheel::inventory {

namespace {
QString idList(const std::vector<std::int64_t>& ids)
{
    QStringList text;
    text.reserve(qsizetype(ids.size()));
    for (const std::int64_t id : ids)
        text << QString::number(id);
    return text.join(u',');
}

/// "AND <column> IN (...)" when the caller asked for some variants only.
std::string onlyVariants(const std::optional<std::vector<std::int64_t>>& ids, const char* column)
{
    if (!ids)
        return {};
    return " AND " + std::string(column) + " IN (" + idList(*ids).toStdString() + ")";
}

VariantHistory& historyOf(DemandHistories& histories, QHash<std::int64_t, size_t>& index, std::int64_t variantId)
{
    const auto found = index.constFind(variantId);
    if (found != index.cend())
        return histories.variants[*found];
    index.insert(variantId, histories.variants.size());
    histories.variants.push_back({ variantId, {}, {} });
    return histories.variants.back();
}
/// Puts sales in order of day, one entry per day.
void mergeDays(std::vector<forecast::DatedQuantity>& sales)
{
    std::ranges::stable_sort(sales, {}, &forecast::DatedQuantity::date);
    size_t kept = 0;
    for (size_t i = 0; i < sales.size(); ++i) {
        if (kept > 0 && sales[kept - 1].date == sales[i].date)
            sales[kept - 1].quantity += sales[i].quantity;
        else
            sales[kept++] = sales[i];
    }
    sales.resize(kept);
}
} // namespace

QDate DemandSeries::nextPeriod() const
{
    return forecast::addPeriods(firstPeriod, frequency, int(series.values.size()));
}

Result<DemandHistories> readDemandHistories(Database& db, const std::optional<std::vector<std::int64_t>>& variantIds)
{
    DemandHistories histories;
    auto lastDay = lastOrderDay(db);
    if (!lastDay)
        return std::unexpected(lastDay.error());
    histories.lastDay = *lastDay;

    // A refunded order's lines count for the share of the order that was kept: the export reports
    // refunds per order, not per line. Lines are added up per store day here, not grouped by SQLite,
    // which would sort a large store's million lines by variant and time first (slower than reading
    // them).
    auto sales = db.prepare("SELECT ol.variant_id, o.created_at, ol.quantity * (1.0 - "
                            "max(0.0, min(1.0, coalesce(r.amount_minor, o.refunded_minor, 0) * 1.0 / "
                            "nullif(o.total_minor, 0)))) "
                            "FROM orders o CROSS JOIN order_lines ol ON ol.order_id = o.id "
                            "LEFT JOIN refunds r ON r.order_id = o.id "
                            "WHERE o.cancelled_at IS NULL AND ol.variant_id IS NOT NULL"
        + onlyVariants(variantIds, "ol.variant_id"));
    if (!sales)
        return std::unexpected(sales.error());
    StoreDays days = StoreDays::of(db);
    QHash<std::int64_t, size_t> index;
    auto salesRead = sales->forEachRow([&](Statement& row) {
        const QDate orderDay = days.dayOf(row.utf8(1));
        if (!orderDay.isValid())
            return;
        const double quantity = row.isNull(2) ? 0.0 : row.real(2);
        historyOf(histories, index, row.int64(0)).sales.push_back({ orderDay, quantity });
    });
    if (!salesRead)
        return std::unexpected(salesRead.error());
    for (VariantHistory& history : histories.variants)
        mergeDays(history.sales);

    auto readings = db.prepare("SELECT variant_id, read_on, sum(coalesce(available, on_hand, 0)), "
                               "sum(coalesce(incoming, 0)) FROM inventory_levels WHERE stocked <> 0"
        + onlyVariants(variantIds, "variant_id") + " GROUP BY 1, 2 ORDER BY 1, 2");
    if (!readings)
        return std::unexpected(readings.error());
    auto readingsRead = readings->forEachRow([&](Statement& row) {
        const QDate day = QDate::fromString(row.text(1).left(10), Qt::ISODate);
        if (!day.isValid())
            return;
        historyOf(histories, index, row.int64(0))
            .readings.push_back({ day, int(std::clamp<std::int64_t>(row.int64(2), -1'000'000'000, 1'000'000'000)),
                int(std::clamp<std::int64_t>(row.int64(3), 0, 1'000'000'000)) });
    });
    if (!readingsRead)
        return std::unexpected(readingsRead.error());
    if (!histories.lastDay.isValid()) {
        for (const VariantHistory& history : histories.variants)
            if (!history.readings.empty())
                histories.lastDay = std::max(histories.lastDay, history.readings.back().day);
    }
    std::ranges::sort(histories.variants, {}, &VariantHistory::variantId);
    return histories;
}

std::vector<bool> outOfStockDays(const VariantHistory& history, QDate firstDay, QDate lastDay)
{
    const qint64 days = std::max<qint64>(0, firstDay.daysTo(lastDay) + 1);
    std::vector<bool> out(size_t(days), false);
    if (days == 0)
        return out;
    const auto offset = [&](QDate day) { return std::clamp<qint64>(firstDay.daysTo(day), -1, days); };
    for (size_t r = 0; r < history.readings.size(); ++r) {
        const StockReading& reading = history.readings[r];
        if (reading.available > 0)
            continue;
        const qint64 at = offset(reading.day);
        if (at < 0 || at >= days)
            continue;
        // Back to the sale that took the last unit.
        qint64 start = 0;
        for (const forecast::DatedQuantity& sale : history.sales) {
            const qint64 day = offset(sale.date);
            if (day > at)
                break;
            if (sale.quantity > 0)
                start = day + 1;
        }
        // Forward to the next sign of stock.
        qint64 end = days - 1;
        for (size_t next = r + 1; next < history.readings.size(); ++next) {
            if (history.readings[next].available > 0) {
                end = std::min(end, offset(history.readings[next].day) - 1);
                break;
            }
        }
        for (const forecast::DatedQuantity& sale : history.sales) {
            const qint64 day = offset(sale.date);
            if (day > at && sale.quantity > 0) {
                end = std::min(end, day - 1);
                break;
            }
        }
        for (qint64 day = start; day <= end; ++day)
            out[size_t(day)] = true;
    }
    return out;
}

DemandSeries buildDemandSeries(const VariantHistory& history, QDate lastDay)
{
    DemandSeries demand;
    const auto firstSale
        = std::ranges::find_if(history.sales, [](const forecast::DatedQuantity& sale) { return sale.quantity != 0; });
    if (firstSale == history.sales.end() || !lastDay.isValid() || firstSale->date > lastDay)
        return demand;
    const QDate firstDay = forecast::periodStart(firstSale->date, forecast::Frequency::Weekly);
    const qint64 days = firstDay.daysTo(lastDay) + 1;
    std::vector<double> daily(size_t(days), 0.0);
    for (const forecast::DatedQuantity& sale : history.sales) {
        const qint64 day = firstDay.daysTo(sale.date);
        if (day >= 0 && day < days)
            daily[size_t(day)] += sale.quantity;
    }
    const std::vector<bool> out = outOfStockDays(history, firstDay, lastDay);

    const qint64 weeks = days / 7; // whole weeks only: the last one is complete on lastDay
    double recent = 0;
    const qint64 recentWeeks = std::min<qint64>(8, weeks);
    for (qint64 day = (weeks - recentWeeks) * 7; day < weeks * 7; ++day)
        recent += daily[size_t(day)];
    const bool fast = weeks >= 16 && recentWeeks > 0 && recent / double(recentWeeks) >= kDailyFromUnitsPerWeek;
    const double unknown = std::numeric_limits<double>::quiet_NaN();
    demand.firstPeriod = firstDay;
    if (fast) {
        demand.frequency = forecast::Frequency::Daily;
        demand.series.period = forecast::seasonalPeriod(forecast::Frequency::Daily);
        demand.series.values.resize(size_t(days));
        for (qint64 day = 0; day < days; ++day) {
            const bool censored = out[size_t(day)] && daily[size_t(day)] <= 0;
            demand.series.values[size_t(day)] = censored ? unknown : daily[size_t(day)];
            demand.censoredPeriods += censored ? 1 : 0;
        }
        return demand;
    }
    demand.frequency = forecast::Frequency::Weekly;
    demand.series.period = forecast::seasonalPeriod(forecast::Frequency::Weekly);
    demand.series.values.resize(size_t(weeks));
    for (qint64 week = 0; week < weeks; ++week) {
        double units = 0;
        int outDays = 0;
        for (qint64 day = week * 7; day < week * 7 + 7; ++day) {
            units += daily[size_t(day)];
            outDays += out[size_t(day)] ? 1 : 0;
        }
        const bool censored = outDays > 3;
        demand.series.values[size_t(week)] = censored ? unknown : units;
        demand.censoredPeriods += censored ? 1 : 0;
    }
    return demand;
}

} // namespace flywheel::inventory
