#include "stages/inventory/StockHealth.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace flywheel::inventory {

namespace {
struct HealthText {
    Q_DECLARE_TR_FUNCTIONS(StockHealth)
};

struct StatusName {
    StockStatus status;
    const char* key;
    const char* label;
};
constexpr StatusName kStatusNames[] = {
    { StockStatus::OutOfStock, "out_of_stock", QT_TRANSLATE_NOOP("StockHealth", "Out of stock") },
    { StockStatus::Reorder, "reorder", QT_TRANSLATE_NOOP("StockHealth", "Reorder now") },
    { StockStatus::Overstock, "overstock", QT_TRANSLATE_NOOP("StockHealth", "Overstocked") },
    { StockStatus::Healthy, "healthy", QT_TRANSLATE_NOOP("StockHealth", "Healthy") },
    { StockStatus::NoDemand, "no_demand", QT_TRANSLATE_NOOP("StockHealth", "No demand") },
    { StockStatus::Inactive, "inactive", QT_TRANSLATE_NOOP("StockHealth", "Not on sale") },
};

/// Below this many units a week a variant is said to have no demand.
constexpr double kNoDemandPerWeek = 0.05;

std::optional<QDate> lastSaleDay(const VariantHistory& history)
{
    for (auto sale = history.sales.rbegin(); sale != history.sales.rend(); ++sale)
        if (sale->quantity > 0)
            return sale->date;
    return std::nullopt;
}

/// True when the readings show the same stock sitting unsold for more than `weeks`.
bool heldUnsoldFor(const VariantHistory& history, int weeks)
{
    if (history.readings.empty() || history.readings.back().available <= 0)
        return false;
    QDate since = history.readings.back().day;
    for (auto reading = history.readings.rbegin(); reading != history.readings.rend(); ++reading) {
        if (reading->available <= 0)
            break;
        since = reading->day;
    }
    return since.daysTo(history.readings.back().day) > qint64(weeks) * 7;
}
} // namespace

QString statusKey(StockStatus status)
{
    for (const StatusName& name : kStatusNames)
        if (name.status == status)
            return QString::fromLatin1(name.key);
    return {};
}

QString statusLabel(StockStatus status)
{
    for (const StatusName& name : kStatusNames)
        if (name.status == status)
            return HealthText::tr(name.label);
    return {};
}

std::optional<StockStatus> statusFromKey(QStringView key)
{
    for (const StatusName& name : kStatusNames)
        if (key == QLatin1StringView(name.key))
            return name.status;
    return std::nullopt;
}

StockHealth assessStock(const StockedVariant& variant, const VariantHistory& history,
    const std::optional<DailyDemand>& demand, const ReplenishmentTerms& terms, QDate lastDay)
{
    StockHealth health;
    health.variantId = variant.id;
    health.terms = terms;
    if (!history.readings.empty()) {
        health.available = history.readings.back().available;
        health.incoming = history.readings.back().incoming;
    }
    health.stockAgeDays = estimateStockAgeDays(history.sales, health.available, lastDay);
    if (demand) {
        health.plan = planReplenishment(*demand, health.available, health.incoming, terms);
        if (health.plan.daysOfCover && health.available > 0)
            health.stockoutDate = lastDay.addDays(qint64(std::floor(*health.plan.daysOfCover)));
    } else if (heldUnsoldFor(history, terms.overstockWeeks) && health.available >= kMinOverstockUnits) {
        health.plan.overstockUnits = health.available;
    }
    const std::int64_t value = variant.unitValueMinor();
    health.revenueAtRiskMinor = std::llround(health.plan.unitsShort * double(variant.priceMinor));
    health.overstockValueMinor = std::int64_t(health.plan.overstockUnits) * value;

    const std::optional<QDate> lastSale = lastSaleDay(history);
    const bool discontinued = health.available <= 0 && health.incoming <= 0
        && (!lastSale || lastSale->daysTo(lastDay) > qint64(kDiscontinuedAfterWeeks) * 7);
    const bool demanded = health.plan.weeklyDemand >= kNoDemandPerWeek;
    if (!variant.active || discontinued || !demanded) {
        // Nothing to reorder: not on sale, gone, or selling less than one in twenty weeks.
        health.plan.suggestedOrder = 0;
        health.revenueAtRiskMinor = 0;
    }
    if (!variant.active || discontinued)
        health.status = StockStatus::Inactive;
    else if (!demanded)
        health.status = health.plan.overstockUnits > 0 ? StockStatus::Overstock : StockStatus::NoDemand;
    else if (health.available <= 0)
        health.status = StockStatus::OutOfStock;
    else if (health.plan.suggestedOrder > 0)
        health.status = StockStatus::Reorder;
    else if (health.plan.overstockUnits > 0)
        health.status = StockStatus::Overstock;
    else
        health.status = StockStatus::Healthy;
    return health;
}

} // namespace flywheel::inventory
