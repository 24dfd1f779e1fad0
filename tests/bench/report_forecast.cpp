// Prints how accurate and how fast the forecasting engine is on public data:
//  - M3 (3,003 series, official horizons: yearly 6, quarterly 8, monthly 18, other 8): sMAPE and
//    MASE per period and overall for Flywheel's methods beside the methods published with the
//    competition (their archived forecasts are scored the same way), the coverage of the 80 % and
//    95 % ranges, and the wall time per series;
//  - UCI Online Retail: weekly demand per StockCode, the last 12 weeks held out: MASE, WAPE, bias
//    and coverage of the automatic forecast against the seasonal naive benchmark, and the time per
//    series.
//  - speed: 50,000 synthetic short weekly series forecast 12 weeks ahead on the engine's pool.
// Usage: report_forecast [--shared DIR] [--methods auto,ets,theta,damped,naive2] [--limit N] [--skip-retail]
//                        [--speed N]
#include "Parallel.h"
#include "forecast/Aggregation.h"
#include "forecast/AutoForecast.h"
#include "forecast/Backtest.h"
#include "forecast/Intermittent.h"
#include "io/CsvReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <charconv>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

namespace {
using namespace flywheel;
using namespace flywheel::forecast;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double number(std::string_view text)
{
    double value = std::nan("");
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Calls `row(fields)` for each record of a CSV file, with columns found by header name.
template <typename Row> bool readCsv(const QString& path, const QStringList& columns, Row row)
{
    auto reader = CsvReader::open(path);
    if (!reader) {
        out() << "  cannot read " << path << ": " << reader.error().describe() << Qt::endl;
        return false;
    }
    std::vector<size_t> indices;
    for (const QString& column : columns) {
        const auto& header = reader->header();
        const auto found = std::find(header.begin(), header.end(), column.toStdString());
        if (found == header.end()) {
            out() << "  " << path << " has no column " << column << Qt::endl;
            return false;
        }
        indices.push_back(size_t(found - header.begin()));
    }
    std::vector<std::string_view> fields(indices.size());
    while (true) {
        auto more = reader->next();
        if (!more || !*more)
            return bool(more);
        for (size_t i = 0; i < indices.size(); ++i)
            fields[i] = indices[i] < reader->fields().size() ? reader->fields()[indices[i]] : std::string_view();
        row(fields);
    }
}

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

// ---- UCI Online Retail ----

/// Unzips a .csv.gz beside the temporary folder's other files; empty on failure.
QString gunzip(const QString& path, const QTemporaryDir& folder)
{
    const QString target = folder.filePath(QFileInfo(path).completeBaseName());
    QProcess gzip;
    gzip.setStandardOutputFile(target);
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
    if (!gzip.waitForFinished(-1) || gzip.exitCode() != 0) {
        out() << "  cannot unzip " << path << " (needs gzip on the PATH)" << Qt::endl;
        return {};
    }
    return target;
}

void reportRetail(const QString& shared)
{
    constexpr int kHoldout = 12;
    const QString folder = shared + QStringLiteral("/data/uci_online_retail");
    QTemporaryDir temporary;
    // The two files overlap from 2010-12-01; the older one is read up to that day.
    const QDate overlap(2010, 12, 1);
    QHash<QString, std::vector<DatedQuantity>> demand;
    QDate lastDay;
    for (const auto& [file, invoiceColumn] :
        { std::pair { QStringLiteral("online_retail_II_2009-2010.csv.gz"), QStringLiteral("Invoice") },
            std::pair { QStringLiteral("online_retail.csv.gz"), QStringLiteral("InvoiceNo") } }) {
        const QString csv = gunzip(folder + u'/' + file, temporary);
        const bool older = file.contains(QStringLiteral("_II_"));
        if (csv.isEmpty()
            || !readCsv(csv,
                { invoiceColumn, QStringLiteral("StockCode"), QStringLiteral("Quantity"),
                    QStringLiteral("InvoiceDate") },
                [&](const std::vector<std::string_view>& f) {
                    // Demand is what customers ordered: cancellations (invoice "C...") are not demand.
                    if (f[0].starts_with('C') || f[3].size() < 10)
                        return;
                    const QDate date = QDate::fromString(fromUtf8(f[3].substr(0, 10)), Qt::ISODate);
                    const double quantity = number(f[2]);
                    if (!date.isValid() || !(quantity > 0) || (older && date >= overlap))
                        return;
                    demand[fromUtf8(f[1])].push_back({ date, quantity });
                    if (!lastDay.isValid() || date > lastDay)
                        lastDay = date;
                }))
            return;
    }
    std::vector<Series> histories;
    std::vector<std::vector<double>> holdouts;
    for (auto it = demand.cbegin(); it != demand.cend(); ++it) {
        auto weekly = aggregateByPeriod(it.value(), Frequency::Weekly, lastDay);
        if (!weekly || weekly->series.values.size() < size_t(2 * kHoldout))
            continue;
        std::vector<double>& values = weekly->series.values;
        std::vector<double> history(values.begin(), values.end() - kHoldout);
        if (std::all_of(history.begin(), history.end(), [](double v) { return v == 0; }))
            continue;
        holdouts.emplace_back(values.end() - kHoldout, values.end());
        histories.push_back(Series { std::move(history), weekly->series.period });
    }
    out() << Qt::endl
          << "UCI Online Retail, weekly demand per StockCode (orders, without cancellations), "
          << "data to " << lastDay.toString(Qt::ISODate) << ", last " << kHoldout
          << " complete weeks held out: " << histories.size() << " series" << Qt::endl;
    ForecastOptions options;
    options.horizon = kHoldout;
    QElapsedTimer timer;
    timer.start();
    const std::vector<Result<Forecast>> automatic = forecastMany(histories, options);
    const double seconds = double(timer.nsecsElapsed()) * 1e-9;
    options.method = Method::SeasonalNaive;
    std::map<QString, AccuracyTally> ours;
    std::map<QString, AccuracyTally> benchmark;
    std::map<QString, int> models;
    for (size_t i = 0; i < histories.size(); ++i) {
        const Series& history = histories[i];
        // The benchmark repeats last year's week; with less than a year of history, last week.
        Series forBenchmark = history;
        if (history.values.size() < size_t(history.period))
            forBenchmark.period = 1;
        options.method = Method::SeasonalNaive;
        auto seasonalNaive = forecastSeries(forBenchmark, options);
        if (!automatic[i] || !seasonalNaive)
            continue;
        const DemandProfile profile = profileDemand(history.values);
        static const QString patterns[] = { QStringLiteral("smooth"), QStringLiteral("erratic"),
            QStringLiteral("intermittent"), QStringLiteral("lumpy") };
        for (const QString& group : { QStringLiteral("all"), patterns[int(profile.pattern)] }) {
            ours[group].add(history.values, history.period, *automatic[i], holdouts[i]);
            benchmark[group].add(history.values, history.period, *seasonalNaive, holdouts[i]);
        }
        const QString model = automatic[i]->model.section(u'(', 0, 0);
        ++models[model];
    }
    out() << "group           series   MASE auto / snaive   WAPE auto / snaive   bias auto   cov80 cov95" << Qt::endl;
    for (const auto& [group, tally] : ours) {
        const Accuracy a = tally.result();
        const Accuracy b = benchmark[group].result();
        out() << group.leftJustified(14)
              << QStringLiteral("%1   %2 / %3        %4 / %5         %6      %7 %8")
                     .arg(a.series, 6)
                     .arg(a.mase, 6, 'f', 3)
                     .arg(b.mase, 6, 'f', 3)
                     .arg(a.wape, 6, 'f', 3)
                     .arg(b.wape, 6, 'f', 3)
                     .arg(a.bias, 6, 'f', 3)
                     .arg(100 * a.coverage80, 5, 'f', 1)
                     .arg(100 * a.coverage95, 5, 'f', 1)
              << Qt::endl;
    }
    out() << "models chosen:";
    for (const auto& [model, count] : models)
        out() << " " << model << " " << count;
    out() << Qt::endl
          << QStringLiteral("time: %1 s for %2 series on %3 threads, %4 ms per series")
                 .arg(seconds, 0, 'f', 2)
                 .arg(histories.size())
                 .arg(computePool().maxThreadCount())
                 .arg(1000 * seconds / double(std::max<size_t>(histories.size(), 1)), 0, 'f', 3)
          << Qt::endl;
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
        QStringLiteral("skip-retail"), QStringLiteral("Leave out the UCI Online Retail part."));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
        QStringLiteral("How many synthetic weekly series to time (0: none)."), QStringLiteral("N"),
        QStringLiteral("50000"));
    parser.addOptions({ sharedOption, methodsOption, limitOption, skipRetailOption, speedOption });
    parser.process(app);
    const QString shared = parser.value(sharedOption);
    reportM3(shared, parser.value(methodsOption).split(u','), parser.value(limitOption).toInt());
    if (!parser.isSet(skipRetailOption))
        reportRetail(shared);
    if (const int count = parser.value(speedOption).toInt(); count > 0)
        reportSpeed(count);
    return 0;
}
