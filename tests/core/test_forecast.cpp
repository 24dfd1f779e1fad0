// The forecasting engine: known answers of each model, ranges that behave, histories that would
// break a naive implementation (one point, no demand, returns, gaps, spikes, dates out of order),
// the backtest measures, the season a category lends its short histories, sales read off a leading
// signal, the sales-file reader, and accuracy on a slice of the M3 competition against its Naive2 benchmark.
#include "TestSupport.h"
#include "forecast/Aggregation.h"
#include "forecast/AutoForecast.h"
#include "forecast/Backtest.h"
#include "forecast/CategorySeason.h"
#include "forecast/Combination.h"
#include "forecast/EtsForecast.h"
#include "forecast/Intermittent.h"
#include "forecast/LeadingSignal.h"
#include "forecast/NelderMead.h"
#include "forecast/SalesFile.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

using namespace flywheel;
using namespace flywheel::forecast;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool close(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

Forecast flatForecast(double value, int horizon)
{
    Forecast forecast;
    forecast.model = QStringLiteral("flat");
    for (std::vector<double>* values :
        { &forecast.mean, &forecast.lower80, &forecast.upper80, &forecast.lower95, &forecast.upper95 })
        values->assign(size_t(horizon), value);
    return forecast;
}

Forecast run(const Series& series, int horizon, Method method = Method::Auto)
{
    ForecastOptions options;
    options.horizon = horizon;
    options.method = method;
    auto forecast = forecastSeries(series, options);
    if (!forecast)
        qFatal("forecast failed: %s", qPrintable(forecast.error().describe()));
    return *forecast;
}

/// Every value finite, ranges nested at every step.
QString brokenRanges(const Forecast& f)
{
    for (size_t h = 0; h < f.mean.size(); ++h) {
        for (const double v : { f.mean[h], f.lower80[h], f.upper80[h], f.lower95[h], f.upper95[h] })
            if (!std::isfinite(v))
                return QStringLiteral("step %1 is not finite").arg(h);
        if (!(f.lower95[h] <= f.lower80[h] && f.lower80[h] <= f.upper80[h] && f.upper80[h] <= f.upper95[h]))
            return QStringLiteral("ranges not nested at step %1").arg(h);
    }
    return {};
}

/// A noisy series: level + slope * t + seasonal wave + normal noise, from a fixed seed.
std::vector<double> synthetic(int n, double level, double slope, int period, double amplitude, double noise)
{
    std::mt19937 random(7);
    std::normal_distribution<double> normal(0, noise);
    std::vector<double> y;
    for (int t = 0; t < n; ++t) {
        const double season = period > 1 ? amplitude * std::sin(2 * std::numbers::pi * t / period) : 0;
        y.push_back(level + slope * t + season + normal(random));
    }
    return y;
}

/// A strong yearly wave around 1 (it averages 1 over a cycle), week t of a weekly series.
double weeklySeason(int t)
{
    return 1 + 0.6 * std::sin(2 * std::numbers::pi * t / 52);
}

double number(std::string_view text)
{
    double value = kNaN;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

} // namespace

class TestForecast : public QObject {
    Q_OBJECT

private slots:
    void nelderMeadFindsTheMinimum()
    {
        NelderMead optimizer;
        std::vector<double> x { 0, 0 };
        const std::vector<double> step { 1, 1 };
        const double best = optimizer.minimize(
            [](std::span<const double> p) { return (p[0] - 3) * (p[0] - 3) + 10 * (p[1] + 1) * (p[1] + 1); }, x, step,
            NelderMead::Options {});
        QVERIFY(std::abs(x[0] - 3) < 1e-3);
        QVERIFY(std::abs(x[1] + 1) < 1e-3);
        QVERIFY(best < 1e-6);
    }

    void sesOnConstantForecastsTheConstant()
    {
        const Forecast f = run(Series { std::vector<double>(20, 42.0), 1 }, 5, Method::Ses);
        QCOMPARE(f.model, QStringLiteral("ETS(A,N,N)"));
        for (const double v : f.mean)
            QVERIFY2(close(v, 42.0), qPrintable(QString::number(v)));
    }

    void holtExtrapolatesAStraightLine()
    {
        std::vector<double> line;
        for (int t = 0; t < 30; ++t)
            line.push_back(5 + 2.5 * t);
        const Forecast f = run(Series { line, 1 }, 6, Method::Holt);
        for (int h = 1; h <= 6; ++h)
            QVERIFY2(close(f.mean[size_t(h - 1)], 5 + 2.5 * (29 + h), 1e-4),
                qPrintable(QStringLiteral("step %1: %2").arg(h).arg(f.mean[size_t(h - 1)])));
    }

    void dampedTrendFlattens()
    {
        const Forecast f = run(Series { synthetic(40, 100, 2, 1, 0, 1), 1 }, 30, Method::DampedHolt);
        const double early = f.mean[1] - f.mean[0];
        const double late = f.mean[29] - f.mean[28];
        QVERIFY(early > 0);
        QVERIFY2(late < early, qPrintable(QStringLiteral("%1 vs %2").arg(late).arg(early)));
    }

    void thetaContinuesALineAtHalfItsSlope()
    {
        std::vector<double> line;
        for (int t = 0; t < 30; ++t)
            line.push_back(100 + 4 * t);
        const Forecast f = run(Series { line, 1 }, 5, Method::Theta);
        QCOMPARE(f.model, QStringLiteral("theta"));
        for (int h = 1; h <= 5; ++h)
            QVERIFY2(std::abs(f.mean[size_t(h - 1)] - (line.back() + 2.0 * h)) < 0.1,
                qPrintable(QStringLiteral("step %1: %2").arg(h).arg(f.mean[size_t(h - 1)])));
    }

    void linearModelRangesFollowTheFormula()
    {
        // ETS(A,N,N): variance sigma^2 (1 + (h - 1) alpha^2) (Hyndman et al. 2008, table 6.1).
        EtsFit fit;
        fit.spec = EtsSpec { false, EtsTrend::None, EtsSeason::None };
        fit.parameters.alpha = 0.5;
        fit.state.level = 100;
        fit.sigma2 = 4;
        const Forecast f = etsForecast(fit, 4);
        for (int h = 1; h <= 4; ++h) {
            const double sd = 2 * std::sqrt(1 + (h - 1) * 0.25);
            QVERIFY(close(f.upper95[size_t(h - 1)] - 100, 1.959963984540054 * sd));
            QVERIFY(close(100 - f.lower80[size_t(h - 1)], 1.2815515655446004 * sd));
        }
    }

    void multiplicativeErrorRangesFollowTheFormula()
    {
        // ETS(M,N,N): v1 = sigma^2 mu^2; v2 = (1 + sigma^2) mu^2 (1 + sigma^2 alpha^2) - mu^2.
        EtsFit fit;
        fit.spec = EtsSpec { true, EtsTrend::None, EtsSeason::None };
        fit.parameters.alpha = 0.3;
        fit.state.level = 50;
        fit.sigma2 = 0.01;
        const Forecast f = etsForecast(fit, 2);
        const double v2 = (1 + 0.01) * 2500 * (1 + 0.01 * 0.09) - 2500;
        QVERIFY(close(f.upper95[0] - 50, 1.959963984540054 * 0.1 * 50));
        QVERIFY(close(f.upper95[1] - 50, 1.959963984540054 * std::sqrt(v2)));
    }

    void simulatedRangesMatchAStaticModel()
    {
        // ETS(M,N,M) that never learns (alpha = gamma = 0): y = level * season * (1 + e), so the
        // simulated quantiles must sit at level * season * (1 + z sigma).
        EtsFit fit;
        fit.spec = EtsSpec { true, EtsTrend::None, EtsSeason::Multiplicative };
        fit.parameters.alpha = 0;
        fit.parameters.gamma = 0;
        fit.state.level = 100;
        fit.state.period = 4;
        fit.state.seasons = { 0.5, 1.5, 1.2, 0.8 };
        fit.sigma2 = 0.04;
        const Forecast f = etsForecast(fit, 8);
        for (size_t h = 0; h < 8; ++h) {
            const double mean = 100 * fit.state.seasons[h % 4];
            QVERIFY(close(f.mean[h], mean));
            QVERIFY2(close(f.upper95[h], mean * (1 + 1.959963984540054 * 0.2), 0.02),
                qPrintable(QStringLiteral("step %1: %2").arg(h).arg(f.upper95[h])));
            QVERIFY2(close(f.lower80[h], mean * (1 - 1.2815515655446004 * 0.2), 0.02),
                qPrintable(QStringLiteral("step %1: %2").arg(h).arg(f.lower80[h])));
        }
    }

    void seasonalNaiveRepeatsTheLastSeason()
    {
        const Series series { { 1, 2, 3, 4, 10, 20, 30, 40 }, 4 };
        const Forecast f = run(series, 6, Method::SeasonalNaive);
        const std::vector<double> expected { 10, 20, 30, 40, 10, 20 };
        QCOMPARE(f.mean, expected);
    }

    void crostonMatchesAHandCalculation_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("expected");
        // Demands 3 (period 3), 5 (2 periods later), 4 (3 periods later), alpha 0.1: sizes 3 -> 3.2
        // -> 3.28; intervals start at the average gap, 8 periods / 3 demands, then 2.6 -> 2.64;
        // Croston 3.28 / 2.64, SBA * 0.95.
        QTest::newRow("croston") << int(Method::Croston) << 3.28 / 2.64;
        QTest::newRow("sba") << int(Method::Sba) << 0.95 * 3.28 / 2.64;
    }

    void crostonMatchesAHandCalculation()
    {
        QFETCH(int, method);
        QFETCH(double, expected);
        const Forecast f = run(Series { { 0, 0, 3, 0, 5, 0, 0, 4 }, 1 }, 3, Method(method));
        for (const double v : f.mean)
            QVERIFY2(close(v, expected, 1e-9), qPrintable(QString::number(v, 'g', 12)));
        QCOMPARE(brokenRanges(f), QString());
        QCOMPARE(f.lower80.front(), 0.0);
    }

    void tsbFadesWhenDemandStops()
    {
        std::vector<double> y { 4, 0, 5, 0, 4, 0, 6, 0, 5, 0 };
        y.resize(30, 0.0);
        const Forecast croston = run(Series { y, 1 }, 1, Method::Croston);
        const Forecast tsb = run(Series { y, 1 }, 1, Method::Tsb);
        QVERIFY2(tsb.mean[0] < 0.25 * croston.mean[0],
            qPrintable(QStringLiteral("tsb %1, croston %2").arg(tsb.mean[0]).arg(croston.mean[0])));
        QVERIFY(run(Series { y, 1 }, 1).model == QStringLiteral("tsb"));
    }

    void demandIsClassified_data()
    {
        QTest::addColumn<std::vector<double>>("demand");
        QTest::addColumn<int>("pattern");
        QTest::newRow("smooth") << std::vector<double> { 5, 6, 5, 4, 6, 5, 5, 6 } << int(DemandPattern::Smooth);
        QTest::newRow("erratic") << std::vector<double> { 1, 20, 2, 30, 1, 25, 2, 1 } << int(DemandPattern::Erratic);
        QTest::newRow("intermittent") << std::vector<double> { 5, 0, 0, 6, 0, 0, 5, 0 }
                                      << int(DemandPattern::Intermittent);
        QTest::newRow("lumpy") << std::vector<double> { 1, 0, 0, 40, 0, 0, 2, 0 } << int(DemandPattern::Lumpy);
    }

    void demandIsClassified()
    {
        QFETCH(std::vector<double>, demand);
        QFETCH(int, pattern);
        QCOMPARE(int(profileDemand(demand).pattern), pattern);
    }

    void rangesWidenWithTheHorizonAndNest_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("period");
        QTest::newRow("ses") << int(Method::Ses) << 1;
        QTest::newRow("holt") << int(Method::Holt) << 1;
        QTest::newRow("damped") << int(Method::DampedHolt) << 1;
        QTest::newRow("holt-winters additive") << int(Method::HoltWintersAdditive) << 12;
        QTest::newRow("holt-winters multiplicative") << int(Method::HoltWintersMultiplicative) << 12;
        QTest::newRow("auto ets") << int(Method::Ets) << 12;
        QTest::newRow("theta") << int(Method::Theta) << 12;
        QTest::newRow("naive") << int(Method::Naive) << 1;
        QTest::newRow("auto") << int(Method::Auto) << 12;
    }

    void rangesWidenWithTheHorizonAndNest()
    {
        QFETCH(int, method);
        QFETCH(int, period);
        const Forecast f = run(Series { synthetic(72, 200, 1, period, 30, 8), period }, 24, Method(method));
        QCOMPARE(brokenRanges(f), QString());
        // Seasonal ranges may breathe with the season; one cycle later they must be wider.
        for (size_t h = size_t(period); h < f.mean.size(); ++h) {
            const double width = f.upper95[h] - f.lower95[h];
            const double before = f.upper95[h - size_t(period)] - f.lower95[h - size_t(period)];
            QVERIFY2(width >= before * (1 - 1e-9),
                qPrintable(QStringLiteral("step %1: %2 < %3").arg(h).arg(width).arg(before)));
        }
        QVERIFY(f.upper95.back() - f.lower95.back() > f.upper95.front() - f.lower95.front());
        for (size_t h = 0; h < f.mean.size(); ++h)
            QVERIFY(f.lower80[h] <= f.mean[h] && f.mean[h] <= f.upper80[h]);
    }

    void automaticChoiceFindsTrendAndSeason()
    {
        ForecastOptions options;
        options.horizon = 12;
        options.method = Method::Ets;
        auto seasonal = forecastSeries(Series { synthetic(96, 500, 0, 12, 120, 10), 12 }, options);
        QVERIFY(seasonal);
        QVERIFY2(!seasonal->model.endsWith(QStringLiteral(",N)")), qPrintable(seasonal->model));
        auto trending = forecastSeries(Series { synthetic(40, 100, 5, 1, 0, 2), 1 }, options);
        QVERIFY(trending);
        QVERIFY2(!trending->model.contains(QStringLiteral(",N,")), qPrintable(trending->model));
    }

    void combinationTakesTheMedian()
    {
        const auto part = [](const char* model, double value) {
            Forecast f;
            f.model = QString::fromLatin1(model);
            f.mean = f.lower80 = f.upper80 = f.lower95 = f.upper95 = { value, value + 1 };
            return f;
        };
        const std::vector<Forecast> parts { part("a", 1), part("b", 10), part("c", 4) };
        const Forecast combined = medianCombination(parts);
        QCOMPARE(combined.mean, (std::vector<double> { 4, 5 }));
        QCOMPARE(combined.model, QStringLiteral("combination(a, b, c)"));
    }

    void awkwardHistoriesGetAForecast_data()
    {
        QTest::addColumn<std::vector<double>>("history");
        QTest::addColumn<int>("period");
        QTest::addColumn<double>("expectedFirst"); ///< NaN: no exact expectation
        std::vector<double> spike(40, 10.0);
        spike[30] = 5000;
        std::vector<double> gaps = synthetic(30, 50, 0, 1, 0, 2);
        gaps[5] = gaps[6] = kNaN;
        gaps[29] = kInfinity;
        QTest::newRow("one point") << std::vector<double> { 7 } << 1 << 7.0;
        QTest::newRow("two points") << std::vector<double> { 7, 9 } << 1 << 9.0;
        QTest::newRow("all zeros") << std::vector<double>(30, 0.0) << 52 << 0.0;
        QTest::newRow("returns") << std::vector<double> { 3, -2, 1, -4, 0, 2, -1, -3, 1, 0, -2, 1 } << 1 << kNaN;
        QTest::newRow("all returns") << std::vector<double>(10, -3.0) << 1 << -3.0;
        QTest::newRow("gaps") << gaps << 1 << kNaN;
        QTest::newRow("leading unknowns") << std::vector<double> { kNaN, kNaN, 4, 4, 4, 4, 4, 4 } << 1 << 4.0;
        QTest::newRow("huge spike") << spike << 1 << 10.0;
        QTest::newRow("one sale long ago") << [] {
            std::vector<double> y(60, 0.0);
            y[0] = 300;
            return y;
        }() << 52 << kNaN;
        QTest::newRow("tiny values") << std::vector<double>(20, 1e-300) << 1 << kNaN;
        QTest::newRow("huge values") << synthetic(30, 1e250, 0, 1, 0, 1e248) << 1 << kNaN;
        QTest::newRow("short weekly season") << synthetic(60, 20, 0, 52, 5, 1) << 52 << kNaN;
    }

    void awkwardHistoriesGetAForecast()
    {
        QFETCH(std::vector<double>, history);
        QFETCH(int, period);
        QFETCH(double, expectedFirst);
        const Forecast f = run(Series { history, period }, 8);
        QCOMPARE(f.horizon(), 8);
        QCOMPARE(brokenRanges(f), QString());
        if (!std::isnan(expectedFirst))
            QVERIFY2(close(f.mean.front(), expectedFirst, 1e-3), qPrintable(QString::number(f.mean.front())));
        const bool neverNegative = std::none_of(history.begin(), history.end(), [](double v) { return v < 0; });
        if (neverNegative)
            QVERIFY(f.lower95.front() >= 0);
    }

    void repairsAreExplained()
    {
        std::vector<double> spike(40, 10.0);
        spike[30] = 5000;
        QVERIFY(!run(Series { spike, 1 }, 3).note.isEmpty());
        QVERIFY(!run(Series { { 5, kNaN, 7, 8, 6, 7 }, 1 }, 3).note.isEmpty());
        QVERIFY(!run(Series { { 5 }, 1 }, 3).note.isEmpty());
        QVERIFY(run(Series { synthetic(30, 50, 0, 1, 0, 2), 1 }, 3).note.isEmpty());
    }

    void unusableRequestsSayWhy_data()
    {
        QTest::addColumn<std::vector<double>>("history");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("method");
        QTest::newRow("empty") << std::vector<double> {} << 4 << int(Method::Auto);
        QTest::newRow("nothing known") << std::vector<double> { kNaN, kNaN } << 4 << int(Method::Auto);
        QTest::newRow("no horizon") << std::vector<double> { 1, 2, 3 } << 0 << int(Method::Auto);
        QTest::newRow("horizon too long") << std::vector<double> { 1, 2, 3 } << kMaxHorizon + 1 << int(Method::Auto);
        QTest::newRow("holt-winters on 5 values")
            << std::vector<double> { 1, 2, 3, 4, 5 } << 4 << int(Method::HoltWintersAdditive);
        QTest::newRow("multiplicative with returns")
            << synthetic(48, 5, 0, 12, 3, 3) << 4 << int(Method::HoltWintersMultiplicative);
    }

    void unusableRequestsSayWhy()
    {
        QFETCH(std::vector<double>, history);
        QFETCH(int, horizon);
        QFETCH(int, method);
        ForecastOptions options;
        options.horizon = horizon;
        options.method = Method(method);
        const auto forecast = forecastSeries(Series { history, 12 }, options);
        QVERIFY(!forecast);
        QCOMPARE(forecast.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!forecast.error().message.isEmpty());
    }

    void manySeriesComeBackInOrder()
    {
        std::vector<Series> series;
        for (int i = 0; i < 40; ++i)
            series.push_back(Series { std::vector<double>(12, double(i + 1)), 1 });
        ForecastOptions options;
        options.horizon = 2;
        const auto results = forecastMany(series, options);
        QCOMPARE(results.size(), series.size());
        for (size_t i = 0; i < results.size(); ++i) {
            QVERIFY(results[i]);
            QVERIFY(close(results[i]->mean[0], double(i + 1)));
        }
    }

    void categorySeasonNeedsTwoCycles()
    {
        std::vector<double> total;
        for (int t = 0; t < 104; ++t)
            total.push_back(100 * weeklySeason(t));
        const std::vector<double> indices = categorySeason(total, 52);
        QCOMPARE(indices.size(), size_t(52));
        for (int k = 0; k < 52; ++k)
            QVERIFY2(close(indices[size_t(k)], weeklySeason(k), 1e-9),
                qPrintable(QStringLiteral("week %1: %2").arg(k).arg(indices[size_t(k)])));
        QVERIFY(categorySeason(std::span(total).first(103), 52).empty());
        total[40] = 0;
        QVERIFY(categorySeason(total, 52).empty());
    }

    void exposureSaysHowStronglyAHistoryFollowsTheSeason_data()
    {
        QTest::addColumn<double>("strength");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<double>("expected");
        QTest::newRow("follows fully") << 1.0 << 60 << 1.0;
        QTest::newRow("follows half") << 0.5 << 60 << 0.5;
        QTest::newRow("flat") << 0.0 << 60 << 0.0;
        QTest::newRow("shorter than a cycle") << 1.0 << 51 << kNaN;
    }

    void exposureSaysHowStronglyAHistoryFollowsTheSeason()
    {
        QFETCH(double, strength);
        QFETCH(int, weeks);
        QFETCH(double, expected);
        std::vector<double> indices;
        for (int k = 0; k < 52; ++k)
            indices.push_back(weeklySeason(k));
        std::vector<double> y;
        for (int t = 0; t < weeks; ++t)
            y.push_back(20 * (1 + strength * (weeklySeason(t) - 1)));
        const double exposure = seasonalExposure(y, indices);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(exposure), qPrintable(QString::number(exposure)));
        else
            QVERIFY2(close(exposure, expected, 1e-9), qPrintable(QString::number(exposure)));
    }

    void shortHistoriesBorrowTheirCategorySeason()
    {
        // Three long products and one launched 30 weeks ago, all ending this week; the next 12
        // weeks climb out of the category's low season.
        constexpr int kWeeks = 156;
        std::vector<Series> catalogue;
        for (const double level : { 40.0, 70.0, 100.0 }) {
            Series product { {}, 52 };
            for (int t = 0; t < kWeeks; ++t)
                product.values.push_back(level * weeklySeason(t) + (t % 3 - 1));
            catalogue.push_back(std::move(product));
        }
        Series launched { {}, 52 };
        for (int t = kWeeks - 30; t < kWeeks; ++t)
            launched.values.push_back(10 * weeklySeason(t));
        catalogue.push_back(launched);
        ForecastOptions options;
        options.horizon = 12;
        const std::vector<int> categories { 0, 0, 0, 0 };
        const auto results = forecastByCategory(catalogue, categories, options);
        QCOMPARE(results.size(), catalogue.size());
        QVERIFY(results[3]);
        const Forecast alone = run(launched, 12);
        double borrowedError = 0;
        double aloneError = 0;
        for (int h = 0; h < 12; ++h) {
            const double actual = 10 * weeklySeason(kWeeks + h);
            borrowedError += std::abs(results[3]->mean[size_t(h)] - actual);
            aloneError += std::abs(alone.mean[size_t(h)] - actual);
        }
        QVERIFY2(borrowedError < 0.3 * aloneError,
            qPrintable(QStringLiteral("%1 vs %2").arg(borrowedError).arg(aloneError)));
        QVERIFY(!results[3]->note.isEmpty());
        QVERIFY(brokenRanges(*results[3]).isEmpty());
    }

    void uncategorisedOrMismatchedSeriesAreNotLentASeason()
    {
        std::vector<Series> catalogue;
        for (const double level : { 40.0, 70.0, 100.0 }) {
            Series product { {}, 52 };
            for (int t = 0; t < 156; ++t)
                product.values.push_back(level * weeklySeason(t));
            catalogue.push_back(std::move(product));
        }
        catalogue.push_back(Series { std::vector<double>(30, 5.0), 52 });
        ForecastOptions options;
        options.horizon = 6;
        const auto results = forecastByCategory(catalogue, std::vector<int> { 0, 0, 0, -1 }, options);
        QVERIFY(results[3]);
        QCOMPARE(results[3]->mean, run(catalogue[3], 6).mean);
        QVERIFY(results[3]->note.isEmpty());

        const auto mismatched = forecastByCategory(catalogue, std::vector<int> { 0, 0 }, options);
        QCOMPARE(mismatched.size(), catalogue.size());
        for (const auto& result : mismatched) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        }
    }

    void weeksStartOnMondayWhateverTheOrder()
    {
        // 2024-01-01 is a Monday. Observations out of order, an empty week, a partial last week.
        const std::vector<DatedQuantity> sales { { QDate(2024, 1, 17), 4 }, { QDate(2024, 1, 2), 3 },
            { QDate(2024, 1, 7), 2 }, { QDate(2024, 1, 1), -1 }, { QDate(2024, 1, 24), 9 } };
        auto weekly = aggregateByPeriod(sales, Frequency::Weekly, QDate(2024, 1, 24));
        QVERIFY(weekly);
        QCOMPARE(weekly->firstPeriod, QDate(2024, 1, 1));
        QCOMPARE(weekly->series.values, (std::vector<double> { 4, 0, 4 }));
        QCOMPARE(weekly->series.period, 52);
        auto throughSunday = aggregateByPeriod(sales, Frequency::Weekly, QDate(2024, 1, 28));
        QVERIFY(throughSunday);
        QCOMPARE(throughSunday->series.values, (std::vector<double> { 4, 0, 4, 9 }));
        QVERIFY(!aggregateByPeriod(sales, Frequency::Monthly, QDate(2024, 1, 24)));
        QVERIFY(!aggregateByPeriod({}, Frequency::Weekly, QDate(2024, 1, 24)));
    }

    void salesAreReadOffTheSignalTheyTrail()
    {
        // Searches that wander, and sales two periods behind them: 3 + 0.5 * searches, with noise.
        std::mt19937 random(7);
        std::normal_distribution<double> noise(0.0, 0.3);
        std::vector<double> searches;
        for (int t = 0; t < 40; ++t)
            searches.push_back(20 + 10 * std::sin(t / 3.0) + (t % 5));
        std::vector<double> sales(40, kNaN);
        for (size_t t = 2; t < 40; ++t)
            sales[t] = 3 + 0.5 * searches[t - 2] + noise(random);
        const std::optional<LeadingFit> fit = fitLeadingSignal(sales, searches);
        QVERIFY(fit);
        QCOMPARE(fit->lag, 2);
        QVERIFY2(close(fit->conversion, 0.5, 0.05), qPrintable(QString::number(fit->conversion)));
        QVERIFY2(close(fit->base, 3, 0.3), qPrintable(QString::number(fit->base)));
        QVERIFY(fit->explained > 0.95);
        QCOMPARE(fit->points, kSignalFitWindow);

        // The next two periods come from searches already seen; the third has not been searched yet.
        QVERIFY(close(*leadingMean(*fit, searches, 40, 1), fit->base + fit->conversion * searches[38]));
        QVERIFY(close(*leadingMean(*fit, searches, 40, 2), fit->base + fit->conversion * searches[39]));
        QVERIFY(!leadingMean(*fit, searches, 40, 3));

        // Laid over a forecast: the first two steps follow the searches, for a quarter of the sales.
        Forecast forecast = flatForecast(1.0, 4);
        QCOMPARE(overlayLeadingSignal(forecast, *fit, searches, 40, 0.25), 2);
        QVERIFY(close(forecast.mean[0], 0.25 * *leadingMean(*fit, searches, 40, 1)));
        QVERIFY(forecast.lower95[0] <= forecast.lower80[0] && forecast.lower80[0] <= forecast.mean[0]);
        QVERIFY(forecast.mean[0] <= forecast.upper80[0] && forecast.upper80[0] <= forecast.upper95[0]);
        QCOMPARE(forecast.mean[2], 1.0);
    }

    void noSignalNoLead()
    {
        const std::vector<double> sales { 5, 7, 6, 5, 8, 6, 7, 5, 6, 7, 5, 6 };
        // A signal that never moves says nothing; so does one that moves against the sales.
        QVERIFY(!fitLeadingSignal(sales, std::vector<double>(12, 10.0)));
        std::vector<double> against;
        for (size_t t = 0; t < sales.size(); ++t)
            against.push_back(t + 1 < sales.size() ? 20 - sales[t + 1] : 10);
        const std::optional<LeadingFit> fit = fitLeadingSignal(sales, against);
        QVERIFY(!fit || fit->lag != 1);
        // Too few periods where both are known.
        std::vector<double> unknown(12, kNaN);
        unknown[10] = 3;
        QVERIFY(!fitLeadingSignal(sales, unknown));
        QVERIFY(!fitLeadingSignal({}, {}));
    }

    void salesFileIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sales.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Qty;SKU;Date\n2;A;2024-01-03\n-1;A;2024-01-02 14:00:00\n5;B;2024-01-09\nx;B;2024-01-10\n");
        file.close();
        auto sales = readSalesFile(path);
        QVERIFY2(sales, qPrintable(sales ? QString() : sales.error().describe()));
        QCOMPARE(sales->rows, qint64(4));
        QCOMPARE(sales->skippedRows, qint64(1));
        QVERIFY(sales->firstSkip.contains(QStringLiteral("line 5")));
        QCOMPARE(sales->bySku.size(), size_t(2));
        QCOMPARE(sales->bySku.at(QStringLiteral("A")).size(), size_t(2));
        QCOMPARE(sales->lastDay, QDate(2024, 1, 9));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("day,sku,qty\n2024-01-03,A,2\n");
        file.close();
        const auto missing = readSalesFile(path);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Format);
        QCOMPARE(missing.error().column, QStringLiteral("date"));
    }

    void accuracyMeasuresMatchTheirDefinitions()
    {
        Forecast f;
        f.mean = { 5, 5 };
        f.lower80 = { 4, 4 };
        f.upper80 = { 6, 6 };
        f.lower95 = { 3, 3 };
        f.upper95 = { 8, 8 };
        AccuracyTally tally;
        tally.add(std::vector<double> { 1, 2, 3, 4 }, 1, f, std::vector<double> { 5, 7 });
        const Accuracy a = tally.result();
        QVERIFY(close(a.wape, 2.0 / 12));
        QVERIFY(close(a.bias, -2.0 / 12));
        QVERIFY(close(a.smape, (0 + 200.0 * 2 / 12) / 2));
        QVERIFY(close(a.mase, 1.0)); // mean error 1, naive scale 1
        QVERIFY(close(a.coverage80, 0.5));
        QVERIFY(close(a.coverage95, 1.0));
        QCOMPARE(a.points, 2);
    }

    void backtestsScoreHeldBackPeriods()
    {
        const Series series { synthetic(60, 100, 0.5, 12, 20, 4), 12 };
        ForecastOptions options;
        options.horizon = 6;
        auto holdout = holdoutBacktest(series, options);
        QVERIFY(holdout);
        QCOMPARE(holdout->points, 6);
        QVERIFY(holdout->mase > 0 && holdout->mase < 2);
        auto rolling = rollingOriginBacktest(series, options, 4);
        QVERIFY(rolling);
        QCOMPARE(rolling->series, 4);
        QCOMPARE(rolling->points, 24);
        QVERIFY(rolling->coverage95 >= rolling->coverage80);
        QVERIFY(!rollingOriginBacktest(Series { { 1, 2, 3 }, 1 }, options, 1));
    }

    void beatsNaive2OnAnM3Slice()
    {
        FLYWHEEL_REQUIRE_SHARED();
        const QString folder = test::sharedPath(QStringLiteral("data/m3_competition/"));
        // Every 25th series: 121 series across all periods and domains.
        struct M3 {
            int period = 1;
            int horizon = 0;
            std::vector<double> train;
            std::vector<double> test;
        };
        std::map<std::string, M3> slice;
        auto info = CsvReader::open(folder + QStringLiteral("m3_series_info.csv"));
        QVERIFY(info);
        for (int row = 0; info->next().value_or(false); ++row)
            if (row % 25 == 0)
                slice[std::string(info->fields()[0])]
                    = M3 { int(number(info->fields()[3])), int(number(info->fields()[7])), {}, {} };
        auto values = CsvReader::open(folder + QStringLiteral("m3_series_values.csv"));
        QVERIFY(values);
        while (values->next().value_or(false)) {
            const auto found = slice.find(std::string(values->fields()[0]));
            if (found != slice.end())
                (values->fields()[1] == "train" ? found->second.train : found->second.test)
                    .push_back(number(values->fields()[3]));
        }
        QCOMPARE(slice.size(), size_t(121));
        AccuracyTally automatic;
        AccuracyTally naive2;
        for (const auto& [id, series] : slice) {
            QCOMPARE(int(series.test.size()), series.horizon);
            const Series history { series.train, series.period };
            automatic.add(series.train, series.period, run(history, series.horizon), series.test);
            naive2.add(series.train, series.period, run(history, series.horizon, Method::Naive2), series.test);
        }
        const double ours = automatic.result().smape;
        const double benchmark = naive2.result().smape;
        qInfo("M3 slice of %zu series: sMAPE %.2f (Naive2 %.2f)", slice.size(), ours, benchmark);
        // M3 published: Naive2 15.5, Theta 13.0 overall; a method at Theta's level is 15 % better.
        QVERIFY2(ours < 0.92 * benchmark, qPrintable(QStringLiteral("%1 vs Naive2 %2").arg(ours).arg(benchmark)));
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "test_forecast.moc"
