// Prints how accurate and how fast the forecasting engine is on public data:
//  - M3 (3,003 series, official horizons: yearly 6, quarterly 8, monthly 18, other 8): sMAPE and
//    MASE per period and overall for Flywheel's methods beside the methods published with the
//    competition (their archived forecasts are scored the same way), the coverage of the 80 % and
//    95 % ranges, and the wall time per series;
//  - retail demand, the last 12 weeks held out: UCI Online Retail (weekly per StockCode) and
//    dunnhumby Breakfast at the Frat (weekly per store and UPC): MASE, WAPE and bias of the
//    automatic forecast beside the seasonal naive benchmark and, in the same run, R's forecast
//    package (ets() and croston()) on an even sample of the series, with the time per series of each;
//  - speed: 50,000 synthetic short weekly series forecast 12 weeks ahead on the engine's pool.
// Usage: report_forecast [--shared DIR] [--methods auto,ets,theta,damped,naive2] [--limit N] [--skip-retail]
//                        [--r-series N] [--speed N]
#include "Parallel.h"
#include "ProcessSetup.h"
#include "forecast/Aggregation.h"
#include "forecast/AutoForecast.h"
#include "forecast/Backtest.h"
#include "forecast/CategorySeason.h"
#include "forecast/Intermittent.h"
#include "forecast_data.h"
#include "forecast_peer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cmath>
#include <ctime>
#include <map>
#include <numbers>
#include <random>

namespace {
using namespace flywheel;
using namespace flywheel::forecast;
using report::fromUtf8;
using report::number;
using report::out;
using report::readCsv;

// ---- M3 ----

struct M3Series {
    QString id;
    QString domain; ///< MICRO, INDUSTRY, MACRO, FINANCE, DEMOGRAPHIC, OTHER
    QString interval; ///< YEARLY, QUARTERLY, MONTHLY, OTHER
    int period = 1;
    int horizon = 0;
    std::vector<double> train;
    std::vector<double> test;
};

const QStringList kIntervals
    = { QStringLiteral("YEARLY"), QStringLiteral("QUARTERLY"), QStringLiteral("MONTHLY"), QStringLiteral("OTHER") };

std::vector<M3Series> loadM3(const QString& folder, int limit)
{
    std::vector<M3Series> series;
    QHash<QString, size_t> byId;
    readCsv(folder + QStringLiteral("/m3_series_info.csv"),
        { QStringLiteral("series_id"), QStringLiteral("category"), QStringLiteral("period"),
            QStringLiteral("frequency"), QStringLiteral("horizon") },
        [&](const std::vector<std::string_view>& f) {
            M3Series s;
            s.id = fromUtf8(f[0]);
            s.domain = fromUtf8(f[1]);
            s.interval = fromUtf8(f[2]);
            s.period = int(number(f[3]));
            s.horizon = int(number(f[4]));
            byId.insert(s.id, series.size());
            series.push_back(std::move(s));
        });
    readCsv(folder + QStringLiteral("/m3_series_values.csv"),
        { QStringLiteral("series_id"), QStringLiteral("split"), QStringLiteral("value") },
        [&](const std::vector<std::string_view>& f) {
            const auto found = byId.constFind(fromUtf8(f[0]));
            if (found == byId.constEnd())
                return;
            M3Series& s = series[*found];
            (f[1] == "train" ? s.train : s.test).push_back(number(f[2]));
        });
    if (limit > 0 && size_t(limit) < series.size()) {
        // An even slice across the whole set, so every period is represented.
        std::vector<M3Series> slice;
        const double stride = double(series.size()) / limit;
        for (int i = 0; i < limit; ++i)
            slice.push_back(std::move(series[size_t(i * stride)]));
        series = std::move(slice);
    }
    return series;
}

/// Forecasts of one method for every series, by series id.
using Archive = std::map<QString, QHash<QString, std::vector<double>>>;

Archive loadArchive(const QString& folder, const QStringList& methods)
{
    Archive archive;
    QStringList columns = { QStringLiteral("method"), QStringLiteral("series_id") };
    for (int h = 1; h <= 18; ++h)
        columns << QStringLiteral("f%1").arg(h);
    readCsv(folder + QStringLiteral("/m3_original_method_forecasts.csv"), columns,
        [&](const std::vector<std::string_view>& f) {
            const QString method = fromUtf8(f[0]);
            if (!methods.contains(method))
                return;
            std::vector<double> values;
            for (size_t i = 2; i < f.size() && !f[i].empty(); ++i)
                values.push_back(number(f[i]));
            archive[method].insert(fromUtf8(f[1]), std::move(values));
        });
    return archive;
}

/// Tallies per period (YEARLY ... OTHER) and overall.
struct M3Score {
    std::map<QString, AccuracyTally> byInterval;
    std::map<QString, AccuracyTally> byDomain;
    AccuracyTally all;
    bool hasRanges = true;
    double secondsPerSeries = 0;
    int failures = 0;

    void add(const M3Series& s, const Forecast& forecast)
    {
        byInterval[s.interval].add(s.train, s.period, forecast, s.test);
        byDomain[s.domain].add(s.train, s.period, forecast, s.test);
        all.add(s.train, s.period, forecast, s.test);
    }
};

void printRow(const QString& name, const M3Score& score)
{
    QString line = name.leftJustified(22);
    for (const auto accuracy : { &Accuracy::smape, &Accuracy::mase }) {
        for (const QString& interval : kIntervals) {
            const auto found = score.byInterval.find(interval);
            const double value = found == score.byInterval.end() ? 0 : found->second.result().*accuracy;
            line += QStringLiteral("%1").arg(value, 8, 'f', 2);
        }
        line += QStringLiteral("%1  ").arg(score.all.result().*accuracy, 10, 'f', 2);
    }
    const Accuracy all = score.all.result();
    if (score.hasRanges)
        line += QStringLiteral("%1 %2  %3 ms")
                    .arg(100 * all.coverage80, 5, 'f', 1)
                    .arg(100 * all.coverage95, 5, 'f', 1)
                    .arg(1000 * score.secondsPerSeries, 6, 'f', 2);
    if (score.failures > 0)
        line += QStringLiteral("  (%1 failed)").arg(score.failures);
    out() << line << Qt::endl;
}

struct NamedMethod {
    QString name;
    Method method;
};

M3Score runOurs(const std::vector<M3Series>& series, Method method)
{
    // Forecast every series at its own horizon on the engine's pool; time the whole pass.
    std::vector<Result<Forecast>> results(series.size());
    QElapsedTimer timer;
    timer.start();
    forEachChunk(series.size(), 8, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            ForecastOptions options;
            options.horizon = series[i].horizon;
            options.method = method;
            results[i] = forecastSeries(Series { series[i].train, series[i].period }, options);
        }
    });
    M3Score score;
    score.secondsPerSeries = double(timer.nsecsElapsed()) * 1e-9 / double(std::max<size_t>(series.size(), 1));
    for (size_t i = 0; i < series.size(); ++i) {
        if (results[i])
            score.add(series[i], *results[i]);
        else
            ++score.failures;
    }
    return score;
}

M3Score scoreArchived(const std::vector<M3Series>& series, const QHash<QString, std::vector<double>>& forecasts)
{
    M3Score score;
    score.hasRanges = false;
    for (const M3Series& s : series) {
        const auto found = forecasts.constFind(s.id);
        if (found == forecasts.constEnd()) {
            ++score.failures;
            continue;
        }
        Forecast forecast;
        forecast.mean = *found;
        forecast.lower80 = forecast.upper80 = forecast.lower95 = forecast.upper95 = forecast.mean;
        score.add(s, forecast);
    }
    return score;
}

void reportM3(const QString& shared, const QStringList& methodNames, int limit)
{
    const QString folder = shared + QStringLiteral("/data/m3_competition");
    const std::vector<M3Series> series = loadM3(folder, limit);
    out() << "M3 competition: " << series.size() << " series, official horizons, scored over every forecast period"
          << Qt::endl;
    if (series.empty())
        return;
    const std::map<QString, Method> known
        = { { QStringLiteral("auto"), Method::Auto }, { QStringLiteral("combination"), Method::Combination },
              { QStringLiteral("ets"), Method::Ets }, { QStringLiteral("theta"), Method::Theta },
              { QStringLiteral("damped"), Method::DampedHolt }, { QStringLiteral("ses"), Method::Ses },
              { QStringLiteral("naive2"), Method::Naive2 }, { QStringLiteral("snaive"), Method::SeasonalNaive } };
    QString header = QStringLiteral("method").leftJustified(22);
    for (const QString& measure : { QStringLiteral("sMAPE"), QStringLiteral("MASE") }) {
        for (const QString& interval : kIntervals)
            header += QStringLiteral("%1").arg(interval.left(7).toLower(), 8);
        header += QStringLiteral("%1  ").arg(measure + QStringLiteral(" all"), 10);
    }
    header += QStringLiteral(" cov80 cov95  time/series");
    out() << header << Qt::endl;

    std::map<QString, M3Score> ours;
    for (const QString& name : methodNames) {
        const auto method = known.find(name);
        if (method == known.end()) {
            out() << "  unknown method " << name << Qt::endl;
            continue;
        }
        ours[name] = runOurs(series, method->second);
        printRow(QStringLiteral("flywheel ") + name, ours[name]);
    }
    const QStringList published = { QStringLiteral("THETA"), QStringLiteral("ForecastPro"), QStringLiteral("ForcX"),
        QStringLiteral("COMB S-H-D"), QStringLiteral("DAMPEN"), QStringLiteral("B-J auto"), QStringLiteral("SINGLE"),
        QStringLiteral("NAIVE2") };
    const Archive archive = loadArchive(folder, published);
    for (const QString& method : published) {
        const auto found = archive.find(method);
        if (found != archive.end())
            printRow(method + QStringLiteral(" (M3)"), scoreArchived(series, found->second));
    }
    out() << "published (Makridakis & Hibon 2000): Theta about 13.0 sMAPE overall, ForecastPro 13.2, Naive2 15.5"
          << Qt::endl;
    if (ours.empty())
        return;
    out() << Qt::endl << "flywheel " << ours.begin()->first << " by domain (sMAPE / MASE):" << Qt::endl;
    for (const auto& [domain, tally] : ours.begin()->second.byDomain) {
        const Accuracy accuracy = tally.result();
        out() << "  " << domain.leftJustified(12)
              << QStringLiteral("%1 / %2  (%3 series)")
                     .arg(accuracy.smape, 6, 'f', 2)
                     .arg(accuracy.mase, 5, 'f', 2)
                     .arg(accuracy.series)
              << Qt::endl;
    }
}

// ---- Retail demand beside R's forecast package ----

/// One way of forecasting a whole retail set, with its forecasts and time.
struct Run {
    std::vector<Forecast> forecasts; ///< per history
    double wallSeconds = 0;
    double cpuSeconds = 0; ///< on every thread together
    int failures = 0; ///< histories the method could not forecast; scored with the naive forecast instead
};

Forecast naiveStandIn(const Series& history, int horizon)
{
    ForecastOptions options;
    options.horizon = horizon;
    options.method = Method::Naive;
    return *forecastSeries(history, options);
}

/// Times `forecastAll` on `set` and stands the naive forecast in for the histories it failed on.
template <typename ForecastAll> Run timedRun(const report::RetailSet& set, int horizon, ForecastAll forecastAll)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    std::vector<Result<Forecast>> results = forecastAll(set);
    run.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    run.wallSeconds = double(timer.nsecsElapsed()) * 1e-9;
    for (size_t i = 0; i < results.size(); ++i) {
        run.failures += results[i] ? 0 : 1;
        run.forecasts.push_back(results[i] ? std::move(*results[i]) : naiveStandIn(set.histories[i], horizon));
    }
    return run;
}

std::vector<Result<Forecast>> automatic(const report::RetailSet& set, int horizon)
{
    ForecastOptions options;
    options.horizon = horizon;
    return forecastMany(set.histories, options);
}

/// Last year's week again; with less than a year of history, last week.
std::vector<Result<Forecast>> seasonalNaive(const report::RetailSet& set, int horizon)
{
    ForecastOptions options;
    options.horizon = horizon;
    options.method = Method::SeasonalNaive;
    std::vector<Result<Forecast>> results;
    for (Series history : set.histories) {
        if (history.values.size() < size_t(history.period))
            history.period = 1;
        results.push_back(forecastSeries(history, options));
    }
    return results;
}

/// R's forecasts as the engine's: point forecasts only (R's ranges are not compared).
Forecast pointForecast(QString model, std::vector<double> mean)
{
    Forecast forecast;
    forecast.model = std::move(model);
    forecast.mean = std::move(mean);
    forecast.lower80 = forecast.upper80 = forecast.lower95 = forecast.upper95 = forecast.mean;
    return forecast;
}

/// The histories at `positions`, with their holdouts and groups.
report::RetailSet subset(const report::RetailSet& set, const std::vector<size_t>& positions)
{
    report::RetailSet part;
    part.groupNames = set.groupNames;
    for (const size_t i : positions) {
        part.histories.push_back(set.histories[i]);
        part.holdouts.push_back(set.holdouts[i]);
        part.groups.push_back(set.groups[i]);
    }
    return part;
}

/// An even slice of `count` positions out of `size` (all of them for 0 or more than there are).
std::vector<size_t> evenSample(size_t size, int count)
{
    std::vector<size_t> positions;
    if (count <= 0 || size_t(count) >= size) {
        for (size_t i = 0; i < size; ++i)
            positions.push_back(i);
        return positions;
    }
    const double stride = double(size) / count;
    for (int i = 0; i < count; ++i)
        positions.push_back(size_t(i * stride));
    return positions;
}

/// Scores of one method: on every history and on the R sample, by demand pattern.
struct RetailScore {
    QString name;
    std::map<QString, AccuracyTally> full;
    AccuracyTally sample;
    int failures = 0;
};

QString patternOf(const Series& history)
{
    static const QString names[] = { QStringLiteral("smooth"), QStringLiteral("erratic"),
        QStringLiteral("intermittent"), QStringLiteral("lumpy") };
    return names[int(profileDemand(history.values).pattern)];
}

QString accuracyCells(const Accuracy& a)
{
    return QStringLiteral("%1 %2 %3").arg(a.mase, 7, 'f', 3).arg(a.wape, 7, 'f', 3).arg(a.bias, 7, 'f', 3);
}

void printRetailScores(const std::vector<RetailScore>& scores, size_t total, size_t sampled)
{
    const QString columns = QStringLiteral("   MASE    WAPE    bias");
    out() << QString(42, u' ') << QStringLiteral("all %1 series").arg(total).leftJustified(26)
          << QStringLiteral("even sample of %1").arg(sampled) << Qt::endl
          << QStringLiteral("method").leftJustified(42) << columns << "   " << columns << Qt::endl;
    for (const RetailScore& score : scores) {
        const auto all = score.full.find(QStringLiteral("all"));
        QString line = score.name.leftJustified(42)
            + (all == score.full.end() ? QStringLiteral("      -").leftJustified(23)
                                       : accuracyCells(all->second.result()))
            + QStringLiteral("   ") + accuracyCells(score.sample.result());
        if (score.failures > 0)
            line += QStringLiteral("  (%1 failed, scored as naive)").arg(score.failures);
        out() << line << Qt::endl;
    }
    QStringList scoredOnAll;
    for (const RetailScore& score : scores)
        if (score.full.contains(QStringLiteral("all")))
            scoredOnAll << score.name;
    out() << "by demand pattern, all series, MASE | WAPE | bias of " << scoredOnAll.join(QStringLiteral(" / ")) << ":"
          << Qt::endl;
    for (const auto& [pattern, tally] : scores.front().full) {
        if (pattern == QStringLiteral("all"))
            continue;
        QStringList measures;
        for (const auto measure : { &Accuracy::mase, &Accuracy::wape, &Accuracy::bias }) {
            QStringList values;
            for (const RetailScore& score : scores)
                if (const auto found = score.full.find(pattern); found != score.full.end())
                    values << QString::number(found->second.result().*measure, 'f', 3);
            measures << values.join(QStringLiteral(" / "));
        }
        out() << "  " << QStringLiteral("%1 %2 series  ").arg(pattern, -13).arg(tally.result().series, 5)
              << measures.join(QStringLiteral("  |  ")) << Qt::endl;
    }
}

std::vector<Result<Forecast>> withCategorySeason(const report::RetailSet& set, int horizon)
{
    ForecastOptions options;
    options.horizon = horizon;
    return forecastByCategory(set.histories, set.groups, options);
}

void reportRetailSet(const report::RetailSet& set, int horizon, int rSeries)
{
    out() << Qt::endl << set.description << ": " << set.histories.size() << " series" << Qt::endl;
    if (set.histories.empty())
        return;
    const std::vector<size_t> positions = evenSample(set.histories.size(), rSeries);
    const report::RetailSet sample = subset(set, positions);
    std::vector<RetailScore> scores;
    const auto score = [&](const QString& name, const Run& run) {
        RetailScore result { name, {}, {}, run.failures };
        for (size_t i = 0; i < set.histories.size(); ++i) {
            const Series& history = set.histories[i];
            for (const QString& group : { QStringLiteral("all"), patternOf(history) })
                result.full[group].add(history.values, history.period, run.forecasts[i], set.holdouts[i]);
        }
        for (const size_t i : positions)
            result.sample.add(set.histories[i].values, set.histories[i].period, run.forecasts[i], set.holdouts[i]);
        scores.push_back(std::move(result));
    };
    const auto grouped = [horizon](const report::RetailSet& s) { return withCategorySeason(s, horizon); };
    const Run ours = timedRun(set, horizon, grouped);
    score(QStringLiteral("flywheel (category season)"), ours);
    score(QStringLiteral("flywheel (own history only)"),
        timedRun(set, horizon, [horizon](const report::RetailSet& s) { return automatic(s, horizon); }));
    score(QStringLiteral("seasonal naive"),
        timedRun(set, horizon, [horizon](const report::RetailSet& s) { return seasonalNaive(s, horizon); }));
    // Our time on exactly the histories R gets; R fits one series at a time, so CPU time is the fair figure.
    const Run oursOnSample = timedRun(sample, horizon, grouped);
    const auto peer = runRForecasts(sample.histories, horizon);
    if (peer) {
        RetailScore ets { QStringLiteral("R ets()"), {}, {}, 0 };
        RetailScore croston { QStringLiteral("R croston()"), {}, {}, 0 };
        RetailScore picked { QStringLiteral("R croston() if intermittent, else ets()"), {}, {}, 0 };
        for (size_t k = 0; k < positions.size(); ++k) {
            const Series& history = sample.histories[k];
            const auto scored = [&](RetailScore& peerScore, const QString& model, const std::vector<double>& mean) {
                peerScore.failures += mean.empty() ? 1 : 0;
                const Forecast forecast = mean.empty() ? naiveStandIn(history, horizon) : pointForecast(model, mean);
                peerScore.sample.add(history.values, history.period, forecast, sample.holdouts[k]);
            };
            scored(ets, QStringLiteral("ets"), peer->ets[k]);
            scored(croston, QStringLiteral("croston"), peer->croston[k]);
            const bool intermittent = profileDemand(history.values).isIntermittent();
            scored(picked, QStringLiteral("picked"), intermittent ? peer->croston[k] : peer->ets[k]);
        }
        scores.push_back(std::move(ets));
        scores.push_back(std::move(croston));
        scores.push_back(std::move(picked));
    }
    printRetailScores(scores, set.histories.size(), positions.size());

    const double oursPerSeries = oursOnSample.cpuSeconds / double(positions.size());
    out() << QStringLiteral("flywheel time: %1 ms CPU per series on the sample; all %2 series in %3 s on %4 threads")
                 .arg(1000 * oursPerSeries, 0, 'f', 3)
                 .arg(set.histories.size())
                 .arg(ours.wallSeconds, 0, 'f', 2)
                 .arg(computePool().maxThreadCount())
          << Qt::endl;
    if (!peer) {
        out() << "R peer skipped: " << peer.error() << Qt::endl;
        return;
    }
    const double etsPerSeries = peer->etsSeconds / double(positions.size());
    const double crostonPerSeries = peer->crostonSeconds / double(positions.size());
    const Accuracy oursSample = scores.front().sample.result();
    const Accuracy etsSample = scores[3].sample.result();
    out() << QStringLiteral("R time: ets() %1 ms, croston() %2 ms per series (Rscript ran %3 s in all)")
                 .arg(1000 * etsPerSeries, 0, 'f', 2)
                 .arg(1000 * crostonPerSeries, 0, 'f', 2)
                 .arg(peer->wallSeconds, 0, 'f', 1)
          << Qt::endl
          << QStringLiteral("flywheel / R ets() on the sample: MASE ratio %1, WAPE ratio %2; flywheel is %3x faster "
                            "per series than ets() (%4x than ets() + croston())")
                 .arg(oursSample.mase / etsSample.mase, 0, 'f', 3)
                 .arg(oursSample.wape / etsSample.wape, 0, 'f', 3)
                 .arg(etsPerSeries / oursPerSeries, 0, 'f', 0)
                 .arg((etsPerSeries + crostonPerSeries) / oursPerSeries, 0, 'f', 0)
          << Qt::endl;
}

void reportRetail(const QString& shared, int rSeries)
{
    constexpr int kHoldout = 12;
    reportRetailSet(report::loadUciRetail(shared, kHoldout), kHoldout, rSeries);
    reportRetailSet(report::loadDunnhumby(shared, kHoldout), kHoldout, rSeries);
}

// ---- Speed on many short weekly series ----

/// Short weekly demand histories like a catalogue's: one to three years, Poisson counts around a
/// level with a slow trend and (for half of them) a yearly wave; a third sell only now and then.
std::vector<Series> catalogue(int count)
{
    std::mt19937 random(2024);
    std::uniform_int_distribution<int> weeks(26, 156);
    std::lognormal_distribution<double> level(1.5, 1.0);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<Series> series;
    series.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int n = weeks(random);
        const double base = level(random);
        const double trend = (unit(random) - 0.5) * 0.01;
        const double wave = unit(random) < 0.5 ? 0.4 * unit(random) : 0;
        const double sellProbability = unit(random) < 0.33 ? 0.1 + 0.4 * unit(random) : 1;
        Series s { {}, 52 };
        for (int t = 0; t < n; ++t) {
            const double rate
                = std::max(0.05, base * (1 + trend * t) * (1 + wave * std::sin(2 * std::numbers::pi * t / 52)));
            const bool sells = unit(random) < sellProbability;
            s.values.push_back(sells ? double(std::poisson_distribution<int>(rate / sellProbability)(random)) : 0);
        }
        series.push_back(std::move(s));
    }
    return series;
}

void reportSpeed(int count)
{
    const std::vector<Series> series = catalogue(count);
    ForecastOptions options;
    options.horizon = 12;
    QElapsedTimer timer;
    timer.start();
    const std::vector<Result<Forecast>> results = forecastMany(series, options);
    const double seconds = double(timer.nsecsElapsed()) * 1e-9;
    const auto failed = std::count_if(results.begin(), results.end(), [](const auto& r) { return !r; });
    out() << Qt::endl
          << QStringLiteral("Speed: %1 short weekly series (26-156 weeks, a third intermittent), 12 weeks ahead: "
                            "%2 s on %3 threads (%4 ms per series), %5 failed")
                 .arg(count)
                 .arg(seconds, 0, 'f', 2)
                 .arg(computePool().maxThreadCount())
                 .arg(1000 * seconds / std::max(count, 1), 0, 'f', 3)
                 .arg(failed)
          << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    flywheel::prepareProcess();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sharedOption(QStringLiteral("shared"), QStringLiteral("The shared folder with data/."),
        QStringLiteral("DIR"), QStringLiteral(FLYWHEEL_SHARED_DIR));
    const QCommandLineOption methodsOption(QStringLiteral("methods"),
        QStringLiteral("Flywheel methods to score on M3 (auto, combination, ets, "
                       "theta, damped, ses, naive2, snaive)."),
        QStringLiteral("LIST"), QStringLiteral("auto,ets,theta,damped,naive2"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Score an even slice of N M3 series."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption skipRetailOption(
        QStringLiteral("skip-retail"), QStringLiteral("Leave out the retail data sets."));
    const QCommandLineOption rSeriesOption(QStringLiteral("r-series"),
        QStringLiteral("Score R's forecast package on an even sample of N series of each retail set (0: all)."),
        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
        QStringLiteral("How many synthetic weekly series to time (0: none)."), QStringLiteral("N"),
        QStringLiteral("50000"));
    parser.addOptions({ sharedOption, methodsOption, limitOption, skipRetailOption, rSeriesOption, speedOption });
    parser.process(app);
    const QString shared = parser.value(sharedOption);
    reportM3(shared, parser.value(methodsOption).split(u','), parser.value(limitOption).toInt());
    if (!parser.isSet(skipRetailOption))
        reportRetail(shared, parser.value(rSeriesOption).toInt());
    if (const int count = parser.value(speedOption).toInt(); count > 0)
        reportSpeed(count);
    return 0;
}
