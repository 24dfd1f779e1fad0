// Prints how the price response reads public data: dunnhumby "Breakfast at the Frat" (weekly units,
// price and base price per store and UPC, with feature, display and TPR-only flags):
//  - the elasticity of units to price per UPC, pooling its stores (each with its own level), with
//    feature and display as controls: the share with the right sign, the share significantly
//    negative, quartiles and the median per category, and what shrinkage to the category changes;
//  - the lift of feature, display and TPR-only weeks against a baseline, the median of the weeks
//    without a promotion within 4 weeks either side in the same series, and the lifts the fit reads
//    off its flags;
//  - every store x UPC series fitted alone, then shrunk (towards its category, and towards its UPC):
//    how many have the right sign before and after, and how far they are from the UPC's pooled value;
//  - the time each step takes.
// A week without a row is unknown (no price is known for it), not a week of zero sales.
// Usage: report_prices [--shared DIR]
#include "ProcessSetup.h"
#include "customers/PriceHistory.h"
#include "customers/PriceResponse.h"
#include "forecast_data.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace {
using namespace flywheel::customers;
using report::fromUtf8;
using report::number;
using report::out;
using report::readCsv;

struct Data {
    std::vector<PriceSeries> series; ///< one per store and UPC; productId = UPC, group = store
    std::vector<std::vector<bool>> tprOnly; ///< per series, per week
    QHash<std::int64_t, QString> categoryOfUpc;
    qint64 rows = 0;
    qint64 skipped = 0; ///< rows without a price or base price
};

Data load(const QString& shared)
{
    const QString folder = shared + QStringLiteral("/data/dunnhumby_breakfast_at_the_frat");
    Data data;
    if (!readCsv(folder + QStringLiteral("/products.csv"), { QStringLiteral("upc_id"), QStringLiteral("category") },
            [&](const std::vector<std::string_view>& f) {
                data.categoryOfUpc.insert(std::int64_t(number(f[0])), fromUtf8(f[1]));
            }))
        return {};
    struct Week {
        PriceWeek week;
        bool tprOnly = false;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<Week>> byKey;
    if (!readCsv(folder + QStringLiteral("/transactions.csv"),
            { QStringLiteral("week_end_date"), QStringLiteral("store_id"), QStringLiteral("upc_id"),
                QStringLiteral("units"), QStringLiteral("price"), QStringLiteral("base_price"),
                QStringLiteral("feature"), QStringLiteral("display"), QStringLiteral("tpr_only") },
            [&](const std::vector<std::string_view>& f) {
                ++data.rows;
                const QDate weekEnd = QDate::fromString(fromUtf8(f[0]), Qt::ISODate);
                const double units = number(f[3]);
                const double price = number(f[4]);
                const double base = number(f[5]);
                if (!weekEnd.isValid() || !std::isfinite(units) || !(price > 0) || !(base > 0)) {
                    ++data.skipped;
                    return;
                }
                const Week week { { weekNumber(weekEnd), units, price, base, number(f[6]) == 1, number(f[7]) == 1 },
                    number(f[8]) == 1 };
                byKey[{ std::int64_t(number(f[2])), std::int64_t(number(f[1])) }].push_back(week);
            }))
        return {};
    for (auto& [key, weeks] : byKey) {
        std::ranges::sort(weeks, {}, [](const Week& w) { return w.week.week; });
        PriceSeries series { key.first, data.categoryOfUpc.value(key.first, QStringLiteral("unknown")), key.second,
            {} };
        std::vector<bool> tpr;
        for (const Week& w : weeks) {
            series.weeks.push_back(w.week);
            tpr.push_back(w.tprOnly);
        }
        data.series.push_back(std::move(series));
        data.tprOnly.push_back(std::move(tpr));
    }
    return data;
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nan("");
    std::ranges::sort(values);
    const double at = q * double(values.size() - 1);
    const auto below = size_t(std::floor(at));
    const size_t above = std::min(values.size() - 1, below + 1);
    return values[below] + (at - double(below)) * (values[above] - values[below]);
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%' : QStringLiteral("-");
}

/// "n, median, quartiles" of a distribution.
QString distribution(const std::vector<double>& values, int decimals = 2)
{
    return QStringLiteral("n %1, median %2, quartiles %3 .. %4")
        .arg(values.size())
        .arg(fixed(quantile(values, 0.5), decimals), fixed(quantile(values, 0.25), decimals),
            fixed(quantile(values, 0.75), decimals));
}

struct SignCount {
    qint64 estimated = 0;
    qint64 negative = 0;
    qint64 significant = 0; ///< negative with the 95 % interval below zero
    void add(const Estimate& e)
    {
        ++estimated;
        negative += e.value < 0 ? 1 : 0;
        significant += e.value + 1.96 * e.standardError < 0 ? 1 : 0;
    }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("%1 estimated, negative %2, significantly negative %3")
            .arg(estimated)
            .arg(percent(negative, estimated), percent(significant, estimated));
    }
};

QString reasons(const std::vector<ProductPriceResponse>& products)
{
    std::map<QString, int> counts;
    for (const ProductPriceResponse& product : products)
        if (product.own.reason)
            ++counts[noEstimateKey(*product.own.reason)];
    QStringList parts;
    for (const auto& [key, count] : counts)
        parts << QStringLiteral("%1 %2").arg(key).arg(count);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

std::map<std::int64_t, Estimate> reportPerUpc(const Data& data)
{
    out() << "\n== Elasticity per UPC, its stores pooled (a level per store; feature, display, trend, season "
             "as controls) ==\n";
    QElapsedTimer timer;
    timer.start();
    const PriceResponses responses = estimatePriceResponses(data.series);
    const qint64 elapsed = timer.elapsed();
    SignCount own;
    SignCount shrunk;
    std::vector<double> values;
    std::map<QString, std::vector<double>> byCategory;
    std::map<std::int64_t, Estimate> pooled;
    std::vector<double> featureLifts;
    std::vector<double> displayLifts;
    for (const ProductPriceResponse& product : responses.products) {
        shrunk.add(product.shrunk);
        if (!product.own.elasticity)
            continue;
        own.add(*product.own.elasticity);
        values.push_back(product.own.elasticity->value);
        byCategory[product.category].push_back(product.own.elasticity->value);
        pooled[product.productId] = *product.own.elasticity;
        if (product.own.feature)
            featureLifts.push_back(product.own.feature->lift);
        if (product.own.display)
            displayLifts.push_back(product.own.display->lift);
    }
    out() << "UPCs: " << responses.products.size()
          << "; without an estimate of their own: " << reasons(responses.products) << "\n";
    out() << "own:    " << own.describe() << "\n";
    out() << "        elasticity " << distribution(values) << "\n";
    out() << "shrunk: " << shrunk.describe() << "\n";
    for (const CategoryPriceResponse& category : responses.categories) {
        out() << "  " << category.category.leftJustified(24) << " UPCs " << category.products << ", median own "
              << fixed(quantile(byCategory[category.category], 0.5)) << ", pooled "
              << (category.pooled.elasticity ? fixed(category.pooled.elasticity->value) + QStringLiteral(" (se ")
                             + fixed(category.pooled.elasticity->standardError) + u')'
                                             : noEstimateKey(*category.pooled.reason))
              << ", spread between UPCs " << fixed(category.spread) << ", weeks " << category.pooled.observations
              << "\n";
    }
    out() << "fitted lift, feature: " << distribution(featureLifts) << "\n";
    out() << "fitted lift, display: " << distribution(displayLifts) << "\n";
    out() << "time: " << elapsed << " ms for " << responses.products.size() << " UPC fits and "
          << responses.categories.size() << " category fits (" << data.series.size() << " series)\n";
    return pooled;
}

/// The same per-UPC fit with how busy the store was that week (units of the other UPCs) as one more
/// control: shows how much of the response a busy week explains.
void reportWithTraffic(const Data& data)
{
    std::map<std::pair<std::int64_t, int>, double> storeUnits;
    for (const PriceSeries& series : data.series)
        for (const PriceWeek& week : series.weeks)
            storeUnits[{ series.group, week.week }] += week.units;
    std::vector<PriceSeries> withTraffic = data.series;
    for (PriceSeries& series : withTraffic)
        for (PriceWeek& week : series.weeks)
            week.otherUnits = storeUnits[{ series.group, week.week }] - week.units;
    QElapsedTimer timer;
    timer.start();
    const PriceResponses responses = estimatePriceResponses(withTraffic);
    SignCount own;
    std::vector<double> values;
    for (const ProductPriceResponse& product : responses.products) {
        if (!product.own.elasticity)
            continue;
        own.add(*product.own.elasticity);
        values.push_back(product.own.elasticity->value);
    }
    out() << "with store traffic as a control: " << own.describe() << "\n        elasticity " << distribution(values)
          << " (" << timer.elapsed() << " ms)\n";
}

/// Units of each promoted week over the median of the same series' weeks without any promotion
/// within 4 weeks either side.
void reportBaselineLifts(const Data& data)
{
    out() << "\n== Promotion lift against the baseline (median of non-promotion weeks within +-4 weeks) ==\n";
    QElapsedTimer timer;
    timer.start();
    std::vector<double> feature;
    std::vector<double> display;
    std::vector<double> tpr;
    std::vector<double> none;
    std::map<QString, std::vector<double>> featureByCategory;
    qint64 withoutBaseline = 0;
    for (size_t s = 0; s < data.series.size(); ++s) {
        const std::vector<PriceWeek>& weeks = data.series[s].weeks;
        const std::vector<bool>& tprOnly = data.tprOnly[s];
        const auto promoted = [&](size_t w) { return weeks[w].feature || weeks[w].display || tprOnly[w]; };
        for (size_t w = 0; w < weeks.size(); ++w) {
            std::vector<double> around;
            for (size_t o = 0; o < weeks.size(); ++o)
                if (o != w && !promoted(o) && std::abs(weeks[o].week - weeks[w].week) <= 4)
                    around.push_back(weeks[o].units);
            if (around.size() < 2 || quantile(around, 0.5) <= 0) {
                withoutBaseline += promoted(w) ? 1 : 0;
                continue;
            }
            const double lift = weeks[w].units / quantile(around, 0.5) - 1;
            if (weeks[w].feature) {
                feature.push_back(lift);
                featureByCategory[data.series[s].category].push_back(lift);
            }
            if (weeks[w].display)
                display.push_back(lift);
            if (tprOnly[w])
                tpr.push_back(lift);
            if (!promoted(w))
                none.push_back(lift);
        }
    }
    const auto line = [](const char* name, const std::vector<double>& lifts) {
        const auto up = std::ranges::count_if(lifts, [](double l) { return l > 0; });
        out() << "  " << QString::fromLatin1(name).leftJustified(22) << distribution(lifts) << ", share > 0 "
              << percent(up, qint64(lifts.size())) << "\n";
    };
    line("feature weeks", feature);
    line("display weeks", display);
    line("TPR-only weeks", tpr);
    line("weeks without (check)", none);
    for (const auto& [category, lifts] : featureByCategory)
        out() << "    feature, " << category.leftJustified(24) << " median lift " << fixed(quantile(lifts, 0.5))
              << "\n";
    out() << "promoted weeks without a baseline (fewer than 2 plain weeks near, or a zero median): " << withoutBaseline
          << "\ntime: " << timer.elapsed() << " ms\n";
}

void reportSeriesAlone(const Data& data, const std::map<std::int64_t, Estimate>& perUpc)
{
    out() << "\n== Each store x UPC series alone, then shrunk ==\n";
    // Each series becomes a product of its own; once in its UPC's category, once with its UPC as category.
    std::vector<PriceSeries> inCategory = data.series;
    std::vector<PriceSeries> inUpc = data.series;
    std::vector<std::int64_t> upcOf(data.series.size());
    for (size_t s = 0; s < data.series.size(); ++s) {
        upcOf[s] = data.series[s].productId;
        inCategory[s].productId = inUpc[s].productId = std::int64_t(s);
        inCategory[s].group = inUpc[s].group = 0;
        inUpc[s].category = QString::number(upcOf[s]);
    }
    QElapsedTimer timer;
    timer.start();
    const PriceResponses towardsCategory = estimatePriceResponses(inCategory);
    const qint64 categoryElapsed = timer.restart();
    const PriceResponses towardsUpc = estimatePriceResponses(inUpc);
    const qint64 upcElapsed = timer.elapsed();

    SignCount alone;
    SignCount shrunkCategory;
    SignCount shrunkUpc;
    std::vector<double> aloneValues;
    std::vector<double> categoryValues;
    std::vector<double> upcValues;
    std::vector<double> aloneOff;
    std::vector<double> categoryOff;
    std::vector<double> upcOff;
    for (size_t s = 0; s < data.series.size(); ++s) {
        const ProductPriceResponse& a = towardsCategory.products[s];
        const ProductPriceResponse& b = towardsUpc.products[s];
        if (!a.own.elasticity)
            continue;
        alone.add(*a.own.elasticity);
        shrunkCategory.add(a.shrunk);
        shrunkUpc.add(b.shrunk);
        aloneValues.push_back(a.own.elasticity->value);
        categoryValues.push_back(a.shrunk.value);
        upcValues.push_back(b.shrunk.value);
        const auto upc = perUpc.find(upcOf[s]);
        if (upc == perUpc.end())
            continue;
        aloneOff.push_back(std::abs(a.own.elasticity->value - upc->second.value));
        categoryOff.push_back(std::abs(a.shrunk.value - upc->second.value));
        upcOff.push_back(std::abs(b.shrunk.value - upc->second.value));
    }
    out() << "series: " << data.series.size()
          << "; without an estimate of their own: " << reasons(towardsCategory.products) << "\n";
    out() << "alone:                 " << alone.describe() << "\n      elasticity " << distribution(aloneValues)
          << "\n";
    out() << "shrunk to category:    " << shrunkCategory.describe() << "\n      elasticity "
          << distribution(categoryValues) << "\n";
    out() << "shrunk to its UPC:     " << shrunkUpc.describe() << "\n      elasticity " << distribution(upcValues)
          << "\n";
    out() << "distance to the UPC's pooled estimate (all stores): alone " << distribution(aloneOff)
          << "\n      shrunk to category " << distribution(categoryOff) << "\n      shrunk to UPC "
          << distribution(upcOff) << "\n";
    out() << "time: " << categoryElapsed << " ms (" << fixed(double(categoryElapsed) / double(data.series.size()), 3)
          << " ms per series, category pools included); towards the UPC " << upcElapsed << " ms\n";
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
    parser.addOption(sharedOption);
    parser.process(app);

    QElapsedTimer timer;
    timer.start();
    const Data data = load(parser.value(sharedOption));
    if (data.series.empty()) {
        out() << "dunnhumby Breakfast at the Frat not found under " << parser.value(sharedOption) << "\n";
        return 1;
    }
    out() << "dunnhumby Breakfast at the Frat: " << data.rows << " rows, " << data.skipped
          << " without a price or base price left out, " << data.series.size() << " store x UPC series, "
          << data.categoryOfUpc.size() << " UPCs listed; read in " << timer.elapsed() << " ms\n";
    out() << "How to read:\n"
             "  - elasticity: % change in units for a 1 % lower price relative to the base price; -2 means 10 % off "
             "sells about 21 % more. Right sign = negative.\n"
             "  - significantly negative: the 95 % interval (estimate + 1.96 se) lies below zero.\n"
             "  - shrunk: the estimate pulled towards its category in proportion to its standard error; thin series "
             "move most.\n"
             "  - lift: units in the promoted week over the baseline, minus 1 (0.50 = 50 % more).\n";
    const std::map<std::int64_t, Estimate> perUpc = reportPerUpc(data);
    reportWithTraffic(data);
    reportBaselineLifts(data);
    reportSeriesAlone(data, perUpc);
    out() << Qt::flush;
    return 0;
}
