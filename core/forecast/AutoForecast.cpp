#include "forecast/AutoForecast.h"

#include "Parallel.h"
#include "forecast/Combination.h"
#include "forecast/Decomposition.h"
#include "forecast/EtsForecast.h"
#include "forecast/EtsSelection.h"
#include "forecast/HistoryRepair.h"
#include "forecast/Intermittent.h"
#include "forecast/Naive.h"
#include "forecast/Theta.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace flywheel::forecast {

namespace {
struct AutoText {
    Q_DECLARE_TR_FUNCTIONS(AutoForecast)
};

/// The ETS models fitted to a history, on seasonally adjusted values when its cycle is longer
/// than ETS carries as states.
struct EtsFamily {
    std::vector<EtsFit> fits;
    SeasonalAdjustment adjustment;
    size_t length = 0;

    EtsFamily(std::span<const double> y, int period)
        : length(y.size())
    {
        if (period > kMaxEtsPeriod)
            adjustment = detectSeason(y, period);
        fits = adjustment.indices.empty()
            ? fitEtsFamily(y, period)
            : fitEtsFamily(seasonallyAdjusted(y, adjustment.indices, adjustment.multiplicative), 1);
    }

    [[nodiscard]] Forecast forecast(const EtsFit& fit, int horizon) const
    {
        Forecast result = etsForecast(fit, horizon);
        if (!adjustment.indices.empty())
            reseasonalize(result, adjustment.indices, length, adjustment.multiplicative);
        return result;
    }
};

Result<Forecast> combination(std::span<const double> y, int period, int horizon)
{
    const EtsFamily family(y, period);
    std::vector<Forecast> parts;
    if (const EtsFit* best = lowestAicc(family.fits))
        parts.push_back(family.forecast(*best, horizon));
    if (auto theta = thetaForecast(y, period, horizon))
        parts.push_back(std::move(*theta));
    if (const EtsFit* damped
        = lowestAicc(family.fits, [](const EtsSpec& spec) { return spec.trend == EtsTrend::Damped; }))
        parts.push_back(family.forecast(*damped, horizon));
    if (parts.empty())
        return naiveForecast(y, horizon);
    if (parts.size() == 1)
        return std::move(parts.front());
    return medianCombination(parts);
}

Result<Forecast> autoEts(std::span<const double> y, int period, int horizon)
{
    const EtsFamily family(y, period);
    if (const EtsFit* best = lowestAicc(family.fits))
        return family.forecast(*best, horizon);
    return fail(ErrorCode::InvalidArgument,
        AutoText::tr("No exponential smoothing model fits a history of %n period(s).", nullptr, int(y.size())));
}

Result<Forecast> chosenEts(std::span<const double> y, int period, int horizon, const EtsSpec& spec)
{
    auto fit = fitEts(y, period, spec);
    if (!fit)
        return std::unexpected(fit.error());
    return etsForecast(*fit, horizon);
}

Result<Forecast> runMethod(Method method, std::span<const double> y, int period, int horizon)
{
    switch (method) {
    case Method::Auto: {
        const DemandProfile profile = profileDemand(y);
        const bool negative = std::any_of(y.begin(), y.end(), [](double v) { return v < 0; });
        if (!negative && profile.isIntermittent())
            return intermittentForecast(y, horizon, chooseIntermittentMethod(profile));
        return combination(y, period, horizon);
    }
    case Method::Combination:
        return combination(y, period, horizon);
    case Method::Ets:
        return autoEts(y, period, horizon);
    case Method::Theta:
        return thetaForecast(y, period, horizon);
    case Method::Naive:
        return naiveForecast(y, horizon);
    case Method::SeasonalNaive:
        return seasonalNaiveForecast(y, period, horizon);
    case Method::Naive2:
        return naive2Forecast(y, period, horizon);
    case Method::Ses:
        return chosenEts(y, period, horizon, { false, EtsTrend::None, EtsSeason::None });
    case Method::Holt:
        return chosenEts(y, period, horizon, { false, EtsTrend::Additive, EtsSeason::None });
    case Method::DampedHolt:
        return chosenEts(y, period, horizon, { false, EtsTrend::Damped, EtsSeason::None });
    case Method::HoltWintersAdditive:
        return chosenEts(y, period, horizon, { false, EtsTrend::Additive, EtsSeason::Additive });
    case Method::HoltWintersMultiplicative:
        return chosenEts(y, period, horizon, { true, EtsTrend::Additive, EtsSeason::Multiplicative });
    case Method::Croston:
        return intermittentForecast(y, horizon, IntermittentMethod::Croston);
    case Method::Sba:
        return intermittentForecast(y, horizon, IntermittentMethod::Sba);
    case Method::Tsb:
        return intermittentForecast(y, horizon, IntermittentMethod::Tsb);
    }
    return fail(ErrorCode::InvalidArgument, AutoText::tr("Unknown forecasting method."));
}

/// Runs the method on the history scaled to a mean magnitude near 1, so that likelihoods and
/// variances stay within floating point range for quantities of any size, then scales back.
/// The factor is a power of two, which scales exactly.
Result<Forecast> runScaled(Method method, std::span<const double> y, int period, int horizon)
{
    double meanMagnitude = 0;
    for (const double v : y)
        meanMagnitude += std::abs(v) / double(y.size());
    int exponent = 0;
    std::frexp(meanMagnitude, &exponent);
    std::vector<double> scaled(y.begin(), y.end());
    for (double& v : scaled)
        v = std::ldexp(v, -exponent);
    auto forecast = runMethod(method, scaled, period, horizon);
    if (forecast)
        forecast->transformAll([exponent](size_t, double value) { return std::ldexp(value, exponent); });
    return forecast;
}

Forecast flatForecast(QString model, double value, int horizon)
{
    Forecast forecast;
    forecast.model = std::move(model);
    for (std::vector<double>* values :
        { &forecast.mean, &forecast.lower80, &forecast.upper80, &forecast.lower95, &forecast.upper95 })
        values->assign(size_t(horizon), value);
    return forecast;
}

bool allFinite(const Forecast& forecast)
{
    for (const std::vector<double>* values :
        { &forecast.mean, &forecast.lower80, &forecast.upper80, &forecast.lower95, &forecast.upper95 })
        if (!std::all_of(values->begin(), values->end(), [](double v) { return std::isfinite(v); }))
            return false;
    return true;
}

/// Keeps the ranges nested and, for a history that never went below zero, everything at or above it.
void tidyRanges(Forecast& forecast, bool nonNegative)
{
    if (nonNegative)
        forecast.transformAll([](size_t, double value) { return std::max(value, 0.0); });
    for (size_t h = 0; h < forecast.mean.size(); ++h) {
        forecast.lower80[h] = std::min(forecast.lower80[h], forecast.upper80[h]);
        forecast.lower95[h] = std::min(forecast.lower95[h], forecast.lower80[h]);
        forecast.upper95[h] = std::max(forecast.upper95[h], forecast.upper80[h]);
    }
}

QStringList repairNotes(const RepairedHistory& history)
{
    QStringList notes;
    if (history.droppedLeading > 0)
        notes << AutoText::tr(
            "%n period(s) without a value before the first known one were left out.", nullptr, history.droppedLeading);
    if (history.filledGaps > 0)
        notes << AutoText::tr(
            "%n period(s) without a value were filled in from their neighbours.", nullptr, history.filledGaps);
    return notes;
}
} // namespace

Result<Forecast> forecastSeries(const Series& series, const ForecastOptions& options)
{
    const int horizon = options.horizon;
    if (horizon < 1 || horizon > kMaxHorizon)
        return fail(ErrorCode::InvalidArgument,
            AutoText::tr("The horizon must be between 1 and %1 periods; %2 was asked for.")
                .arg(kMaxHorizon)
                .arg(horizon));
    auto history = fillUnknownPeriods(series);
    if (!history)
        return std::unexpected(history.error());
    std::vector<double>& y = history->values;
    const bool nonNegative = std::none_of(y.begin(), y.end(), [](double v) { return v < 0; });
    QStringList notes = repairNotes(*history);
    // Intermittent demand is all spikes; the Croston family is built for it.
    if (options.repairSpikes && !(nonNegative && profileDemand(y).isIntermittent())) {
        if (const int spikes = repairSpikes(y, series.period); spikes > 0)
            notes << AutoText::tr("%n one-off spike(s) were set to the usual level before fitting.", nullptr, spikes);
    }

    Result<Forecast> forecast;
    if (std::all_of(y.begin(), y.end(), [](double v) { return v == 0; })) {
        forecast = flatForecast(QStringLiteral("zero"), 0, horizon);
        notes << AutoText::tr("No demand in the history, so the forecast is zero.");
    } else if (y.size() == 1) {
        forecast = flatForecast(QStringLiteral("naive"), y.front(), horizon);
        notes << AutoText::tr("Only one period of history: the forecast repeats it and cannot show a range yet.");
    } else {
        forecast = runScaled(options.method, y, std::max(series.period, 1), horizon);
        if (!forecast)
            return forecast;
        if (!allFinite(*forecast)) {
            // A model that blew up on an odd history must not hand NaN to the owner.
            forecast = flatForecast(QStringLiteral("naive"), y.back(), horizon);
            notes << AutoText::tr("No model could forecast this history; the last value is repeated.");
        }
    }
    tidyRanges(*forecast, nonNegative);
    forecast->note = notes.join(QLatin1Char(' '));
    return forecast;
}

std::vector<Result<Forecast>> forecastMany(std::span<const Series> series, const ForecastOptions& options)
{
    std::vector<Result<Forecast>> results(series.size());
    forEachChunk(series.size(), 16, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            results[i] = forecastSeries(series[i], options);
    });
    return results;
}

} // namespace flywheel::forecast
