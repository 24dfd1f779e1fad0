#include "stages/inventory/SearchLead.h"

#include "forecast/Aggregation.h"
#include "forecast/AutoForecast.h"
#include "stages/inventory/VariantForecasts.h"
#include "stages/search/QueryDiagnosis.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace flywheel::inventory {

namespace {
struct LeadText {
    Q_DECLARE_TR_FUNCTIONS(SearchLead)
};

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();
/// A product whose searches account for less of its sales' ups and downs than this is not tried.
constexpr double kMinExplained = 0.2;
/// The share of the next weeks' error that reading the searches must take away, and how clearly:
/// the paired t statistic of the two forecasts' absolute errors (about 10 % one-sided, so chance
/// alone seldom lets a product's searches in).
constexpr double kMinErrorCut = 0.1;
constexpr double kMinErrorCutT = 1.3;
/// Weeks of recent sales that split a product's forecast among its variants. A variant that sold
/// nothing in them keeps its own forecast: there is nothing to split.
constexpr int kShareWeeks = 26;

qint64 weeksBetween(QDate from, QDate to)
{
    return from.daysTo(to) / 7;
}

/// The products a reported query finds, with the share of its searches meant for each.
Result<QHash<QString, std::vector<std::pair<std::int64_t, double>>>> readQueryProducts(Database& db)
{
    auto select = db.prepare("SELECT d.query, sd.product_id, sd.share FROM search_diagnoses d "
                             "JOIN search_demand sd ON sd.diagnosis_id = d.id WHERE sd.share > 0");
    if (!select)
        return std::unexpected(select.error());
    QHash<QString, std::vector<std::pair<std::int64_t, double>>> products;
    auto read = select->forEachRow(
        [&](Statement& row) { products[row.text(0)].emplace_back(row.int64(1), row.real(2)); });
    if (!read)
        return std::unexpected(read.error());
    return products;
}

/// A variant's units per Monday-to-Sunday week from the Monday its series starts: a weekly series as
/// it is, a daily one added up over its complete weeks (unknown when most days of a week are).
/// `periods` of the series' end are left out.
std::vector<double> weeklyUnits(const VariantForecast& variant, int periods = 0)
{
    const std::vector<double>& values = variant.demand.series.values;
    const size_t kept = values.size() - std::min(values.size(), size_t(std::max(periods, 0)));
    if (variant.demand.frequency == forecast::Frequency::Weekly)
        return { values.begin(), values.begin() + std::ptrdiff_t(kept) };
    std::vector<double> weeks(kept / 7, 0.0);
    for (size_t week = 0; week < weeks.size(); ++week) {
        int unknown = 0;
        for (size_t day = week * 7; day < week * 7 + 7; ++day) {
            if (std::isfinite(values[day]))
                weeks[week] += values[day];
            else
                ++unknown;
        }
        if (unknown > 3)
            weeks[week] = kUnknown;
    }
    return weeks;
}

struct SearchRow {
    QString query;
    QDate day;
    double searches = 0;
};
} // namespace

Result<ProductSearches> readProductSearches(Database& db)
{
    ProductSearches result;
    auto queryProducts = readQueryProducts(db);
    if (!queryProducts)
        return std::unexpected(queryProducts.error());
    if (queryProducts->isEmpty())
        return result;
    auto select = db.prepare("SELECT query, period_start, sum(searches) FROM search_terms "
                             "WHERE period_start IS NOT NULL GROUP BY query, period_start");
    if (!select)
        return std::unexpected(select.error());
    std::vector<SearchRow> rows;
    QSet<int> weekdays;
    QDate firstDay;
    QDate lastDay;
    auto read = select->forEachRow([&](Statement& row) {
        const QDate day = QDate::fromString(row.text(1), Qt::ISODate);
        if (!day.isValid())
            return;
        weekdays.insert(day.dayOfWeek());
        firstDay = firstDay.isValid() ? std::min(firstDay, day) : day;
        lastDay = lastDay.isValid() ? std::max(lastDay, day) : day;
        rows.push_back({ search::foldQuery(row.text(0)), day, row.real(2) });
    });
    if (!read)
        return std::unexpected(read.error());
    if (rows.empty())
        return result;
    // Rows that all fall on one weekday are weekly rows, each covering its day and the six after it:
    // they count for the Monday-to-Sunday week holding most of those days. Daily rows count for
    // their own week, and a last week the reports cover only in part is left out.
    const bool weeklyRows = weekdays.size() == 1;
    const auto weekOf = [weeklyRows](QDate day) {
        return forecast::periodStart(weeklyRows ? day.addDays(3) : day, forecast::Frequency::Weekly);
    };
    result.firstWeek = weekOf(firstDay);
    QDate lastWeek = weekOf(lastDay);
    if (!weeklyRows && lastDay.dayOfWeek() != 7)
        lastWeek = lastWeek.addDays(-7);
    result.weeks = int(std::max<qint64>(0, weeksBetween(result.firstWeek, lastWeek) + 1));
    for (const SearchRow& row : rows) {
        const qint64 week = weeksBetween(result.firstWeek, weekOf(row.day));
        const auto products = queryProducts->constFind(row.query);
        if (week < 0 || week >= result.weeks || products == queryProducts->cend())
            continue;
        for (const auto& [productId, share] : *products) {
            std::vector<double>& weekly = result.weekly[productId];
            if (weekly.empty())
                weekly.assign(size_t(result.weeks), 0.0);
            weekly[size_t(week)] += row.searches * share;
        }
    }
    return result;
}

namespace {
/// A product's weekly units (all its variants, daily ones added up by week) and its searches on the
/// same weeks.
struct ProductHistory {
    QDate firstWeek;
    std::vector<double> demand;
    std::vector<double> signal; ///< NaN where the search reports do not reach
};

ProductHistory productHistory(
    const std::vector<const VariantForecast*>& variants, const ProductSearches& searches, std::int64_t productId)
{
    const std::vector<double>& searched = *searches.weekly.constFind(productId); // present: the caller checked
    ProductHistory history;
    history.firstWeek = variants.front()->demand.firstPeriod;
    for (const VariantForecast* variant : variants)
        history.firstWeek = std::min(history.firstWeek, variant->demand.firstPeriod);
    for (const VariantForecast* variant : variants) {
        const qint64 offset = weeksBetween(history.firstWeek, variant->demand.firstPeriod);
        const std::vector<double> units = weeklyUnits(*variant);
        if (history.demand.size() < size_t(offset) + units.size())
            history.demand.resize(size_t(offset) + units.size(), 0.0);
        for (size_t t = 0; t < units.size(); ++t)
            history.demand[size_t(offset) + t] += units[t];
    }
    history.signal.assign(history.demand.size(), kUnknown);
    for (size_t t = 0; t < history.demand.size(); ++t) {
        const qint64 week = weeksBetween(searches.firstWeek, history.firstWeek.addDays(7 * qint64(t)));
        if (week >= 0 && week < searches.weeks)
            history.signal[t] = searched[size_t(week)];
    }
    return history;
}

/// How the searches' reading of the next weeks fared against the product's own forecast of them.
struct Trial {
    double ownError = 0;
    double leadError = 0;
    double gainSquares = 0; ///< of the per-week differences of the two absolute errors
    int points = 0;

    [[nodiscard]] bool searchesWin() const
    {
        if (points < forecast::kMinSignalPoints || !(ownError > 0) || leadError > (1 - kMinErrorCut) * ownError)
            return false;
        const double meanGain = (ownError - leadError) / points;
        const double variance = (gainSquares - points * meanGain * meanGain) / (points - 1);
        return !(variance > 0) || meanGain / std::sqrt(variance / points) >= kMinErrorCutT;
    }
};

/// The trial from each of the last kLeadTrialOrigins weeks; `own[k]` is the product's own forecast
/// from the k-th of them, made from the weeks before it.
Trial runTrial(const ProductHistory& history, std::span<const Result<forecast::Forecast>> own)
{
    Trial trial;
    const int length = int(history.demand.size());
    for (int k = 0; k < kLeadTrialOrigins; ++k) {
        const int origin = length - kLeadTrialOrigins + k;
        const std::span<const double> signalThen(history.signal.data(), size_t(origin));
        const auto fit
            = forecast::fitLeadingSignal(std::span<const double>(history.demand.data(), size_t(origin)), signalThen);
        if (!own[size_t(k)] || !fit)
            continue;
        for (int step = 1; step <= fit->lag && origin - 1 + step < length; ++step) {
            const double actual = history.demand[size_t(origin - 1 + step)];
            const std::optional<double> read = forecast::leadingMean(*fit, signalThen, origin, step);
            if (!std::isfinite(actual) || !read)
                continue;
            const double ownMiss = std::abs(own[size_t(k)]->mean[size_t(step - 1)] - actual);
            const double leadMiss = std::abs(*read - actual);
            trial.ownError += ownMiss;
            trial.leadError += leadMiss;
            trial.gainSquares += (ownMiss - leadMiss) * (ownMiss - leadMiss);
            ++trial.points;
        }
    }
    return trial;
}
} // namespace

SearchLeads SearchLeads::find(const ProductSearches& searches, const std::vector<VariantForecast>& variants,
    const QHash<std::int64_t, std::int64_t>& productOf)
{
    SearchLeads leads;
    leads.m_productOf = productOf;
    if (searches.weekly.isEmpty())
        return leads;

    QHash<std::int64_t, std::vector<const VariantForecast*>> variantsOf;
    for (const VariantForecast& variant : variants) {
        const auto product = productOf.constFind(variant.variantId);
        if (!variant.demand.series.values.empty() && product != productOf.cend() && searches.weekly.contains(*product))
            variantsOf[*product].push_back(&variant);
    }
    // Products whose searches go with their sales at all are tried.
    struct Candidate {
        std::int64_t productId = 0;
        ProductHistory history;
        forecast::LeadingFit fit;
    };
    std::vector<Candidate> candidates;
    for (auto it = variantsOf.cbegin(); it != variantsOf.cend(); ++it) {
        ProductHistory history = productHistory(it.value(), searches, it.key());
        const auto fit = forecast::fitLeadingSignal(history.demand, history.signal);
        if (fit && fit->explained >= kMinExplained && history.demand.size() > size_t(kLeadTrialOrigins))
            candidates.push_back({ it.key(), std::move(history), *fit });
    }

    // The trials: from each of the latest weeks, the product's own forecast of the next weeks against
    // the searches' reading of them, both from the data of that week only. The own forecasts of
    // every candidate are made in one batch on the compute pool.
    std::vector<forecast::Series> heads;
    for (const Candidate& candidate : candidates) {
        for (int back = kLeadTrialOrigins; back >= 1; --back) {
            forecast::Series head;
            head.values.assign(candidate.history.demand.begin(), candidate.history.demand.end() - back);
            head.period = forecast::seasonalPeriod(forecast::Frequency::Weekly);
            heads.push_back(std::move(head));
        }
    }
    forecast::ForecastOptions options;
    options.horizon = forecast::kMaxSignalLag;
    const std::vector<Result<forecast::Forecast>> own = forecast::forecastMany(heads, options);
    for (size_t c = 0; c < candidates.size(); ++c) {
        Candidate& candidate = candidates[c];
        const Trial trial = runTrial(candidate.history,
            std::span<const Result<forecast::Forecast>>(own).subspan(c * kLeadTrialOrigins, kLeadTrialOrigins));
        if (!trial.searchesWin())
            continue;
        leads.m_ownError += trial.ownError;
        leads.m_leadError += trial.leadError;
        leads.m_leads.insert(candidate.productId,
            Lead { candidate.history.firstWeek, std::move(candidate.history.demand),
                std::move(candidate.history.signal), candidate.fit, 1 - trial.leadError / trial.ownError });
    }
    return leads;
}

bool SearchLeads::overlay(const VariantForecast& variant, forecast::Forecast& forecast, int heldOut) const
{
    const auto lead = m_leads.constFind(m_productOf.value(variant.variantId, -1));
    if (lead == m_leads.cend())
        return false;
    const bool daily = variant.demand.frequency == forecast::Frequency::Daily;
    // A daily backtest holds out whole weeks of days, or the product's weeks would not line up.
    if (daily && heldOut % 7 != 0)
        return false;
    const int heldWeeks = daily ? heldOut / 7 : heldOut;
    const int length = int(lead->demand.size()) - heldWeeks;
    const qint64 offset = weeksBetween(lead->firstWeek, variant.demand.firstPeriod);
    if (length <= 0 || offset < 0)
        return false;
    const std::span<const double> demand(lead->demand.data(), size_t(length));
    const std::span<const double> signal(lead->signal.data(), size_t(length));
    const std::optional<forecast::LeadingFit> fit = heldOut == 0 ? lead->fit : forecast::fitLeadingSignal(demand, signal);
    if (!fit)
        return false;
    // The variant's part of the product's recent sales, over the weeks both are known.
    const std::vector<double> own = weeklyUnits(variant, heldOut);
    double ownUnits = 0;
    double allUnits = 0;
    for (int t = std::max(0, length - kShareWeeks); t < length; ++t) {
        const qint64 at = t - offset;
        if (at < 0 || at >= qint64(own.size()) || !std::isfinite(own[size_t(at)]) || !std::isfinite(demand[size_t(t)]))
            continue;
        ownUnits += own[size_t(at)];
        allUnits += demand[size_t(t)];
    }
    if (!(ownUnits > 0) || !(allUnits > 0))
        return false;
    const double share = std::min(1.0, ownUnits / allUnits);
    const int replaced = daily ? overlayDays(forecast, *fit, signal, variant, heldOut, share)
                               : forecast::overlayLeadingSignal(forecast, *fit, signal, length, share);
    if (replaced == 0)
        return false;
    forecast.model += QStringLiteral(" + search lead");
    QString why = LeadText::tr("Sales of this product have followed its searches %n week(s) later, so the first "
                               "%n week(s) of the forecast follow the searches already made.",
        nullptr, fit->lag);
    if (heldOut == 0)
        why += u' '
            + LeadText::tr("Forecast that way from each of the last %1 weeks, those weeks were %2% closer to what sold.")
                  .arg(kLeadTrialOrigins)
                  .arg(qRound(100 * lead->errorCut));
    forecast.note = forecast.note.isEmpty() ? why : forecast.note + u' ' + why;
    return true;
}

int SearchLeads::overlayDays(forecast::Forecast& forecast, const forecast::LeadingFit& fit,
    std::span<const double> signal, const VariantForecast& variant, int heldOut, double share)
{
    // The series starts on a Monday; its complete weeks end where the product's weeks do. The days
    // of each week the searches foretell are scaled so that the week holds what they read off.
    const int historyDays = int(variant.demand.series.values.size()) - heldOut;
    const int weeks = historyDays / 7;
    int replaced = 0;
    for (int step = 1; step <= fit.lag; ++step) {
        const std::optional<double> read = forecast::leadingMean(fit, signal, int(signal.size()), step);
        if (!read)
            continue;
        // The week's days still ahead, as steps into the forecast (its first days may be past).
        const int firstDay = 7 * (weeks + step - 1) - historyDays;
        const int from = std::max(firstDay, 0);
        const int until = std::min(firstDay + 7, forecast.horizon());
        if (until <= from)
            continue;
        const int days = until - from;
        const double modelled = std::accumulate(forecast.mean.begin() + from, forecast.mean.begin() + until, 0.0);
        const double target = share * *read * days / 7.0;
        // Each day keeps its part of the modelled week, or an even part when the model saw none.
        const double factor = modelled > 0 ? target / modelled : 0.0;
        for (int day = from; day < until; ++day)
            for (std::vector<double>* values :
                { &forecast.mean, &forecast.lower80, &forecast.upper80, &forecast.lower95, &forecast.upper95 })
                (*values)[size_t(day)] = modelled > 0 ? (*values)[size_t(day)] * factor : target / days;
        ++replaced;
    }
    return replaced;
}

} // namespace flywheel::inventory
