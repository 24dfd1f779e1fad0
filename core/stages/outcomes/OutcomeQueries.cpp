#include "stages/outcomes/OutcomeQueries.h"

#include "io/Values.h"
#include "stages/outcomes/Momentum.h"
#include "stages/outcomes/OutcomeTracking.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace flywheel::outcomes {

namespace {
struct OutcomeText {
    Q_DECLARE_TR_FUNCTIONS(Outcomes)
};

constexpr const char* kOutcomeColumns
    = "SELECT o.recommendation_id, r.stage, r.kind, r.title, o.metric, o.window_days, o.start_day, o.status, "
      "r.pushed_at, o.before_value, o.after_value, o.effect, o.effect_low, o.effect_high, o.improved, o.sample, "
      "o.measured_on FROM outcomes o JOIN recommendations r ON r.id = o.recommendation_id ";

std::optional<double> optionalReal(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional { row.real(column) };
}

OutcomeRow outcomeFrom(const Statement& row)
{
    OutcomeRow o;
    o.recommendationId = row.int64(0);
    o.stage = row.text(1);
    o.kind = row.text(2);
    o.title = row.text(3);
    o.metric = row.text(4);
    o.windowDays = int(row.int64(5));
    o.startDay = QDate::fromString(row.text(6), Qt::ISODate);
    o.status = row.text(7);
    o.pushedAt = row.text(8);
    o.before = optionalReal(row, 9);
    o.after = optionalReal(row, 10);
    o.effect = optionalReal(row, 11);
    o.low = optionalReal(row, 12);
    o.high = optionalReal(row, 13);
    if (!row.isNull(14))
        o.improved = row.int64(14) == 1;
    o.sample = QJsonDocument::fromJson(row.text(15).toUtf8()).object();
    o.measuredOn = QDate::fromString(row.text(16), Qt::ISODate);
    return o;
}

/// The order the home screen and the report show the figures in: the wheel's.
constexpr const char* kFigureOrder[]
    = { figure::kTicketsPer100Orders, figure::kNegativeShare, figure::kCatalogCompleteness, figure::kZeroResultRate,
          figure::kForecastError, figure::kOverstockValue, figure::kPromotionMarginGained };

QString number(double value, const QLocale& locale, int decimals = 1)
{
    return locale.toString(value, 'f', decimals);
}

/// "−1.2 to +3.4": a range of changes, signs shown.
QString signedNumber(double value, const QLocale& locale, int decimals = 1)
{
    const QString text = number(std::abs(value), locale, decimals);
    if (std::round(value * std::pow(10, decimals)) == 0)
        return text;
    return (value < 0 ? u"\u2212"_s : u"+"_s) + text;
}

QString windowText(const OutcomeRow& o, const QLocale& locale)
{
    return OutcomeText::tr("%1 days after %2 against the %1 days before")
        .arg(o.windowDays)
        .arg(locale.toString(o.startDay, QLocale::ShortFormat));
}

QString verdict(const OutcomeRow& o)
{
    if (!o.improved)
        return OutcomeText::tr("No clear change yet: the range still includes none.");
    return *o.improved ? OutcomeText::tr("It worked.") : OutcomeText::tr("It went the wrong way.");
}
} // namespace

Result<QList<OutcomeRow>> loadOutcomes(Database& db)
{
    auto select = db.prepare(std::string(kOutcomeColumns) + "ORDER BY r.pushed_at DESC, o.recommendation_id DESC");
    if (!select)
        return std::unexpected(select.error());
    QList<OutcomeRow> rows;
    auto read = select->forEachRow([&](Statement& row) { rows.append(outcomeFrom(row)); });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

Result<std::optional<OutcomeRow>> loadOutcome(Database& db, std::int64_t recommendationId)
{
    auto select = db.prepare(std::string(kOutcomeColumns) + "WHERE o.recommendation_id = ?1");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(recommendationId);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    return *found ? std::optional { outcomeFrom(*select) } : std::nullopt;
}

Result<QList<MomentumSeries>> loadMomentum(Database& db)
{
    auto select = db.prepare("SELECT figure, as_of, value FROM momentum ORDER BY as_of");
    if (!select)
        return std::unexpected(select.error());
    QList<MomentumSeries> series;
    for (const char* name : kFigureOrder)
        series.append({ QLatin1StringView(name), {} });
    auto read = select->forEachRow([&](Statement& row) {
        const QString name = row.text(0);
        for (MomentumSeries& s : series)
            if (s.figure == name)
                s.points.append({ QDate::fromString(row.text(1), Qt::ISODate), row.real(2) });
    });
    if (!read)
        return std::unexpected(read.error());
    series.removeIf([](const MomentumSeries& s) { return s.points.isEmpty(); });
    return series;
}

QString figureTitle(const QString& name)
{
    if (name == QLatin1StringView(figure::kTicketsPer100Orders))
        return OutcomeText::tr("Tickets per 100 orders");
    if (name == QLatin1StringView(figure::kNegativeShare))
        return OutcomeText::tr("Negative tickets");
    if (name == QLatin1StringView(figure::kCatalogCompleteness))
        return OutcomeText::tr("Catalog completeness");
    if (name == QLatin1StringView(figure::kZeroResultRate))
        return OutcomeText::tr("Searches finding nothing");
    if (name == QLatin1StringView(figure::kForecastError))
        return OutcomeText::tr("Forecast error");
    if (name == QLatin1StringView(figure::kOverstockValue))
        return OutcomeText::tr("Overstock value");
    if (name == QLatin1StringView(figure::kPromotionMarginGained))
        return OutcomeText::tr("Promotion margin gained");
    return name;
}

bool lowerIsBetter(const QString& name)
{
    return name != QLatin1StringView(figure::kCatalogCompleteness)
        && name != QLatin1StringView(figure::kPromotionMarginGained);
}

QString formatFigure(const QString& name, double value, const QString& currency, const QLocale& locale)
{
    if (name == QLatin1StringView(figure::kOverstockValue)
        || name == QLatin1StringView(figure::kPromotionMarginGained)) {
        const int decimals = values::currencyDecimals(currency.toStdString());
        const QString amount = number(value / std::pow(10.0, decimals), locale, 0);
        return currency.isEmpty() ? amount : OutcomeText::tr("%1 %2", "amount and currency code").arg(amount, currency);
    }
    if (name == QLatin1StringView(figure::kTicketsPer100Orders))
        return number(value, locale);
    return OutcomeText::tr("%1%").arg(number(value, locale));
}

QString metricTitle(const QString& name)
{
    if (name == QLatin1StringView(metric::kTicketRate))
        return OutcomeText::tr("Tickets about it per 100 orders");
    if (name == QLatin1StringView(metric::kZeroResultRate))
        return OutcomeText::tr("Share of its searches finding nothing");
    if (name == QLatin1StringView(metric::kClicksPerSearch))
        return OutcomeText::tr("Clicks per 100 searches");
    if (name == QLatin1StringView(metric::kForecastAccuracy))
        return OutcomeText::tr("Units sold against the forecast");
    if (name == QLatin1StringView(metric::kPurchaseRateVsControl))
        return OutcomeText::tr("Buyers in the audience against the held-back group");
    return OutcomeText::tr("Units sold against the rest of the store");
}

QString describeOutcome(const OutcomeRow& o, const QLocale& locale)
{
    if (o.status != "measured"_L1 || !o.effect)
        return OutcomeText::tr("Measured once the history reaches %1 (%2 days after it was pushed).")
            .arg(locale.toString(o.windowEnd(), QLocale::ShortFormat))
            .arg(o.windowDays);
    const double low = o.low.value_or(0);
    const double high = o.high.value_or(0);
    const double before = o.before.value_or(0);
    const double after = o.after.value_or(0);
    const QString range
        = OutcomeText::tr("95% range %1 to %2").arg(signedNumber(low, locale), signedNumber(high, locale));
    const QString& m = o.metric;
    if (m == QLatin1StringView(metric::kTicketRate)) {
        if (o.sample.value("tickets_before"_L1).toDouble() + o.sample.value("tickets_after"_L1).toDouble() < 3)
            return OutcomeText::tr("Too little data yet: fewer than 3 tickets in %1.").arg(windowText(o, locale));
        return OutcomeText::tr("%1 → %2 tickets per 100 orders, %3 days after %4 against the days before (%5). %6")
            .arg(number(before, locale), number(after, locale))
            .arg(o.windowDays)
            .arg(locale.toString(o.startDay, QLocale::ShortFormat), range, verdict(o));
    }
    if (m == QLatin1StringView(metric::kZeroResultRate) || m == QLatin1StringView(metric::kClicksPerSearch)) {
        if (o.sample.value("searches_after"_L1).toDouble() < 1)
            return OutcomeText::tr("Too little data yet: nobody searched for it in %1.").arg(windowText(o, locale));
        const QString change = m == QLatin1StringView(metric::kZeroResultRate)
            ? OutcomeText::tr("%1% → %2% of its searches found nothing")
                  .arg(number(before, locale), number(after, locale))
            : OutcomeText::tr("%1 → %2 clicks per 100 searches").arg(number(before, locale), number(after, locale));
        return OutcomeText::tr("%1 in %2 (%3). %4").arg(change, windowText(o, locale), range, verdict(o));
    }
    if (m == QLatin1StringView(metric::kForecastAccuracy)) {
        if (!o.improved)
            return OutcomeText::tr("Sold %1 units in the %2 days after the reorder; no forecast was kept to compare.")
                .arg(number(after, locale, 0))
                .arg(o.windowDays);
        return OutcomeText::tr("Sold %1 units in the %2 days after the reorder against %3 forecast (error %4%; "
                               "the forecast allowed %5% to %6%). %7")
            .arg(number(after, locale, 0))
            .arg(o.windowDays)
            .arg(number(before, locale, 0), signedNumber(*o.effect, locale, 0), signedNumber(low, locale, 0),
                signedNumber(high, locale, 0),
                *o.improved ? OutcomeText::tr("The forecast held.") : OutcomeText::tr("The forecast missed."));
    }
    if (m == QLatin1StringView(metric::kPurchaseRateVsControl)) {
        if (o.sample.value("control"_L1).toDouble() < 1)
            return OutcomeText::tr("No held-back group to compare with, so the effect cannot be told.");
        return OutcomeText::tr("%1% of the audience bought it in the %2 days after %3, against %4% of the held-back "
                               "group: %5 points (%6). %7")
            .arg(number(after, locale))
            .arg(o.windowDays)
            .arg(locale.toString(o.startDay, QLocale::ShortFormat), number(before, locale),
                signedNumber(*o.effect, locale), range, verdict(o));
    }
    return OutcomeText::tr("%1 → %2 units, %3% against the rest of the store, in %4 (%5). %6")
        .arg(number(before, locale, 0), number(after, locale, 0), signedNumber(*o.effect, locale, 0),
            windowText(o, locale), range, verdict(o));
}

} // namespace flywheel::outcomes
