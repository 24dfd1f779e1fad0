#include "stages/inventory/VariantForecasts.h"

#include "forecast/AutoForecast.h"
#include "forecast/CategorySeason.h"
#include "stages/inventory/SearchLead.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace flywheel::inventory {

namespace {
struct ForecastText {
    Q_DECLARE_TR_FUNCTIONS(VariantForecasts)
};

constexpr int kMinBacktestHistory = 16;

/// Periods held out: a quarter of the history, at most twelve weeks or four weeks of days.
int holdoutPeriods(const DemandSeries& demand)
{
    const int periods = int(demand.series.values.size());
    if (periods < kMinBacktestHistory)
        return 0;
    const int most = demand.frequency == forecast::Frequency::Daily ? 28 : 12;
    return std::min(most, periods / 4);
}

/// Trailing periods out of stock say nothing of what would have sold; rather than carry the last
/// known period over them, the model is fitted on the history before them and forecasts across them.
struct CensoredTail {
    forecast::Series known;
    int unknownPeriods = 0;
};

CensoredTail splitCensoredTail(forecast::Series series)
{
    CensoredTail split;
    while (!series.values.empty() && !std::isfinite(series.values.back())) {
        series.values.pop_back();
        ++split.unknownPeriods;
    }
    split.known = std::move(series);
    return split;
}

/// Forecasts each series `horizon` periods past its end. The series that end with what they sold
/// (all on the same period) are forecast together, each with its category (forecastByCategory);
/// those ending out of stock are fitted on the history before it and forecast across it.
std::vector<Result<forecast::Forecast>> forecastPastTails(
    std::vector<forecast::Series> series, const std::vector<int>& categories, int horizon)
{
    std::vector<Result<forecast::Forecast>> results(series.size(), forecast::Forecast {});
    std::vector<size_t> whole;
    std::vector<forecast::Series> wholeSeries;
    std::vector<int> wholeCategories;
    std::vector<size_t> cut;
    std::vector<forecast::Series> cutSeries;
    std::vector<int> tails;
    int longest = 0;
    for (size_t i = 0; i < series.size(); ++i) {
        CensoredTail split = splitCensoredTail(std::move(series[i]));
        if (split.unknownPeriods == 0) {
            whole.push_back(i);
            wholeSeries.push_back(std::move(split.known));
            wholeCategories.push_back(categories[i]);
            continue;
        }
        cut.push_back(i);
        cutSeries.push_back(std::move(split.known));
        tails.push_back(split.unknownPeriods);
        longest = std::max(longest, split.unknownPeriods);
    }
    forecast::ForecastOptions options;
    options.horizon = horizon;
    auto wholeResults = forecast::forecastByCategory(wholeSeries, wholeCategories, options);
    for (size_t k = 0; k < whole.size(); ++k)
        results[whole[k]] = std::move(wholeResults[k]);

    options.horizon = std::min(horizon + longest, forecast::kMaxHorizon);
    auto cutResults = forecast::forecastMany(cutSeries, options);
    for (size_t k = 0; k < cut.size(); ++k) {
        Result<forecast::Forecast>& result = results[cut[k]] = std::move(cutResults[k]);
        if (!result)
            continue;
        const size_t skip = size_t(std::min(tails[k], options.horizon - horizon));
        for (std::vector<double>* values :
            { &result->mean, &result->lower80, &result->upper80, &result->lower95, &result->upper95 }) {
            values->erase(values->begin(), values->begin() + std::ptrdiff_t(skip));
            values->resize(size_t(horizon));
        }
    }
    return results;
}

struct VariantProducts {
    QHash<std::int64_t, std::int64_t> productOf; ///< by variant id
    QHash<std::int64_t, int> categoryOf; ///< the product type as a number, for forecastByCategory; absent: none
};

Result<VariantProducts> readVariantProducts(Database& db)
{
    auto select = db.prepare("SELECT v.id, p.id, lower(trim(coalesce(p.product_type, ''))) FROM variants v "
                             "JOIN products p ON p.id = v.product_id");
    if (!select)
        return std::unexpected(select.error());
    QHash<QString, int> numbers;
    VariantProducts products;
    auto read = select->forEachRow([&](Statement& row) {
        products.productOf.insert(row.int64(0), row.int64(1));
        const QString type = row.text(2);
        if (type.isEmpty())
            return;
        const auto number = numbers.constFind(type);
        products.categoryOf.insert(row.int64(0), number != numbers.cend() ? *number : numbers.size());
        if (number == numbers.cend())
            numbers.insert(type, int(numbers.size()));
    });
    if (!read)
        return std::unexpected(read.error());
    return products;
}

/// Forecasts every series of one step (weekly or daily) in one batch on the compute pool, lets the
/// weeks a product's searches foretell follow them, and adds the backtests (of the `scored`
/// variants, or of all) to `pooled`.
void forecastBatch(std::vector<VariantForecast>& variants, forecast::Frequency frequency, int horizonWeeks,
    const SearchLeads& leads, const QSet<std::int64_t>* scored, forecast::AccuracyTally& pooled)
{
    // Daily series keep to their own weekday pattern: a product type's season is a yearly one.
    const auto categoryOf = [frequency](const VariantForecast& variant) {
        return frequency == forecast::Frequency::Weekly ? variant.category : -1;
    };
    std::vector<size_t> members;
    std::vector<forecast::Series> full;
    std::vector<int> fullCategories;
    std::vector<forecast::Series> heads;
    std::vector<size_t> backtested;
    for (size_t i = 0; i < variants.size(); ++i) {
        const DemandSeries& demand = variants[i].demand;
        if (demand.frequency != frequency || demand.series.values.empty())
            continue;
        members.push_back(i);
        full.push_back(demand.series);
        fullCategories.push_back(categoryOf(variants[i]));
        if (const int held = holdoutPeriods(demand); held > 0) {
            forecast::Series head = demand.series;
            head.values.resize(head.values.size() - size_t(held));
            const bool known = std::ranges::any_of(head.values, [](double v) { return std::isfinite(v); });
            const std::span<const double> heldOut(demand.series.values.data() + head.values.size(), size_t(held));
            const bool sold = std::ranges::any_of(heldOut, [](double v) { return std::isfinite(v) && v != 0; });
            // Periods where nothing sold give the error no scale: such backtests are not scored.
            if (known && sold) {
                heads.push_back(std::move(head));
                backtested.push_back(i);
            }
        }
    }
    if (members.empty())
        return;
    auto forecasts = forecastPastTails(
        std::move(full), fullCategories, frequency == forecast::Frequency::Daily ? horizonWeeks * 7 : horizonWeeks);
    for (size_t m = 0; m < members.size(); ++m) {
        VariantForecast& variant = variants[members[m]];
        variant.forecast = std::move(forecasts[m]);
        if (variant.forecast)
            leads.overlay(variant, *variant.forecast, 0);
    }

    // The backtest forecasts each head as far as it was cut short; heads of one length share a batch.
    std::vector<int> lengths;
    for (const size_t i : backtested)
        lengths.push_back(holdoutPeriods(variants[i].demand));
    std::vector<int> distinct = lengths;
    std::ranges::sort(distinct);
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (const int held : distinct) {
        std::vector<forecast::Series> batch;
        std::vector<int> batchCategories;
        std::vector<size_t> owners;
        for (size_t b = 0; b < backtested.size(); ++b) {
            if (lengths[b] == held) {
                batch.push_back(std::move(heads[b]));
                batchCategories.push_back(categoryOf(variants[backtested[b]]));
                owners.push_back(backtested[b]);
            }
        }
        auto results = forecastPastTails(std::move(batch), batchCategories, held);
        for (size_t k = 0; k < owners.size(); ++k) {
            if (!results[k])
                continue;
            VariantForecast& variant = variants[owners[k]];
            leads.overlay(variant, *results[k], held);
            const std::vector<double>& values = variant.demand.series.values;
            const std::span<const double> history(values.data(), values.size() - size_t(held));
            const std::span<const double> actuals(values.data() + history.size(), size_t(held));
            forecast::AccuracyTally tally;
            tally.add(history, variant.demand.series.period, *results[k], actuals);
            if (tally.result().points > 0) {
                variant.backtest = tally.result();
                variant.backtestForecast = std::move(*results[k]);
                for (size_t h = 0; h < actuals.size(); ++h) {
                    if (!std::isfinite(actuals[h]))
                        continue;
                    variant.backtestUnits += std::abs(actuals[h]);
                    variant.backtestForecastUnits += variant.backtestForecast->mean[h];
                }
                if (!scored || scored->contains(variant.variantId))
                    pooled.add(tally);
            }
        }
    }
}

/// forecastVariants() once the histories are read; only the `asked` variants are kept when given.
Result<VariantForecasts> forecastHistories(Database& db, int horizonWeeks, const VariantProducts& products,
    DemandHistories histories, const std::optional<QSet<std::int64_t>>& asked, Progress* progress)
{
    auto searches = readProductSearches(db);
    if (!searches)
        return std::unexpected(searches.error());
    VariantForecasts result;
    result.histories = std::move(histories);
    for (const VariantHistory& history : result.histories.variants) {
        DemandSeries demand = buildDemandSeries(history, result.histories.lastDay);
        if (!demand.series.values.empty()) {
            VariantForecast variant;
            variant.variantId = history.variantId;
            variant.category = products.categoryOf.value(history.variantId, -1);
            variant.demand = std::move(demand);
            result.variants.push_back(std::move(variant));
        }
    }
    const SearchLeads leads = SearchLeads::find(*searches, result.variants, products.productOf);
    result.searchLedProducts = leads.products();
    result.searchLeadErrorCut = leads.errorCut();
    // Pooled over every backtest: each variant's errors weigh by its volume, as the owner's stock does.
    forecast::AccuracyTally pooled;
    for (const forecast::Frequency frequency : { forecast::Frequency::Weekly, forecast::Frequency::Daily }) {
        if (progress && progress->cancelled())
            return fail(ErrorCode::Cancelled,
                ForecastText::tr("The demand forecast was cancelled; the previous forecasts are kept."));
        forecastBatch(result.variants, frequency, horizonWeeks, leads, asked ? &*asked : nullptr, pooled);
    }
    result.overall = pooled.result();
    if (asked) {
        std::erase_if(result.variants, [&](const VariantForecast& v) { return !asked->contains(v.variantId); });
        std::erase_if(result.histories.variants, [&](const VariantHistory& h) { return !asked->contains(h.variantId); });
    }
    return result;
}
} // namespace

Result<VariantForecasts> forecastVariants(
    Database& db, int horizonWeeks, const std::optional<std::vector<std::int64_t>>& variantIds, Progress* progress)
{
    auto products = readVariantProducts(db);
    if (!products)
        return std::unexpected(products.error());
    // A product's searches are judged against all its variants' sales together: the variants asked
    // for bring their product's other variants along, and only theirs are returned and scored.
    std::optional<QSet<std::int64_t>> asked;
    std::optional<std::vector<std::int64_t>> readIds;
    if (variantIds) {
        asked.emplace(variantIds->begin(), variantIds->end());
        QSet<std::int64_t> askedProducts;
        for (const std::int64_t id : *variantIds)
            askedProducts.insert(products->productOf.value(id, -1));
        readIds.emplace(variantIds->begin(), variantIds->end());
        for (auto it = products->productOf.cbegin(); it != products->productOf.cend(); ++it)
            if (askedProducts.contains(it.value()) && !asked->contains(it.key()))
                readIds->push_back(it.key());
    }
    auto histories = readDemandHistories(db, readIds);
    if (!histories)
        return std::unexpected(histories.error());
    return forecastHistories(db, horizonWeeks, *products, std::move(*histories), asked, progress);
}

Result<VariantForecasts> forecastVariants(Database& db, int horizonWeeks, DemandHistories histories, Progress* progress)
{
    auto products = readVariantProducts(db);
    if (!products)
        return std::unexpected(products.error());
    return forecastHistories(db, horizonWeeks, *products, std::move(histories), std::nullopt, progress);
}

} // namespace flywheel::inventory
