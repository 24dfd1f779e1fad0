#include "Commands.h"

#include "forecast/AutoForecast.h"
#include "forecast/SalesFile.h"
#include "stages/inventory/StockedVariants.h"
#include "stages/inventory/VariantForecasts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace flywheel::cli {

namespace {
struct ForecastCommandText {
    Q_DECLARE_TR_FUNCTIONS(ForecastCommands)
};

struct PeriodChoice {
    const char* name;
    forecast::Frequency frequency;
};
constexpr PeriodChoice kPeriods[] = { { "day", forecast::Frequency::Daily }, { "week", forecast::Frequency::Weekly },
    { "month", forecast::Frequency::Monthly } };

Error invalid(const QString& message)
{
    return Error { ErrorCode::InvalidArgument, message, {}, 0, {} };
}

/// Quantities to two decimals: more digits would only show the model's noise.
double rounded(double value)
{
    return std::round(value * 100) / 100;
}

QJsonArray jsonValues(const std::vector<double>& values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(rounded(value));
    return array;
}

struct SkuForecast {
    QString sku;
    QDate firstPeriod; ///< the first forecast period
    Result<forecast::Forecast> forecast;
    forecast::Frequency frequency = forecast::Frequency::Weekly;
};

QString periodName(forecast::Frequency frequency)
{
    for (const PeriodChoice& choice : kPeriods)
        if (choice.frequency == frequency)
            return QString::fromLatin1(choice.name);
    return {};
}

QJsonObject toJson(const SkuForecast& item)
{
    const QString period = periodName(item.frequency);
    if (!item.forecast)
        return { { QStringLiteral("sku"), item.sku }, { QStringLiteral("error"), item.forecast.error().describe() } };
    const forecast::Forecast& f = *item.forecast;
    QJsonObject object { { QStringLiteral("sku"), item.sku }, { QStringLiteral("model"), f.model },
        { QStringLiteral("period"), period },
        { QStringLiteral("first_period"), item.firstPeriod.toString(Qt::ISODate) },
        { QStringLiteral("forecast"), jsonValues(f.mean) }, { QStringLiteral("lower80"), jsonValues(f.lower80) },
        { QStringLiteral("upper80"), jsonValues(f.upper80) }, { QStringLiteral("lower95"), jsonValues(f.lower95) },
        { QStringLiteral("upper95"), jsonValues(f.upper95) } };
    if (!f.note.isEmpty())
        object.insert(QStringLiteral("note"), f.note);
    return object;
}

void printText(Invocation& call, const SkuForecast& item)
{
    const forecast::Frequency frequency = item.frequency;
    if (!item.forecast) {
        call.out << ForecastCommandText::tr("%1: no forecast. %2").arg(item.sku, item.forecast.error().describe())
                 << Qt::endl;
        return;
    }
    const forecast::Forecast& f = *item.forecast;
    call.out << QStringLiteral("%1  %2").arg(item.sku, f.model) << Qt::endl;
    if (!f.note.isEmpty())
        call.out << QStringLiteral("  ") << f.note << Qt::endl;
    call.out << ForecastCommandText::tr("  period        forecast      80 % range          95 % range") << Qt::endl;
    for (int h = 0; h < f.horizon(); ++h) {
        const size_t i = size_t(h);
        call.out << QStringLiteral("  %1 %2  %3 - %4  %5 - %6")
                        .arg(forecast::addPeriods(item.firstPeriod, frequency, h).toString(Qt::ISODate), -12)
                        .arg(rounded(f.mean[i]), 9, 'f', 2)
                        .arg(rounded(f.lower80[i]), 8, 'f', 2)
                        .arg(rounded(f.upper80[i]), -8, 'f', 2)
                        .arg(rounded(f.lower95[i]), 8, 'f', 2)
                        .arg(rounded(f.upper95[i]), -8, 'f', 2)
                 << Qt::endl;
    }
}
void printItems(Invocation& call, const std::vector<SkuForecast>& items)
{
    if (call.json) {
        QJsonArray array;
        for (const SkuForecast& item : items)
            array.append(toJson(item));
        printJson(call, array);
    } else {
        for (const SkuForecast& item : items)
            printText(call, item);
    }
    call.out.flush();
}

std::optional<int> readHorizon(Invocation& call, int most)
{
    bool horizonRead = false;
    const int horizon = call.parser.value(QStringLiteral("horizon")).toInt(&horizonRead);
    if (!horizonRead || horizon < 1 || horizon > most) {
        reportError(call,
            invalid(ForecastCommandText::tr("--horizon takes a whole number of periods from 1 "
                                            "to %1, such as 12.")
                        .arg(most)));
        return std::nullopt;
    }
    return horizon;
}

/// A variant's SKU, or its id when it has none, so every line names what it forecasts.
QString skuOf(const QHash<std::int64_t, inventory::StockedVariant>& variants, std::int64_t id)
{
    const QString sku = variants.value(id).sku;
    return sku.isEmpty() ? QStringLiteral("variant:%1").arg(id) : sku;
}

struct StoreForecasts {
    inventory::VariantForecasts forecasts;
    QHash<std::int64_t, inventory::StockedVariant> variants;
};

/// Forecasts the store's variants (those of --sku when given); prints why when it cannot.
std::optional<StoreForecasts> forecastStore(Invocation& call, Database& db, int horizonWeeks)
{
    auto variants = inventory::readStockedVariants(db);
    if (!variants) {
        reportError(call, variants.error());
        return std::nullopt;
    }
    std::optional<std::vector<std::int64_t>> only;
    const QString sku = call.parser.value(QStringLiteral("sku"));
    if (!sku.isEmpty()) {
        only.emplace();
        for (const inventory::StockedVariant& variant : std::as_const(*variants))
            if (variant.sku.compare(sku, Qt::CaseInsensitive) == 0)
                only->push_back(variant.id);
        if (only->empty()) {
            reportError(call,
                Error { ErrorCode::InvalidArgument,
                    ForecastCommandText::tr("No variant in this store has the SKU \"%1\". Check the spelling, or "
                                            "run without --sku to forecast every variant.")
                        .arg(sku),
                    {}, 0, {} });
            return std::nullopt;
        }
    }
    auto forecasts = inventory::forecastVariants(db, horizonWeeks, only);
    if (!forecasts) {
        reportError(call, forecasts.error());
        return std::nullopt;
    }
    return StoreForecasts { std::move(*forecasts), std::move(*variants) };
}

QJsonValue optionalNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 1000) / 1000) : QJsonValue();
}

QJsonObject accuracyJson(const forecast::Accuracy& accuracy)
{
    return { { QStringLiteral("points"), accuracy.points }, { QStringLiteral("wape"), optionalNumber(accuracy.wape) },
        { QStringLiteral("mase"), accuracy.masedSeries > 0 ? optionalNumber(accuracy.mase) : QJsonValue() },
        { QStringLiteral("bias"), optionalNumber(accuracy.bias) },
        { QStringLiteral("coverage80"), optionalNumber(accuracy.coverage80) },
        { QStringLiteral("coverage95"), optionalNumber(accuracy.coverage95) } };
}

/// forecast --db STORE [--sku SKU] [--horizon WEEKS]: the Inventory stage's forecasts, computed now.
int runStoreForecast(Invocation& call)
{
    const auto horizon = readHorizon(call, 104);
    if (!horizon)
        return Failed;
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto store = forecastStore(call, *db, *horizon);
    if (!store)
        return Failed;
    std::vector<SkuForecast> items;
    for (inventory::VariantForecast& variant : store->forecasts.variants)
        items.push_back({ skuOf(store->variants, variant.variantId), variant.demand.nextPeriod(),
            std::move(variant.forecast), variant.demand.frequency });
    printItems(call, items);
    return Ok;
}
} // namespace

int runBacktest(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto store = forecastStore(call, *db, inventory::kHorizonWeeks);
    if (!store)
        return Failed;
    const forecast::Accuracy& overall = store->forecasts.overall;
    if (call.json) {
        QJsonArray skus;
        for (const inventory::VariantForecast& variant : store->forecasts.variants) {
            if (!variant.backtest || !variant.forecast)
                continue;
            QJsonObject object = accuracyJson(*variant.backtest);
            object.insert(QStringLiteral("sku"), skuOf(store->variants, variant.variantId));
            object.insert(QStringLiteral("model"), variant.forecast->model);
            object.insert(QStringLiteral("period"), periodName(variant.demand.frequency));
            skus.append(object);
        }
        printJson(call, QJsonObject { { QStringLiteral("overall"), accuracyJson(overall) },
                            { QStringLiteral("skus"), skus } });
        return Ok;
    }
    if (overall.points == 0) {
        call.out << ForecastCommandText::tr("No variant has enough sales history for a backtest yet (16 periods).")
                 << Qt::endl;
        return Ok;
    }
    call.out << ForecastCommandText::tr(
        "%n forecast(s) backtested on their last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range "
        "held %4 % of the time, the 95 % range %5 %.",
        nullptr, overall.series)
                    .arg(overall.wape * 100, 0, 'f', 1)
                    .arg(overall.bias * 100, 0, 'f', 1)
                    .arg(overall.mase, 0, 'f', 2)
                    .arg(overall.coverage80 * 100, 0, 'f', 0)
                    .arg(overall.coverage95 * 100, 0, 'f', 0)
             << Qt::endl;
    return Ok;
}

int runForecast(Invocation& call)
{
    const QString path = call.parser.value(QStringLiteral("series"));
    if (path.isEmpty() && call.parser.isSet(QStringLiteral("db")))
        return runStoreForecast(call);
    if (path.isEmpty())
        return reportError(call,
            invalid(ForecastCommandText::tr("Name the sales file: flywheel-cli forecast --series "
                                            "FILE --horizon N (a CSV with date,sku,qty), or the store: "
                                            "flywheel-cli --db STORE forecast.")));
    const auto horizon = readHorizon(call, forecast::kMaxHorizon);
    if (!horizon)
        return Failed;
    const QString periodName = call.parser.value(QStringLiteral("by"));
    const PeriodChoice* period = nullptr;
    for (const PeriodChoice& choice : kPeriods)
        if (periodName == QLatin1StringView(choice.name))
            period = &choice;
    if (!period)
        return reportError(call, invalid(ForecastCommandText::tr("--by takes day, week or month.")));

    auto sales = forecast::readSalesFile(path);
    if (!sales)
        return reportError(call, sales.error());
    if (sales->skippedRows > 0)
        call.err << ForecastCommandText::tr(
            "%n row(s) without a readable date, SKU or quantity were skipped (%1).", nullptr, int(sales->skippedRows))
                        .arg(sales->firstSkip)
                 << Qt::endl;

    std::vector<SkuForecast> items;
    std::vector<forecast::Series> histories;
    for (const auto& [sku, quantities] : sales->bySku) {
        auto dated = forecast::aggregateByPeriod(quantities, period->frequency, sales->lastDay);
        if (!dated) {
            items.push_back({ sku, {}, std::unexpected(dated.error()), period->frequency });
            continue;
        }
        const QDate next
            = forecast::addPeriods(dated->firstPeriod, period->frequency, int(dated->series.values.size()));
        items.push_back({ sku, next, forecast::Forecast {}, period->frequency });
        histories.push_back(std::move(dated->series));
    }
    forecast::ForecastOptions options;
    options.horizon = *horizon;
    std::vector<Result<forecast::Forecast>> results = forecast::forecastMany(histories, options);
    auto result = results.begin();
    for (SkuForecast& item : items)
        if (item.forecast)
            item.forecast = std::move(*result++);

    printItems(call, items);
    return sales->skippedRows > 0 ? SomeRejected : Ok;
}

} // namespace flywheel::cli
