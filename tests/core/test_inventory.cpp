// The Inventory stage: demand series with days out of stock censored, the replenishment arithmetic
// (normal quantiles, reorder point and order-up-to level from the forecast's distribution, days of
// cover, stock age, overstock), the supplier terms per vendor, the stage on a hand-made store and on
// the demo store (its planted overstock), hostile histories, and the purchase orders the push writes.
#include "TestSupport.h"

#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "flywheel/Recommendation.h"
#include "stages/inventory/DemandHistory.h"
#include "stages/inventory/InventoryPush.h"
#include "stages/inventory/Replenishment.h"
#include "stages/inventory/StockHealth.h"
#include "stages/inventory/StockedVariants.h"
#include "stages/inventory/VariantForecasts.h"
#include "store/StoreSettings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <cmath>

using flywheel::test::TempStore;
using namespace flywheel::inventory;
using namespace Qt::StringLiterals;

namespace {

const QDate kMonday(2026, 1, 5);

/// A store written row by row: one product per call to addVariant, orders of one line each.
class HandMadeStore {
public:
    explicit HandMadeStore(TempStore& store)
        : m_store(store)
    {
        QVERIFY(
            m_store.db().exec("INSERT INTO locations (id, name, batch_id, last_batch_id) VALUES (1, 'Main', 1, 1)"));
    }

    std::int64_t addVariant(const QString& sku, const QString& vendor, std::int64_t priceMinor,
        std::optional<std::int64_t> costMinor = std::nullopt, const QString& status = u"active"_s)
    {
        auto product
            = m_store.db().prepare("INSERT INTO products (platform, source_key, handle, title, vendor, status, "
                                   "batch_id, last_batch_id) VALUES ('shopify', ?1, ?1, ?2, ?3, ?4, 1, 1)");
        product->bindAll(sku.toLower(), u"Product "_s + sku, vendor, status);
        if (!product->run())
            return 0;
        const std::int64_t productId = m_store.db().lastInsertRowId();
        auto variant = m_store.db().prepare(
            "INSERT INTO variants (product_id, source_key, sku, price_minor, cost_minor, currency, batch_id, "
            "last_batch_id) VALUES (?1, ?2, ?2, ?3, ?4, 'USD', 1, 1)");
        variant->bindAll(productId, sku, priceMinor, costMinor);
        if (!variant->run())
            return 0;
        return m_store.db().lastInsertRowId();
    }

    void sell(std::int64_t variantId, QDate day, int quantity, std::int64_t refundedMinor = 0, QTime utcTime = QTime(12, 0))
    {
        const QString key = u"o%1"_s.arg(++m_orders);
        auto order = m_store.db().prepare(
            "INSERT INTO orders (platform, source_key, created_at, currency, total_minor, refunded_minor, batch_id, "
            "last_batch_id) VALUES ('shopify', ?1, ?2, 'USD', ?3, ?4, 1, 1)");
        order->bindAll(key, QDateTime(day, utcTime, QTimeZone::utc()).toString(Qt::ISODate),
            std::int64_t(quantity) * 1000, refundedMinor);
        QVERIFY(order->run());
        auto line
            = m_store.db().prepare("INSERT INTO order_lines (order_id, line_no, variant_id, name, quantity, "
                                   "price_minor, batch_id, last_batch_id) VALUES (?1, 1, ?2, 'x', ?3, 1000, 1, 1)");
        line->bindAll(m_store.db().lastInsertRowId(), variantId, quantity);
        QVERIFY(line->run());
    }

    /// A weekly row of the site-search report.
    void searched(const QString& query, QDate monday, int searches)
    {
        auto row = m_store.db().prepare(
            "INSERT INTO search_terms (platform, source_key, period_start, query, searches, batch_id, last_batch_id) "
            "VALUES ('generic', ?1, ?2, ?3, ?4, 1, 1)");
        row->bindAll(query + monday.toString(Qt::ISODate), monday.toString(Qt::ISODate), query, searches);
        QVERIFY(row->run());
    }

    void readStock(std::int64_t variantId, QDate day, int available, int incoming = 0)
    {
        auto reading = m_store.db().prepare(
            "INSERT INTO inventory_levels (variant_id, location_id, read_on, available, on_hand, incoming, batch_id, "
            "last_batch_id) VALUES (?1, 1, ?2, ?3, ?3, ?4, 1, 1)");
        reading->bindAll(variantId, day.toString(Qt::ISODate), available, incoming);
        QVERIFY(reading->run());
    }

private:
    TempStore& m_store;
    int m_orders = 0;
};

std::optional<flywheel::StageRun> runInventory(TempStore& store)
{
    flywheel::Pipeline pipeline(flywheel::createStages());
    auto runs = pipeline.run(store.db(), u"inventory"_s, nullptr, 7, flywheel::Pipeline::Mode::Full);
    if (!runs || runs->isEmpty())
        return std::nullopt;
    return runs->back();
}

/// A forecast of `weekly` units every week for `weeks` weeks, with an 80 % range of +-1.2816 sd.
flywheel::forecast::Forecast steadyForecast(double weekly, double sd, int weeks)
{
    flywheel::forecast::Forecast f;
    f.model = u"test"_s;
    for (int h = 0; h < weeks; ++h) {
        f.mean.push_back(weekly);
        f.lower80.push_back(weekly - 1.2815515655446004 * sd);
        f.upper80.push_back(weekly + 1.2815515655446004 * sd);
        f.lower95.push_back(weekly - 1.96 * sd);
        f.upper95.push_back(weekly + 1.96 * sd);
    }
    return f;
}

VariantHistory history(
    std::initializer_list<std::pair<int, double>> sales, std::initializer_list<std::pair<int, int>> readings = {})
{
    VariantHistory h;
    for (const auto& [day, quantity] : sales)
        h.sales.push_back({ kMonday.addDays(day), quantity });
    for (const auto& [day, available] : readings)
        h.readings.push_back({ kMonday.addDays(day), available, 0 });
    return h;
}

/// One column of a stage table's row for `variantId`, as text.
QString column(TempStore& store, const char* table, const char* name, std::int64_t variantId)
{
    return store.value(
        "SELECT " + std::string(name) + " FROM " + table + " WHERE variant_id = " + std::to_string(variantId));
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT

private slots:
    void censorsFromTheLastSaleToTheNextSignOfStock()
    {
        // Sold on day 3; nothing left on day 10; sold again on day 15.
        const std::vector<bool> out
            = outOfStockDays(history({ { 3, 2 }, { 15, 1 } }, { { 10, 0 } }), kMonday, kMonday.addDays(20));
        QCOMPARE(out.size(), size_t(21));
        for (int day = 0; day < 21; ++day)
            QCOMPARE(out[size_t(day)], day >= 4 && day <= 14);

        // A later reading with stock ends the stockout before the next sale does.
        const std::vector<bool> restocked
            = outOfStockDays(history({ { 3, 2 }, { 18, 1 } }, { { 10, 0 }, { 12, 5 } }), kMonday, kMonday.addDays(20));
        for (int day = 0; day < 21; ++day)
            QCOMPARE(restocked[size_t(day)], day >= 4 && day <= 11);

        // Stock on hand censors nothing.
        const std::vector<bool> stocked
            = outOfStockDays(history({ { 3, 2 } }, { { 10, 4 } }), kMonday, kMonday.addDays(20));
        QVERIFY(std::ranges::none_of(stocked, [](bool day) { return day; }));
    }

    void salesCountOnTheStoresDay()
    {
        TempStore store;
        HandMadeStore shop(store);
        QVERIFY(flywheel::StoreSettings(store.db()).setTimeZone(QTimeZone("America/New_York")));
        const std::int64_t cap = shop.addVariant(u"CAP"_s, u"Acme"_s, 1000);
        // 21:00 on Monday and 02:00 on Tuesday in UTC are both Monday evening in New York.
        shop.sell(cap, kMonday, 2, 0, QTime(21, 0));
        shop.sell(cap, kMonday.addDays(1), 3, 0, QTime(2, 0));
        shop.sell(cap, kMonday.addDays(1), 1, 0, QTime(16, 0));
        const auto histories = readDemandHistories(store.db(), std::nullopt);
        QVERIFY(histories);
        QCOMPARE(histories->lastDay, kMonday.addDays(1));
        QCOMPARE(histories->variants.size(), size_t(1));
        const auto& sales = histories->variants.front().sales;
        QCOMPARE(sales.size(), size_t(2));
        QCOMPARE(sales[0].date, kMonday);
        QCOMPARE(sales[0].quantity, 5.0);
        QCOMPARE(sales[1].date, kMonday.addDays(1));
        QCOMPARE(sales[1].quantity, 1.0);
    }

    void weeksMostlyOutOfStockAreUnknownNotZero()
    {
        // Three units every Monday for six weeks, the last of them taking the last unit: out of stock
        // from the Tuesday of week 6 on, so week 6 (six days out) is unknown too.
        VariantHistory h;
        for (int week = 0; week < 6; ++week)
            h.sales.push_back({ kMonday.addDays(7 * week), 3 });
        h.readings.push_back({ kMonday.addDays(7 * 7), 0, 0 });
        const DemandSeries demand = buildDemandSeries(h, kMonday.addDays(7 * 9 - 1));
        QCOMPARE(demand.frequency, flywheel::forecast::Frequency::Weekly);
        QCOMPARE(demand.firstPeriod, kMonday);
        QCOMPARE(demand.series.values.size(), size_t(9));
        for (int week = 0; week < 5; ++week)
            QCOMPARE(demand.series.values[size_t(week)], 3.0);
        for (int week = 5; week < 9; ++week)
            QVERIFY(std::isnan(demand.series.values[size_t(week)]));
        QCOMPARE(demand.censoredPeriods, 4);
        QCOMPARE(demand.nextPeriod(), kMonday.addDays(63));
    }

    void fastMoversAreForecastByDay()
    {
        VariantHistory h;
        for (int day = 0; day < 7 * 20; ++day)
            h.sales.push_back({ kMonday.addDays(day), 3 });
        const DemandSeries demand = buildDemandSeries(h, kMonday.addDays(7 * 20 - 1));
        QCOMPARE(demand.frequency, flywheel::forecast::Frequency::Daily);
        QCOMPARE(demand.series.period, 7);
        QCOMPARE(demand.series.values.size(), size_t(140));

        // The same pace for only ten weeks stays weekly: too little history for days.
        VariantHistory young;
        for (int day = 0; day < 70; ++day)
            young.sales.push_back({ kMonday.addDays(day), 3 });
        QCOMPARE(buildDemandSeries(young, kMonday.addDays(69)).frequency, flywheel::forecast::Frequency::Weekly);
    }

    void normalQuantilesMatchTheTables()
    {
        QCOMPARE(normalQuantile(0.5), 0.0);
        QVERIFY(std::abs(normalQuantile(0.95) - 1.6448536269514722) < 1e-9);
        QVERIFY(std::abs(normalQuantile(0.999) - 3.090232306167813) < 1e-9);
        QVERIFY(std::abs(normalQuantile(0.1) + 1.2815515655446004) < 1e-9);
    }

    void reorderPointAndOrderUpToComeFromTheForecastDistribution()
    {
        // 7 units a week with a weekly sd of 2: over 14 days the mean is 14, the sd 2 * sqrt(2).
        const DailyDemand demand(steadyForecast(7, 2, 12), flywheel::forecast::Frequency::Weekly);
        QVERIFY(std::abs(demand.mean(14) - 14.0) < 1e-9);
        QVERIFY(std::abs(demand.variance(14) - 8.0) < 1e-9);
        ReplenishmentTerms terms;
        terms.leadTimeDays = 14;
        terms.reviewDays = 7;
        terms.serviceLevel = 0.95;
        const double z = normalQuantile(0.95);

        const Replenishment low = planReplenishment(demand, 10, 4, terms);
        QVERIFY(std::abs(low.reorderPoint - (14.0 + z * std::sqrt(8.0))) < 1e-9);
        QVERIFY(std::abs(low.orderUpTo - (21.0 + z * std::sqrt(12.0))) < 1e-9);
        QCOMPARE(low.suggestedOrder, int(std::ceil(low.orderUpTo - 14.0)));
        QVERIFY(std::abs(low.weeklyDemand - 7.0) < 1e-9);
        QVERIFY(std::abs(*low.daysOfCover - 10.0) < 1e-9); // 10 units at one a day
        QVERIFY(low.stockoutRisk > 0.4 && low.stockoutRisk < 0.6); // stock plus incoming = expected demand
        QCOMPARE(low.unitsShort, 0.0);

        // Enough on the way: nothing to order, little risk.
        const Replenishment covered = planReplenishment(demand, 10, 30, terms);
        QCOMPARE(covered.suggestedOrder, 0);
        QVERIFY(covered.stockoutRisk < 0.01);

        // A higher service level asks for more safety stock.
        terms.serviceLevel = 0.99;
        QVERIFY(planReplenishment(demand, 10, 4, terms).reorderPoint > low.reorderPoint);
    }

    void overstockIsStockBeyondTheThresholdWeeks()
    {
        const DailyDemand demand(steadyForecast(2, 1, 12), flywheel::forecast::Frequency::Weekly);
        ReplenishmentTerms terms;
        terms.overstockWeeks = 26;
        // 26 weeks sell 52 on average, 52 + 1.2816 * sqrt(26) = 58.5 at the upper end of the 80 % range.
        QCOMPARE(planReplenishment(demand, 52, 0, terms).overstockUnits, 0);
        QCOMPARE(planReplenishment(demand, 70, 0, terms).overstockUnits, 11);
        QCOMPARE(planReplenishment(demand, 62, 0, terms).overstockUnits, 0); // 3.5 surplus: too few to act on
        // Demand beyond the forecast's twelve weeks continues at its last pace.
        QVERIFY(std::abs(*demand.daysToSell(60) - 210.0) < 1e-9);
    }

    void stockAgeCountsBackThroughTheSalesThatMatchTheStock()
    {
        const std::vector<flywheel::forecast::DatedQuantity> sales
            = { { kMonday, 5 }, { kMonday.addDays(30), 4 }, { kMonday.addDays(50), 2 } };
        const QDate last = kMonday.addDays(60);
        QCOMPARE(estimateStockAgeDays(sales, 2, last), std::optional(10));
        QCOMPARE(estimateStockAgeDays(sales, 6, last), std::optional(30));
        QCOMPARE(estimateStockAgeDays(sales, 100, last), std::optional(60)); // at least the whole history
        QCOMPARE(estimateStockAgeDays(sales, 0, last), std::nullopt);
    }

    void vendorTermsOverrideTheStoreSettings()
    {
        TempStore store;
        QVERIFY(saveVendorTerms(store.db(), { u"Slow Mills"_s, 60, std::nullopt }));
        QVERIFY(saveVendorTerms(store.db(), { u"Careful Co"_s, std::nullopt, 99.0 }));
        QVERIFY(!saveVendorTerms(store.db(), { u"Bad"_s, 0, std::nullopt }));
        QVERIFY(!saveVendorTerms(store.db(), { u"Bad"_s, std::nullopt, 100.0 }));
        auto terms = TermsByVendor::read(store.db());
        QVERIFY(terms);
        QCOMPARE(terms->termsFor(u"Slow Mills"_s).leadTimeDays, 60);
        QCOMPARE(terms->termsFor(u"Slow Mills"_s).serviceLevel, 0.95);
        QCOMPARE(terms->termsFor(u"Careful Co"_s).leadTimeDays, 14);
        QCOMPARE(terms->termsFor(u"Careful Co"_s).serviceLevel, 0.99);
        QCOMPARE(terms->termsFor(u"Anyone"_s).leadTimeDays, 14);
        // Clearing both terms forgets the vendor.
        QVERIFY(saveVendorTerms(store.db(), { u"Slow Mills"_s, std::nullopt, std::nullopt }));
        QCOMPARE(readVendorTerms(store.db())->size(), 1);
    }

    void firstWeeksFollowTheSearchesSalesTrail()
    {
        TempStore store;
        HandMadeStore shop(store);
        // Rain jackets sell an eighth of what was searched for them two weeks before; caps sell
        // steadily whatever shoppers search.
        const std::int64_t jacket = shop.addVariant(u"RAIN-1"_s, u"Acme"_s, 9000);
        const std::int64_t cap = shop.addVariant(u"CAP-1"_s, u"Acme"_s, 2000);
        // Trail runners follow the same way, selling enough to be forecast by day.
        const std::int64_t runner = shop.addVariant(u"TRAIL-1"_s, u"Acme"_s, 12000);
        QVERIFY(store.db().exec("UPDATE products SET title = 'Trail Runner' WHERE handle = 'trail-1'"));
        QVERIFY(store.db().exec("UPDATE products SET title = 'Rain Jacket' WHERE handle = 'rain-1'"));
        QVERIFY(store.db().exec("UPDATE products SET title = 'Wool Cap' WHERE handle = 'cap-1'"));
        constexpr int kWeeks = 40;
        std::vector<int> searches;
        for (int week = 0; week < kWeeks; ++week)
            searches.push_back(int(std::lround(60 + 40 * std::sin(week / 2.5))));
        for (int week = 0; week < kWeeks; ++week) {
            const QDate monday = kMonday.addDays(7 * week);
            shop.searched(u"rain jacket"_s, monday, searches[size_t(week)]);
            shop.searched(u"wool cap"_s, monday, 30 + (week * 7) % 11);
            shop.searched(u"trail runner"_s, monday, 2 * searches[size_t(week)]);
            if (week >= 2) {
                shop.sell(jacket, monday.addDays(2), int(std::lround(searches[size_t(week - 2)] / 8.0)));
                for (int day = 0; day < 7; ++day)
                    shop.sell(runner, monday.addDays(day), int(std::lround(searches[size_t(week - 2)] / 14.0)));
            }
            shop.sell(cap, monday.addDays(2), 6);
        }
        shop.sell(cap, kMonday.addDays(7 * kWeeks - 1), 1); // the day the data runs to

        const auto run = runInventory(store);
        QVERIFY(run && run->status == u"ok"_s);
        QVERIFY2(run->summary.headline.contains(u"2 product"_s), qPrintable(run->summary.headline));
        QVERIFY2(column(store, "inventory_forecasts", "model", jacket).endsWith(u" + search lead"_s),
            qPrintable(column(store, "inventory_forecasts", "model", jacket)));
        QVERIFY(!column(store, "inventory_forecasts", "model", cap).contains(u"search"_s));
        QCOMPARE(column(store, "inventory_forecasts", "period", jacket), u"week"_s);
        QVERIFY(column(store, "inventory_forecasts", "note", jacket).contains(u"searches 2 week"_s));

        // The next two weeks are what the last two weeks' searches foretell.
        const QJsonObject forecast
            = QJsonDocument::fromJson(column(store, "inventory_forecasts", "forecast", jacket).toUtf8()).object();
        const QJsonArray mean = forecast.value(u"mean"_s).toArray();
        for (int step = 0; step < 2; ++step) {
            const double foretold = searches[size_t(kWeeks - 2 + step)] / 8.0;
            QVERIFY2(std::abs(mean.at(step).toDouble() - foretold) < 0.1 * foretold + 1,
                qPrintable(u"week %1: %2 against %3"_s.arg(step + 1).arg(mean.at(step).toDouble()).arg(foretold)));
        }
        // By day: the next week's days add up to what the searches of two weeks before foretell.
        QCOMPARE(column(store, "inventory_forecasts", "period", runner), u"day"_s);
        QVERIFY(column(store, "inventory_forecasts", "model", runner).endsWith(u" + search lead"_s));
        const QJsonArray days = QJsonDocument::fromJson(column(store, "inventory_forecasts", "forecast", runner).toUtf8())
                                    .object()
                                    .value(u"mean"_s)
                                    .toArray();
        double nextWeek = 0;
        for (int day = 0; day < 7; ++day)
            nextWeek += days.at(day).toDouble();
        const double foretold = 7 * std::lround(searches[size_t(kWeeks - 2)] / 14.0);
        QVERIFY2(std::abs(nextWeek - foretold) < 0.1 * foretold + 1,
            qPrintable(u"%1 against %2"_s.arg(nextWeek).arg(foretold)));
    }

    void judgesAHandMadeStore()
    {
        TempStore store;
        HandMadeStore shop(store);
        const QDate last = kMonday.addDays(7 * 40 - 1);
        // Sells 5 a week, 6 left: reorder. Sells 5 a week, 400 left: overstocked.
        const std::int64_t low = shop.addVariant(u"LOW-1"_s, u"Acme"_s, 2500, 1000);
        const std::int64_t deep = shop.addVariant(u"DEEP-1"_s, u"Acme"_s, 2500, 1000);
        // Sold 5 a week until it ran out ten weeks ago; nothing since.
        const std::int64_t out = shop.addVariant(u"OUT-1"_s, u"=Formula Supplies"_s, 4000);
        // A draft product is never reordered.
        const std::int64_t draft = shop.addVariant(u"DRAFT-1"_s, u"Acme"_s, 2500, 1000, u"draft"_s);
        for (int week = 0; week < 40; ++week) {
            for (const std::int64_t id : { low, deep, draft })
                shop.sell(id, kMonday.addDays(7 * week + 2), 5);
            if (week < 30)
                shop.sell(out, kMonday.addDays(7 * week + 2), 5);
        }
        // A refunded order counts for what was kept: half of this one came back.
        shop.sell(low, last, 2, 1000);
        shop.readStock(low, last, 6);
        shop.readStock(deep, last, 400);
        shop.readStock(out, last, 0);
        shop.readStock(draft, last, 0);

        const auto run = runInventory(store);
        QVERIFY(run && run->status == u"ok"_s);
        QCOMPARE(store.value("SELECT status FROM inventory_health h JOIN variants v ON v.id = h.variant_id "
                             "WHERE v.sku = 'LOW-1'"),
            u"reorder"_s);
        QCOMPARE(column(store, "inventory_health", "status", deep), u"overstock"_s);
        QCOMPARE(column(store, "inventory_health", "status", out), u"out_of_stock"_s);
        QCOMPARE(column(store, "inventory_health", "status", draft), u"inactive"_s);
        // The weeks out of stock (the ten since, and the Wednesday-to-Sunday of its last sale) are
        // censored, not read as no demand: OUT-1 is still forecast at ~5 a week.
        QCOMPARE(column(store, "inventory_forecasts", "censored_periods", out), u"11"_s);
        const double outWeekly = column(store, "inventory_health", "weekly_demand", out).toDouble();
        QVERIFY2(outWeekly > 4.0 && outWeekly < 6.0, qPrintable(QString::number(outWeekly)));
        QVERIFY(column(store, "inventory_health", "revenue_at_risk_minor", out).toLongLong() > 0);
        // Overstock is valued at cost: (400 - 26 weeks * ~5) units * 10.00.
        const qint64 overstockValue = column(store, "inventory_health", "overstock_value_minor", deep).toLongLong();
        QVERIFY2(
            overstockValue > 250 * 1000 && overstockValue < 290 * 1000, qPrintable(QString::number(overstockValue)));
        // Steady sales backtest well, and the ranges hold.
        QVERIFY(column(store, "inventory_forecasts", "wape", low).toDouble() < 0.1);
        QCOMPARE(column(store, "inventory_forecasts", "period", low), u"week"_s);

        // Reorders are queued for LOW-1 and OUT-1, never for the draft.
        QCOMPARE(store.value("SELECT group_concat(subject_key, ' ') FROM (SELECT subject_key FROM recommendations "
                             "WHERE stage = 'inventory' AND kind = 'reorder' ORDER BY subject_key)"),
            u"variant:%1 variant:%2"_s.arg(low).arg(out));

        // Accepted reorders become one purchase order per vendor, with no cell a spreadsheet would run.
        QVERIFY(store.db().exec("UPDATE recommendations SET status = 'accepted' WHERE kind = 'reorder'"));
        const QString outDir = store.dir() + u"/push"_s;
        auto report = pushPurchaseOrders(store.db(), outDir);
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->files.size(), 2);
        QCOMPARE(report->actions, 2);
        QStringList names;
        for (const QString& file : report->files)
            names << QFileInfo(file).fileName().section(u'-', 0, -4);
        names.sort();
        QCOMPARE(names, QStringList({ u"purchase-order-acme"_s, u"purchase-order-formula-supplies"_s }));
        QFile acme(report->files.filter(u"purchase-order-acme-"_s).value(0));
        QVERIFY(acme.open(QIODevice::ReadOnly));
        const QByteArray acmeBytes = acme.readAll();
        QVERIFY(acmeBytes.startsWith("\xEF\xBB\xBF")); // a byte-order mark, for spreadsheets
        const QString acmeText = QString::fromUtf8(acmeBytes); // reads past the mark
        QVERIFY(acmeText.startsWith(u"Vendor,SKU,Product,Quantity,Unit cost,Line total,Currency\r\n"_s));
        const int quantity = column(store, "inventory_health", "suggested_order", low).toInt();
        QVERIFY(quantity > 0);
        QVERIFY2(
            acmeText.contains(u"Acme,LOW-1,Product LOW-1,%1,10.00,%2.00,USD\r\n"_s.arg(quantity).arg(quantity * 10)),
            qPrintable(acmeText));
        for (const QString& file : report->files) {
            if (!file.contains(u"formula"_s))
                continue;
            QFile formula(file);
            QVERIFY(formula.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(formula.readAll());
            QVERIFY2(text.contains(u"\r\n\"'=Formula Supplies\",OUT-1,"_s), qPrintable(text));
        }
        QCOMPARE(
            store.value("SELECT count(*) FROM recommendations WHERE kind = 'reorder' AND status = 'pushed'"), u"2"_s);
        // Pushed once: a second push writes nothing.
        auto again = pushPurchaseOrders(store.db(), outDir);
        QVERIFY(again && again->files.isEmpty());
    }

    void hostileHistoriesGetAForecastOrAReasonNeverNaN()
    {
        TempStore store;
        HandMadeStore shop(store);
        const std::int64_t single = shop.addVariant(u"ONE"_s, {}, 1000);
        const std::int64_t returns = shop.addVariant(u"RETURNS"_s, {}, 1000);
        const std::int64_t spike = shop.addVariant(u"SPIKE"_s, {}, 1000);
        const std::int64_t never = shop.addVariant(u"NEVER"_s, {}, 1000);
        shop.sell(single, kMonday, 1);
        shop.sell(returns, kMonday.addDays(1), 3);
        shop.sell(returns, kMonday.addDays(9), -5);
        for (int week = 0; week < 30; ++week)
            shop.sell(spike, kMonday.addDays(7 * week), week == 12 ? 5000 : 2);
        shop.sell(spike, kMonday.addDays(7 * 30 + 6), 1); // the day the data runs to
        for (const std::int64_t id : { single, returns, spike, never })
            shop.readStock(id, kMonday.addDays(7 * 30 + 6), 3);

        const auto run = runInventory(store);
        QVERIFY2(run && run->status == u"ok"_s, run ? qPrintable(run->message) : "no run");
        auto select = store.db().prepare("SELECT forecast FROM inventory_forecasts");
        QVERIFY(select);
        int forecasts = 0;
        QVERIFY(select->forEachRow([&](flywheel::Statement& row) {
            ++forecasts;
            const QJsonObject object = QJsonDocument::fromJson(row.text(0).toUtf8()).object();
            for (const QString& key : { u"mean"_s, u"lower80"_s, u"upper80"_s, u"lower95"_s, u"upper95"_s }) {
                const QJsonArray values = object.value(key).toArray();
                QCOMPARE(values.size(), 12);
                for (const QJsonValue& value : values)
                    QVERIFY(value.isDouble() && std::isfinite(value.toDouble()));
            }
        }));
        QCOMPARE(forecasts, 3); // NEVER sold: no forecast, but its stock is still judged
        QCOMPARE(column(store, "inventory_health", "status", never), u"no_demand"_s);
        // The spike is repaired: the weekly demand stays near 2.
        const double spikeWeekly = column(store, "inventory_health", "weekly_demand", spike).toDouble();
        QVERIFY2(spikeWeekly < 10, qPrintable(QString::number(spikeWeekly)));
        QCOMPARE(store.value("SELECT count(*) FROM inventory_health WHERE weekly_demand <> weekly_demand"), u"0"_s);
    }

    void findsThePlantedOverstockOfTheDemoStore()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + u"/demo"_s;
        auto reports = flywheel::demo::createDemoStore(store.db(), options);
        QVERIFY2(reports, reports ? "" : qPrintable(reports.error().describe()));
        const auto run = runInventory(store);
        QVERIFY(run && run->status == u"ok"_s);
        QVERIFY(run->summary.figure.has_value());

        QSet<QString> planted;
        for (const QJsonValue& sku : flywheel::test::groundTruth(options.outDir).value(u"overstocked_skus"_s).toArray())
            planted.insert(sku.toString());
        QVERIFY(planted.size() >= 8);
        QSet<QString> found;
        auto select = store.db().prepare("SELECT v.sku FROM inventory_health h JOIN variants v ON v.id = h.variant_id "
                                         "WHERE h.status = 'overstock'");
        QVERIFY(select);
        QVERIFY(select->forEachRow([&](flywheel::Statement& row) { found.insert(row.text(0)); }));
        const double recall = double((found & planted).size()) / planted.size();
        const double precision = found.isEmpty() ? 0 : double((found & planted).size()) / found.size();
        qInfo("planted overstock: %lld, found %lld, precision %.2f, recall %.2f", qint64(planted.size()),
            qint64(found.size()), precision, recall);
        QVERIFY(recall >= 0.9);
        QVERIFY(precision >= 0.8);
        // Every reorder the queue shows has a quantity, and nothing out of stock is called healthy.
        QCOMPARE(store.value("SELECT count(*) FROM inventory_health WHERE status IN ('reorder', 'out_of_stock') AND "
                             "suggested_order <= 0 AND weekly_demand >= 0.2"),
            u"0"_s);
        QCOMPARE(
            store.value("SELECT count(*) FROM inventory_health WHERE status = 'healthy' AND available <= 0"), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "test_inventory.moc"
