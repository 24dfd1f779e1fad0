#include "stages/inventory/InventorySignals.h"

#include "io/Values.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace flywheel::inventory {

namespace {
using namespace Qt::StringLiterals;

struct ActionText {
    Q_DECLARE_TR_FUNCTIONS(InventoryActions)
};

/// Two decimals: more would only show the model's noise. The keys in QJsonObject's order.
QString forecastJson(const VariantForecast& variant)
{
    const forecast::Forecast& f = *variant.forecast;
    QString json = u"{"_s;
    if (variant.backtestForecast)
        json += u"\"backtest\":"_s + values::hundredthsJsonArray(variant.backtestForecast->mean) + u',';
    json += u"\"lower80\":"_s + values::hundredthsJsonArray(f.lower80) + u",\"lower95\":"_s
        + values::hundredthsJsonArray(f.lower95) + u",\"mean\":"_s + values::hundredthsJsonArray(f.mean)
        + u",\"upper80\":"_s + values::hundredthsJsonArray(f.upper80) + u",\"upper95\":"_s
        + values::hundredthsJsonArray(f.upper95) + u'}';
    return json;
}

QString periodKey(forecast::Frequency frequency)
{
    return frequency == forecast::Frequency::Daily ? u"day"_s : u"week"_s;
}

std::optional<double> finite(double value)
{
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

QString units(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

QString reorderDetail(const StockHealth& h, const StockedVariant& variant, const VariantForecast* forecast)
{
    const QString model = forecast && forecast->forecast ? forecast->forecast->model : QString();
    QString detail = ActionText::tr("%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point "
                                    "%5, order up to %6, for %n day(s) of lead time at a %7 % service level.",
        nullptr, h.terms.leadTimeDays)
                         .arg(h.available)
                         .arg(h.incoming)
                         .arg(model, units(h.plan.weeklyDemand), units(h.plan.reorderPoint), units(h.plan.orderUpTo))
                         .arg(h.terms.serviceLevel * 100.0, 0, 'f', 1);
    if (h.stockoutDate)
        detail += u' ' + ActionText::tr("Expected to sell out on %1.").arg(h.stockoutDate->toString(Qt::ISODate));
    if (h.revenueAtRiskMinor > 0)
        detail += u' '
            + ActionText::tr("Revenue at risk before new stock could arrive: %1.")
                  .arg(values::moneyText(h.revenueAtRiskMinor, variant.currency));
    if (forecast && forecast->backtest)
        detail += u' '
            + ActionText::tr("On the last %n held-out period(s) this forecast was off by %1 % (WAPE).", nullptr,
                forecast->backtest->points)
                  .arg(forecast->backtest->wape * 100.0, 0, 'f', 0);
    return detail;
}
} // namespace

Result<void> writeForecasts(Database& db, std::int64_t runId, const VariantForecasts& forecasts)
{
    if (auto ok = db.exec("DELETE FROM inventory_forecasts"); !ok)
        return ok;
    auto insert = db.prepare(
        "INSERT INTO inventory_forecasts (variant_id, run_id, period, first_period, model, history_periods, "
        "censored_periods, forecast, note, backtest_points, backtest_units, backtest_forecast_units, wape, mase, bias, "
        "coverage80, coverage95) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    if (!insert)
        return std::unexpected(insert.error());
    for (const VariantForecast& variant : forecasts.variants) {
        if (!variant.forecast)
            continue;
        const forecast::Forecast& f = *variant.forecast;
        const std::optional<forecast::Accuracy>& b = variant.backtest;
        insert->bindAll(variant.variantId, runId, periodKey(variant.demand.frequency), variant.demand.nextPeriod(),
            f.model, int(variant.demand.series.values.size()), variant.demand.censoredPeriods, forecastJson(variant),
            f.note.isEmpty() ? std::nullopt : std::optional(f.note), b ? b->points : 0,
            b ? std::optional(variant.backtestUnits) : std::nullopt,
            b ? std::optional(variant.backtestForecastUnits) : std::nullopt, b ? finite(b->wape) : std::nullopt,
            b && b->masedSeries > 0 ? finite(b->mase) : std::nullopt, b ? finite(b->bias) : std::nullopt,
            b ? std::optional(b->coverage80) : std::nullopt, b ? std::optional(b->coverage95) : std::nullopt);
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    return {};
}

Result<void> writeHealth(Database& db, std::int64_t runId, const std::vector<StockHealth>& health)
{
    if (auto ok = db.exec("DELETE FROM inventory_health"); !ok)
        return ok;
    auto insert = db.prepare(
        "INSERT INTO inventory_health (variant_id, run_id, status, available, incoming, weekly_demand, days_of_cover, "
        "stockout_date, stockout_risk, lead_time_days, service_level_percent, reorder_point, order_up_to, "
        "suggested_order, revenue_at_risk_minor, overstock_units, overstock_value_minor, stock_age_days) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    if (!insert)
        return std::unexpected(insert.error());
    for (const StockHealth& h : health) {
        const bool hasDemand = h.plan.weeklyDemand > 0;
        insert->bindAll(h.variantId, runId, statusKey(h.status), h.available, h.incoming, h.plan.weeklyDemand,
            h.plan.daysOfCover, h.stockoutDate, hasDemand ? std::optional(h.plan.stockoutRisk) : std::nullopt,
            h.terms.leadTimeDays, h.terms.serviceLevel * 100.0, h.plan.reorderPoint, h.plan.orderUpTo,
            h.plan.suggestedOrder, h.revenueAtRiskMinor, h.plan.overstockUnits, h.overstockValueMinor, h.stockAgeDays);
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    return {};
}

Result<int> proposeReorders(RecommendationQueue& queue, std::int64_t runId, const std::vector<StockHealth>& health,
    const QHash<std::int64_t, StockedVariant>& variants, const QHash<std::int64_t, const VariantForecast*>& forecasts)
{
    int offered = 0;
    for (const StockHealth& h : health) {
        if (h.plan.suggestedOrder <= 0 || (h.status != StockStatus::OutOfStock && h.status != StockStatus::Reorder))
            continue;
        const StockedVariant& variant = variants[h.variantId];
        const VariantForecast* forecast = forecasts.value(h.variantId);
        Recommendation action;
        action.stage = u"inventory"_s;
        action.kind = u"reorder"_s;
        action.subjectKey = u"variant:%1"_s.arg(h.variantId);
        action.title = variant.vendor.isEmpty()
            ? ActionText::tr("Reorder %1 × %2").arg(h.plan.suggestedOrder).arg(variant.name)
            : ActionText::tr("Reorder %1 × %2 from %3").arg(h.plan.suggestedOrder).arg(variant.name, variant.vendor);
        action.detail = reorderDetail(h, variant, forecast);
        action.evidence = QJsonArray { QJsonObject { { u"table"_s, u"variants"_s },
                                           { u"ids"_s, QJsonArray { qint64(h.variantId) } } },
            QJsonObject { { u"signal"_s, u"inventory_health"_s }, { u"id"_s, qint64(h.variantId) } },
            QJsonObject { { u"signal"_s, u"inventory_forecasts"_s }, { u"id"_s, qint64(h.variantId) } } };
        // Demand over the lead time: a dismissed reorder comes back when more is expected to sell.
        action.evidenceStrength = std::round(h.plan.reorderPoint * 10) / 10;
        action.expectedEffect = h.revenueAtRiskMinor > 0
            ? ActionText::tr("Keeps about %1 in sales that would be lost to a stockout.")
                  .arg(values::moneyText(h.revenueAtRiskMinor, variant.currency))
            : ActionText::tr("Keeps the variant in stock through the supplier's lead time.");
        action.metric = u"days_out_of_stock"_s;
        action.windowDays = h.terms.leadTimeDays + 28;
        if (forecast && forecast->backtest && std::isfinite(forecast->backtest->wape))
            action.confidence = std::clamp(1.0 - forecast->backtest->wape, 0.05, 0.95);
        auto shown = queue.offer(action, runId);
        if (!shown)
            return std::unexpected(shown.error());
        offered += *shown;
    }
    return offered;
}

} // namespace flywheel::inventory
