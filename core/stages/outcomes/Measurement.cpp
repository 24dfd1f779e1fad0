#include "stages/outcomes/Measurement.h"

#include "stages/outcomes/OutcomeTracking.h"
#include "store/StoreSettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace flywheel::outcomes {

namespace {
QString json(const QJsonValue& value)
{
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                           : QStringLiteral("[]");
}

/// One count (or two) over a day range; the statement's first two parameters are the range.
template <typename... Args>
Result<std::pair<double, double>> counts(Database& db, const char* sql, DayRange range, const Args&... args)
{
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(range.from, range.until, args...);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    return std::pair { select->isNull(0) ? 0.0 : select->real(0),
        select->columnCount() > 1 && !select->isNull(1) ? select->real(1) : 0.0 };
}

/// What the statement's range compares: UTC timestamps (orders, tickets) or store days (search reports).
enum class Stamps { Utc, StoreDays };

DayRange rangeOf(QDate first, QDate last, const Windows& w, Stamps stamps)
{
    return stamps == Stamps::Utc ? StoreDays(w.zone).range(first, last) : dateRange(first, last);
}

/// Both windows of one count.
template <typename... Args>
Result<std::pair<std::pair<double, double>, std::pair<double, double>>> beforeAndAfter(
    Database& db, const char* sql, const Windows& w, Stamps stamps, const Args&... args)
{
    auto before = counts(db, sql, rangeOf(w.beforeFirst, w.beforeLast, w, stamps), args...);
    if (!before)
        return std::unexpected(before.error());
    auto after = counts(db, sql, rangeOf(w.afterFirst, w.afterLast, w, stamps), args...);
    if (!after)
        return std::unexpected(after.error());
    return std::pair { *before, *after };
}

// Orders and tickets are counted by the day of their timestamp, as every stage counts them.
constexpr const char* kOrders
    = "SELECT count(*) FROM orders WHERE cancelled_at IS NULL AND created_at >= ?1 AND created_at < ?2";
constexpr const char* kProductOrders
    = "SELECT count(DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN variants v ON "
      "v.id = l.variant_id WHERE o.cancelled_at IS NULL AND o.created_at >= ?1 AND o.created_at < ?2 AND "
      "v.product_id = ?3";
constexpr const char* kTicketsAsking
    = "SELECT count(*) FROM tickets t JOIN ticket_signals s ON s.ticket_id = t.id WHERE t.created_at >= ?1 AND "
      "t.created_at < ?2 AND EXISTS (SELECT 1 FROM json_each(s.asked_attributes) WHERE value = ?3)";
constexpr const char* kProductTicketsAsking
    = "SELECT count(*) FROM tickets t JOIN ticket_signals s ON s.ticket_id = t.id JOIN ticket_products tp ON "
      "tp.ticket_id = t.id AND tp.product_id = ?4 WHERE t.created_at >= ?1 AND t.created_at < ?2 AND EXISTS "
      "(SELECT 1 FROM json_each(s.asked_attributes) WHERE value = ?3)";
constexpr const char* kTicketsOfIntent
    = "SELECT count(*) FROM tickets t JOIN ticket_signals s ON s.ticket_id = t.id WHERE t.created_at >= ?1 AND "
      "t.created_at < ?2 AND s.intent = ?3";
constexpr const char* kTicketsOfTopic
    = "SELECT count(*) FROM tickets t JOIN ticket_signals s ON s.ticket_id = t.id JOIN service_topics st ON "
      "st.id = s.topic_id WHERE t.created_at >= ?1 AND t.created_at < ?2 AND st.label = ?3";

Result<Measured> ticketRate(Database& db, const PendingOutcome& o, const Windows& w)
{
    const QString attribute = o.baseline.value("attribute"_L1).toString();
    const qint64 product = o.baseline.value("product"_L1).toInteger();
    Result<std::pair<std::pair<double, double>, std::pair<double, double>>> tickets;
    if (!attribute.isEmpty() && product > 0)
        tickets = beforeAndAfter(db, kProductTicketsAsking, w, Stamps::Utc, attribute, product);
    else if (!attribute.isEmpty())
        tickets = beforeAndAfter(db, kTicketsAsking, w, Stamps::Utc, attribute);
    else if (o.baseline.contains("intent"_L1))
        tickets = beforeAndAfter(db, kTicketsOfIntent, w, Stamps::Utc, o.baseline.value("intent"_L1).toString());
    else
        tickets = beforeAndAfter(db, kTicketsOfTopic, w, Stamps::Utc, o.baseline.value("topic"_L1).toString());
    if (!tickets)
        return std::unexpected(tickets.error());
    auto orders = product > 0 ? beforeAndAfter(db, kProductOrders, w, Stamps::Utc, product)
                              : beforeAndAfter(db, kOrders, w, Stamps::Utc);
    if (!orders)
        return std::unexpected(orders.error());
    const double ticketsBefore = tickets->first.first;
    const double ticketsAfter = tickets->second.first;
    const double ordersBefore = orders->first.first;
    const double ordersAfter = orders->second.first;
    return Measured { rateChange(ticketsBefore, ordersBefore, ticketsAfter, ordersAfter, 100, Better::Lower),
        QJsonObject { { u"tickets_before"_s, ticketsBefore }, { u"tickets_after"_s, ticketsAfter },
            { u"orders_before"_s, ordersBefore }, { u"orders_after"_s, ordersAfter } } };
}

// Search-report rows carry the day their period starts; the queries are compared folded.
constexpr const char* kQuerySearches
    = "SELECT sum(searches), sum(CASE WHEN results = 0 THEN searches ELSE 0 END) FROM search_terms WHERE "
      "period_start >= ?1 AND period_start < ?2 AND results IS NOT NULL AND lower(trim(query)) IN "
      "(SELECT lower(value) FROM json_each(?3))";
constexpr const char* kQueryClicks
    = "SELECT sum(searches), sum(clicks) FROM search_terms WHERE period_start >= ?1 AND period_start < ?2 AND "
      "clicks IS NOT NULL AND lower(trim(query)) IN (SELECT lower(value) FROM json_each(?3))";

Result<Measured> zeroResultRate(Database& db, const PendingOutcome& o, const Windows& w)
{
    auto searches = beforeAndAfter(db, kQuerySearches, w, Stamps::StoreDays, json(o.baseline.value("queries"_L1)));
    if (!searches)
        return std::unexpected(searches.error());
    const auto [before, after] = *searches;
    return Measured { shareDifference(after.second, after.first, before.second, before.first, Better::Lower),
        QJsonObject { { u"searches_before"_s, before.first }, { u"zero_result_before"_s, before.second },
            { u"searches_after"_s, after.first }, { u"zero_result_after"_s, after.second } } };
}

Result<Measured> clicksPerSearch(Database& db, const PendingOutcome& o, const Windows& w)
{
    auto searches = beforeAndAfter(db, kQueryClicks, w, Stamps::StoreDays, json(o.baseline.value("queries"_L1)));
    if (!searches)
        return std::unexpected(searches.error());
    const auto [before, after] = *searches;
    return Measured { rateChange(before.second, before.first, after.second, after.first, 100, Better::Higher),
        QJsonObject { { u"searches_before"_s, before.first }, { u"clicks_before"_s, before.second },
            { u"searches_after"_s, after.first }, { u"clicks_after"_s, after.second } } };
}

constexpr const char* kUnitsOfProducts
    = "SELECT sum(CASE WHEN v.product_id IN (SELECT value FROM json_each(?3)) THEN l.quantity ELSE 0 END), "
      "sum(l.quantity) FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN variants v ON v.id = "
      "l.variant_id WHERE o.cancelled_at IS NULL AND o.created_at >= ?1 AND o.created_at < ?2";

Result<Measured> salesLift(Database& db, const PendingOutcome& o, const Windows& w)
{
    auto units = beforeAndAfter(db, kUnitsOfProducts, w, Stamps::Utc, json(o.baseline.value("products"_L1)));
    if (!units)
        return std::unexpected(units.error());
    const auto [before, after] = *units;
    const double restBefore = before.second - before.first;
    const double restAfter = after.second - after.first;
    return Measured { relativeLift(before.first, after.first, restBefore, restAfter, Better::Higher),
        QJsonObject { { u"units_before"_s, before.first }, { u"units_after"_s, after.first },
            { u"other_units_before"_s, restBefore }, { u"other_units_after"_s, restAfter } } };
}

constexpr const char* kUnitsOfVariant
    = "SELECT sum(l.quantity) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.cancelled_at IS NULL "
      "AND o.created_at >= ?1 AND o.created_at < ?2 AND l.variant_id = ?3";

/// Units sold in the window against the forecast the reorder was sized on: the error in percent of
/// the forecast, judged good when the sales fell inside the forecast's 80% range.
Result<Measured> forecastAccuracy(Database& db, const PendingOutcome& o, const Windows& w)
{
    auto sold = counts(
        db, kUnitsOfVariant, StoreDays(w.zone).range(w.afterFirst, w.afterLast), o.baseline.value("variant"_L1).toInteger());
    if (!sold)
        return std::unexpected(sold.error());
    const double forecast = o.baseline.value("forecast"_L1).toDouble();
    const double actual = sold->first;
    const double scale = std::max(forecast, 1.0);
    Effect e;
    e.before = forecast;
    e.after = actual;
    e.effect = 100 * (actual - forecast) / scale;
    e.low = 100 * (o.baseline.value("low80"_L1).toDouble() - forecast) / scale;
    e.high = 100 * (o.baseline.value("high80"_L1).toDouble(forecast) - forecast) / scale;
    if (o.baseline.contains("forecast"_L1))
        e.improved = e.effect >= e.low && e.effect <= e.high;
    return Measured { e, QJsonObject { { u"forecast_units"_s, forecast }, { u"units_sold"_s, actual } } };
}

constexpr const char* kPromotionGroups
    = "SELECT a.control, count(*), sum(bought.units IS NOT NULL), coalesce(sum(bought.units), 0) FROM "
      "promotion_audience a JOIN promotions p ON p.subject_key = a.subject_key LEFT JOIN (SELECT o.customer_id, "
      "sum(l.quantity) AS units FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN variants v ON v.id = "
      "l.variant_id WHERE o.cancelled_at IS NULL AND o.created_at >= ?1 AND o.created_at < ?2 AND v.product_id = "
      "(SELECT product_id FROM promotions WHERE subject_key = ?3) GROUP BY o.customer_id) bought ON "
      "bought.customer_id = a.customer_id WHERE a.subject_key = ?3 GROUP BY a.control";
/// Margin of one unit sold at the promotion's discount.
constexpr const char* kPromotionUnitMargin
    = "SELECT avg(v.price_minor) * (100 - p.discount_percent) / 100.0 - avg(v.cost_minor) FROM promotions p JOIN "
      "variants v ON v.product_id = p.product_id WHERE p.subject_key = ?1 AND v.cost_minor IS NOT NULL";

/// Share of the audience who bought the promoted product in the window against the share of the
/// held-back control group, and the margin the difference earned.
Result<Measured> purchaseRateVsControl(Database& db, const PendingOutcome& o, const Windows& w)
{
    const QString subject = o.baseline.value("promotion"_L1).toString();
    auto select = db.prepare(kPromotionGroups);
    if (!select)
        return std::unexpected(select.error());
    const DayRange range = StoreDays(w.zone).range(w.afterFirst, w.afterLast);
    select->bindAll(range.from, range.until, subject);
    struct Group {
        double members = 0;
        double buyers = 0;
        double units = 0;
    };
    Group audience;
    Group control;
    auto read = select->forEachRow([&](Statement& row) {
        Group& group = row.int64(0) == 1 ? control : audience;
        group = { row.real(1), row.real(2), row.real(3) };
    });
    if (!read)
        return std::unexpected(read.error());
    auto margin = db.prepare(kPromotionUnitMargin);
    if (!margin)
        return std::unexpected(margin.error());
    margin->bindAll(subject);
    auto found = margin->step();
    if (!found)
        return std::unexpected(found.error());
    const double unitMargin = *found && !margin->isNull(0) ? margin->real(0) : 0;
    const double extraUnits = control.members > 0 && audience.members > 0
        ? (audience.units / audience.members - control.units / control.members) * audience.members
        : 0;
    return Measured { shareDifference(
                          audience.buyers, audience.members, control.buyers, control.members, Better::Higher),
        QJsonObject { { u"audience"_s, audience.members }, { u"audience_buyers"_s, audience.buyers },
            { u"audience_units"_s, audience.units }, { u"control"_s, control.members },
            { u"control_buyers"_s, control.buyers }, { u"control_units"_s, control.units },
            { u"extra_units"_s, extraUnits }, { u"margin_gained_minor"_s, std::round(extraUnits * unitMargin) } } };
}
} // namespace

Windows windowsOf(QDate startDay, int days, const QTimeZone& zone)
{
    return { startDay.addDays(1 - days), startDay, startDay.addDays(1), startDay.addDays(days), zone };
}

DayRange dateRange(QDate first, QDate last)
{
    return { first.toString(Qt::ISODate), last.addDays(1).toString(Qt::ISODate) };
}

Result<Measured> measure(Database& db, const PendingOutcome& outcome)
{
    const Windows w = windowsOf(outcome.startDay, outcome.windowDays, StoreSettings(db).timeZone());
    const QString& m = outcome.metric;
    if (m == QLatin1StringView(metric::kTicketRate))
        return ticketRate(db, outcome, w);
    if (m == QLatin1StringView(metric::kZeroResultRate))
        return zeroResultRate(db, outcome, w);
    if (m == QLatin1StringView(metric::kClicksPerSearch))
        return clicksPerSearch(db, outcome, w);
    if (m == QLatin1StringView(metric::kForecastAccuracy))
        return forecastAccuracy(db, outcome, w);
    if (m == QLatin1StringView(metric::kPurchaseRateVsControl))
        return purchaseRateVsControl(db, outcome, w);
    return salesLift(db, outcome, w);
}

} // namespace flywheel::outcomes
