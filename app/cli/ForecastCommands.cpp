#include "Commands.h"

#include "forecast/AutoForecast.h"
#include "forecast/SalesFile.h"

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
};

QJsonObject toJson(const SkuForecast& item, const QString& period)
{
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

void printText(Invocation& call, const SkuForecast& item, forecast::Frequency frequency)
{
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
} // namespace

int runForecast(Invocation& call)
{
    const QString path = call.parser.value(QStringLiteral("series"));
    if (path.isEmpty())
        return reportError(call,
            invalid(ForecastCommandText::tr("Name the sales file: flywheel-cli forecast --series "
                                            "FILE --horizon N (a CSV with date,sku,qty).")));
    bool horizonRead = false;
    const int horizon = call.parser.value(QStringLiteral("horizon")).toInt(&horizonRead);
    if (!horizonRead || horizon < 1 || horizon > forecast::kMaxHorizon)
        return reportError(call,
            invalid(ForecastCommandText::tr("--horizon takes a whole number of periods from 1 "
                                            "to %1, such as 12.")
                        .arg(forecast::kMaxHorizon)));
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
            items.push_back({ sku, {}, std::unexpected(dated.error()) });
            continue;
        }
        const QDate next
            = forecast::addPeriods(dated->firstPeriod, period->frequency, int(dated->series.values.size()));
        items.push_back({ sku, next, forecast::Forecast {} });
        histories.push_back(std::move(dated->series));
    }
    forecast::ForecastOptions options;
    options.horizon = horizon;
    std::vector<Result<forecast::Forecast>> results = forecast::forecastMany(histories, options);
    auto result = results.begin();
    for (SkuForecast& item : items)
        if (item.forecast)
            item.forecast = std::move(*result++);

    if (call.json) {
        QJsonArray array;
        for (const SkuForecast& item : items)
            array.append(toJson(item, QString::fromLatin1(period->name)));
        printJson(call, array);
    } else {
        for (const SkuForecast& item : items)
            printText(call, item, period->frequency);
    }
    call.out.flush();
    return sales->skippedRows > 0 ? SomeRejected : Ok;
}

} // namespace flywheel::cli
