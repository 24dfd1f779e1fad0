#include "forecast/CategorySeason.h"

#include "Parallel.h"
#include "forecast/Decomposition.h"
#include "forecast/HistoryRepair.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace flywheel::forecast {

namespace {
struct CategoryText {
    Q_DECLARE_TR_FUNCTIONS(CategorySeason)
};

/// A category's season on the catalogue's clock: index p % size belongs to catalogue period p,
/// period 0 being the first period of the longest series.
struct CatalogueSeason {
    std::vector<double> indices; ///< empty: the category shows no trusted season
    double typicalExposure = 1; ///< median exposure of the category's series that could be measured
};

/// The season lined up with a series whose first value sits at catalogue period `offset`.
std::vector<double> alignedSeason(const std::vector<double>& catalogueIndices, size_t offset)
{
    const size_t m = catalogueIndices.size();
    std::vector<double> aligned(m);
    for (size_t k = 0; k < m; ++k)
        aligned[k] = catalogueIndices[(offset + k) % m];
    return aligned;
}

double median(std::vector<double> values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool showsOwnSeason(const Series& series)
{
    if (series.values.size() < 2 * size_t(std::max(series.period, 1)))
        return false;
    const auto history = fillUnknownPeriods(series);
    return history && isSeasonal(history->values, series.period);
}

/// Each category's season from the total of its series, every series aligned on its last period.
std::vector<CatalogueSeason> catalogueSeasons(
    std::span<const Series> series, std::span<const int> categories, size_t longest)
{
    const size_t categoryCount
        = categories.empty() ? 0 : size_t(std::max(0, *std::max_element(categories.begin(), categories.end()) + 1));
    std::vector<std::vector<double>> totals(categoryCount);
    std::vector<size_t> firstPeriod(categoryCount, longest);
    std::vector<int> period(categoryCount, 0); // -1: series of different periods, no common season
    for (size_t i = 0; i < series.size(); ++i) {
        if (categories[i] < 0)
            continue;
        const size_t c = size_t(categories[i]);
        const std::vector<double>& y = series[i].values;
        const size_t offset = longest - y.size();
        period[c] = period[c] == 0 || period[c] == series[i].period ? series[i].period : -1;
        totals[c].resize(longest, 0.0);
        for (size_t t = 0; t < y.size(); ++t)
            totals[c][offset + t] += std::isfinite(y[t]) ? y[t] : 0.0;
        firstPeriod[c] = std::min(firstPeriod[c], offset);
    }
    std::vector<CatalogueSeason> seasons(categoryCount);
    for (size_t c = 0; c < seasons.size(); ++c) {
        if (period[c] <= 1 || firstPeriod[c] >= longest)
            continue;
        const std::vector<double> indices = categorySeason(std::span(totals[c]).subspan(firstPeriod[c]), period[c]);
        if (indices.empty())
            continue;
        seasons[c].indices.resize(indices.size());
        for (size_t k = 0; k < indices.size(); ++k)
            seasons[c].indices[(firstPeriod[c] + k) % indices.size()] = indices[k];
    }
    std::vector<std::vector<double>> exposures(seasons.size());
    for (size_t i = 0; i < series.size(); ++i) {
        if (categories[i] < 0 || seasons[size_t(categories[i])].indices.empty())
            continue;
        const std::vector<double>& y = series[i].values;
        const double exposure
            = seasonalExposure(y, alignedSeason(seasons[size_t(categories[i])].indices, longest - y.size()));
        if (!std::isnan(exposure))
            exposures[size_t(categories[i])].push_back(exposure);
    }
    for (size_t c = 0; c < seasons.size(); ++c)
        if (!exposures[c].empty())
            seasons[c].typicalExposure = median(std::move(exposures[c]));
    return seasons;
}

/// Forecasts `series` on values with `season` (aligned with it) taken out, then puts it back.
Result<Forecast> forecastWithSeason(
    const Series& series, const std::vector<double>& season, double exposure, const ForecastOptions& options)
{
    std::vector<double> indices = season;
    for (double& index : indices)
        index = 1 + exposure * (index - 1);
    auto forecast = forecastSeries(Series { seasonallyAdjusted(series.values, indices, true), 1 }, options);
    if (!forecast)
        return forecast;
    reseasonalize(*forecast, indices, series.values.size(), true);
    const QString borrowed
        = CategoryText::tr("The history shows no season of its own, so its category's seasonal pattern was "
                           "applied at %1 % strength.")
              .arg(qRound(100 * exposure));
    forecast->note = forecast->note.isEmpty() ? borrowed : forecast->note + u' ' + borrowed;
    return forecast;
}
} // namespace

std::vector<double> categorySeason(std::span<const double> total, int period)
{
    if (period <= 1 || total.size() < 2 * size_t(period)
        || std::any_of(total.begin(), total.end(), [](double v) { return !(v > 0); }))
        return {};
    return seasonalIndices(total, period, true);
}

double seasonalExposure(std::span<const double> y, std::span<const double> indices)
{
    const size_t m = indices.size();
    double known = 0;
    double sumIndex = 0;
    double sumValue = 0;
    double sumIndexSquares = 0;
    double sumProducts = 0;
    for (size_t t = 0; m > 0 && t < y.size(); ++t) {
        if (!std::isfinite(y[t]))
            continue;
        const double index = indices[t % m];
        known += 1;
        sumIndex += index;
        sumValue += y[t];
        sumIndexSquares += index * index;
        sumProducts += index * y[t];
    }
    const double spread = sumIndexSquares - sumIndex * sumIndex / std::max(known, 1.0);
    if (m == 0 || known < double(m) || !(spread > 0))
        return std::nan("");
    // value = level * (1 - exposure) + level * exposure * index: the slope is level * exposure and
    // slope + intercept the level.
    const double slope = (sumProducts - sumIndex * sumValue / known) / spread;
    const double level = (sumValue - slope * sumIndex) / known + slope;
    if (!(level > 0))
        return std::nan("");
    return std::clamp(slope / level, 0.0, 1.0);
}

std::vector<Result<Forecast>> forecastByCategory(
    std::span<const Series> series, std::span<const int> categories, const ForecastOptions& options)
{
    if (categories.size() != series.size())
        return std::vector<Result<Forecast>>(series.size(),
            fail(ErrorCode::InvalidArgument,
                CategoryText::tr("%1 series came with %2 categories; each series needs one category (or none).")
                    .arg(series.size())
                    .arg(categories.size())));
    if (options.method != Method::Auto)
        return forecastMany(series, options);
    size_t longest = 0;
    for (const Series& s : series)
        longest = std::max(longest, s.values.size());
    const std::vector<CatalogueSeason> seasons = catalogueSeasons(series, categories, longest);
    std::vector<Result<Forecast>> results(series.size());
    forEachChunk(series.size(), 16, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const Series& s = series[i];
            const CatalogueSeason* season = categories[i] >= 0 ? &seasons[size_t(categories[i])] : nullptr;
            if (!season || season->indices.empty() || showsOwnSeason(s)) {
                results[i] = forecastSeries(s, options);
                continue;
            }
            const std::vector<double> aligned = alignedSeason(season->indices, longest - s.values.size());
            const double own = seasonalExposure(s.values, aligned);
            const double exposure = std::isnan(own) ? season->typicalExposure : own;
            results[i] = exposure > 0 ? forecastWithSeason(s, aligned, exposure, options) : forecastSeries(s, options);
        }
    });
    return results;
}

} // namespace flywheel::forecast
