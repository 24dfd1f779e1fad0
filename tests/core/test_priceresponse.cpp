// Price response: a known elasticity and known promotion lifts recovered from simulated weeks,
// shrinkage towards the category (a thin product pulled, a well-measured one left alone), the
// reasons given when a product cannot be estimated, the weekly prices read from a hand-made store
// (discounts, variants, weeks without sales, the store's time zone, cancelled orders), and the
// demo store's planted price changes.
#include "TestSupport.h"

#include "customers/PriceHistory.h"
#include "customers/PriceResponse.h"
#include "demo/DemoStore.h"
#include "store/StoreSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <numbers>
#include <random>

using flywheel::test::TempStore;
using namespace flywheel::customers;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFirstWeek = 2900; // early 2025

/// How simulated units respond: a Poisson count around base * (price / regular)^elasticity, with
/// a season, promotion flags and price cuts in a share of the weeks.
struct Truth {
    double elasticity = -2.0;
    double baseUnits = 20;
    int weeks = 104;
    double cutShare = 0.25;
    double featureLift = 0; ///< exp(beta) - 1
    double displayLift = 0;
};

PriceSeries simulate(
    std::mt19937& random, std::int64_t productId, const QString& category, std::int64_t group, const Truth& truth)
{
    std::uniform_real_distribution<double> uniform(0, 1);
    constexpr std::array cuts { 0.1, 0.2, 0.3 };
    PriceSeries series { productId, category, group, {} };
    for (int w = 0; w < truth.weeks; ++w) {
        const double cut = uniform(random) < truth.cutShare ? cuts[size_t(uniform(random) * 3)] : 0.0;
        const bool feature = truth.featureLift != 0 && uniform(random) < (cut > 0 ? 0.4 : 0.05);
        const bool display = truth.displayLift != 0 && uniform(random) < 0.15;
        const int week = kFirstWeek + w;
        const double season = 0.3 * std::sin(2 * std::numbers::pi * week / 52.1775);
        const double mean = truth.baseUnits
            * std::exp(truth.elasticity * std::log1p(-cut) + (feature ? std::log1p(truth.featureLift) : 0)
                + (display ? std::log1p(truth.displayLift) : 0) + season + 0.1 * w / 52.0);
        std::poisson_distribution<int> units(mean);
        series.weeks.push_back({ week, double(units(random)), 10.0 * (1 - cut), 10.0, feature, display, 0, 0 });
    }
    return series;
}

const ProductPriceResponse* productOf(const PriceResponses& responses, std::int64_t productId)
{
    for (const ProductPriceResponse& product : responses.products)
        if (product.productId == productId)
            return &product;
    return nullptr;
}

const CategoryPriceResponse* categoryOf(const PriceResponses& responses, const QString& name)
{
    for (const CategoryPriceResponse& category : responses.categories)
        if (category.category == name)
            return &category;
    return nullptr;
}

/// A store written row by row, with products, variants and orders in the store's schema.
class PricedStore {
public:
    explicit PricedStore(TempStore& store)
        : m_store(store)
    {
    }

    std::int64_t addProduct(const QString& handle, const QString& type)
    {
        auto product = m_store.db().prepare("INSERT INTO products (platform, source_key, handle, title, product_type, "
                                            "batch_id, last_batch_id) VALUES ('shopify', ?1, ?1, ?1, ?2, 1, 1)");
        product->bindAll(handle, type);
        return product->run() ? m_store.db().lastInsertRowId() : 0;
    }

    std::int64_t addVariant(std::int64_t productId, const QString& sku, std::int64_t priceMinor,
        std::optional<std::int64_t> compareAtMinor = std::nullopt)
    {
        auto variant = m_store.db().prepare(
            "INSERT INTO variants (product_id, source_key, sku, price_minor, compare_at_minor, currency, batch_id, "
            "last_batch_id) VALUES (?1, ?2, ?2, ?3, ?4, 'USD', 1, 1)");
        variant->bindAll(productId, sku, priceMinor, compareAtMinor);
        return variant->run() ? m_store.db().lastInsertRowId() : 0;
    }

    /// An order of one line at `createdAt` (UTC).
    void sell(std::int64_t variantId, const QString& createdAt, int quantity, std::int64_t priceMinor,
        std::int64_t discountMinor = 0, bool cancelled = false)
    {
        auto order = m_store.db().prepare(
            "INSERT INTO orders (platform, source_key, created_at, cancelled_at, currency, batch_id, last_batch_id) "
            "VALUES ('shopify', ?1, ?2, ?3, 'USD', 1, 1)");
        order->bindAll(u"o%1"_s.arg(++m_orders), createdAt, cancelled ? std::optional(createdAt) : std::nullopt);
        QVERIFY(order->run());
        auto line = m_store.db().prepare(
            "INSERT INTO order_lines (order_id, line_no, variant_id, name, quantity, price_minor, discount_minor, "
            "batch_id, last_batch_id) VALUES (?1, 1, ?2, 'x', ?3, ?4, ?5, 1, 1)");
        line->bindAll(m_store.db().lastInsertRowId(), variantId, quantity, priceMinor, discountMinor);
        QVERIFY(line->run());
    }

private:
    TempStore& m_store;
    int m_orders = 0;
};

} // namespace

class TestPriceResponse : public QObject {
    Q_OBJECT

private slots:
    void recoversAKnownElasticityAndPromotionLifts()
    {
        std::mt19937 random(7);
        std::vector<PriceSeries> stores;
        // Three stores of different sizes: each gets its own level, all share the response.
        for (const double base : { 8.0, 20.0, 45.0 }) {
            Truth truth;
            truth.baseUnits = base;
            truth.weeks = 156;
            truth.featureLift = 0.5;
            truth.displayLift = 0.3;
            stores.push_back(simulate(random, 1, u"Cereal"_s, std::int64_t(base), truth));
        }
        const std::vector<const PriceSeries*> pointers { &stores[0], &stores[1], &stores[2] };
        const PriceFit fit = fitPriceResponse(pointers);
        QVERIFY(!fit.reason);
        QVERIFY(fit.elasticity);
        qInfo("elasticity %.3f (se %.3f), feature lift %.3f, display lift %.3f", fit.elasticity->value,
            fit.elasticity->standardError, fit.feature ? fit.feature->lift : -1, fit.display ? fit.display->lift : -1);
        QCOMPARE(fit.observations, 3 * 156);
        QVERIFY(std::abs(fit.elasticity->value + 2.0) < 0.15);
        QVERIFY(std::abs(fit.elasticity->value + 2.0) < 3 * fit.elasticity->standardError + 0.02);
        QVERIFY(fit.elasticity->standardError > 0.01 && fit.elasticity->standardError < 0.2);
        QVERIFY(fit.feature && std::abs(fit.feature->lift - 0.5) < 0.12);
        QVERIFY(fit.display && std::abs(fit.display->lift - 0.3) < 0.1);
        QVERIFY(fit.priceVariation > 0.03);
    }

    void keepsWeeksWithoutSales()
    {
        // A slow seller: most weeks sell nothing. Dropping them would flatten the response; the
        // Poisson fit keeps them and still finds the elasticity.
        std::mt19937 random(11);
        Truth truth;
        truth.baseUnits = 0.8;
        truth.weeks = 400;
        truth.cutShare = 0.4;
        const PriceSeries slow = simulate(random, 2, u"Socks"_s, 0, truth);
        const auto zeros = std::ranges::count_if(slow.weeks, [](const PriceWeek& w) { return w.units == 0; });
        QVERIFY(zeros > 100);
        const std::vector<const PriceSeries*> pointers { &slow };
        const PriceFit fit = fitPriceResponse(pointers);
        QVERIFY(fit.elasticity);
        qInfo("slow seller: %lld weeks without a sale, elasticity %.2f (se %.2f)", qint64(zeros), fit.elasticity->value,
            fit.elasticity->standardError);
        QCOMPARE(fit.observations, 400);
        QVERIFY(std::abs(fit.elasticity->value + 2.0) < 3 * fit.elasticity->standardError);
        QVERIFY(fit.elasticity->value < -1.0);
    }

    void shrinksAThinProductAndLeavesAWellMeasuredOneAlone()
    {
        std::mt19937 random(3);
        std::vector<PriceSeries> series;
        std::int64_t id = 10;
        for (const double elasticity : { -1.8, -2.0, -2.2, -1.9, -2.1 }) {
            Truth truth;
            truth.elasticity = elasticity;
            // The first sells a lot for three years: its own estimate is tight.
            truth.baseUnits = id == 10 ? 300 : 40;
            truth.weeks = id == 10 ? 156 : 104;
            series.push_back(simulate(random, id++, u"Shoes"_s, 0, truth));
        }
        Truth thin;
        thin.elasticity = 0.5; // a wrong-signed truth, seen through a few weeks of 1-2 sales
        thin.baseUnits = 1.5;
        thin.weeks = 14;
        thin.cutShare = 0.4;
        series.push_back(simulate(random, 99, u"Shoes"_s, 0, thin));

        const PriceResponses responses = estimatePriceResponses(series);
        QCOMPARE(responses.products.size(), size_t(6));
        const CategoryPriceResponse* shoes = categoryOf(responses, u"Shoes"_s);
        QVERIFY(shoes && shoes->pooled.elasticity && !shoes->fromStorePrior);
        QCOMPARE(shoes->productsEstimated, 6);
        QVERIFY(std::abs(shoes->prior.value + 2.0) < 0.15);

        const ProductPriceResponse* noisy = productOf(responses, 99);
        const ProductPriceResponse* solid = productOf(responses, 10);
        QVERIFY(noisy && noisy->own.elasticity && !noisy->borrowed);
        QVERIFY(solid && solid->own.elasticity && !solid->borrowed);
        const double noisyOwn = noisy->own.elasticity->value;
        const double solidOwn = solid->own.elasticity->value;
        qInfo("thin: own %.2f (se %.2f) -> %.2f; well measured: own %.2f (se %.3f) -> %.2f; category %.2f", noisyOwn,
            noisy->own.elasticity->standardError, noisy->shrunk.value, solidOwn, solid->own.elasticity->standardError,
            solid->shrunk.value, shoes->prior.value);
        QVERIFY(noisy->own.elasticity->standardError > 4 * solid->own.elasticity->standardError);
        // The thin product moves most of the way to its category ...
        QVERIFY(std::abs(noisy->shrunk.value - shoes->prior.value) < 0.5 * std::abs(noisyOwn - shoes->prior.value));
        QVERIFY(noisy->shrunk.standardError < noisy->own.elasticity->standardError);
        // ... the well-measured one barely at all.
        QVERIFY(std::abs(solid->shrunk.value - solidOwn) < 0.1 * std::abs(solidOwn - shoes->prior.value) + 0.01);
    }

    void borrowsWhenThePriceNeverChanged()
    {
        std::mt19937 random(5);
        std::vector<PriceSeries> series;
        for (std::int64_t id = 1; id <= 3; ++id)
            series.push_back(simulate(random, id, u"Hats"_s, 0, Truth {}));
        Truth fixed;
        fixed.cutShare = 0;
        series.push_back(simulate(random, 4, u"Hats"_s, 0, fixed));
        Truth brief;
        brief.weeks = 3;
        series.push_back(simulate(random, 5, u"Hats"_s, 0, brief));
        PriceSeries unsold = simulate(random, 6, u"Hats"_s, 0, Truth {});
        for (PriceWeek& week : unsold.weeks)
            week.units = 0;
        series.push_back(unsold);
        // A category where nothing ever changed price: it falls back on the store-wide prior.
        series.push_back(simulate(random, 7, u"Bags"_s, 0, fixed));
        series.push_back(simulate(random, 8, u"Bags"_s, 0, fixed));

        const PriceResponses responses = estimatePriceResponses(series);
        const CategoryPriceResponse* hats = categoryOf(responses, u"Hats"_s);
        QVERIFY(hats && hats->pooled.elasticity);
        QCOMPARE(hats->products, 6);
        QCOMPARE(hats->productsEstimated, 3);

        const ProductPriceResponse* constant = productOf(responses, 4);
        QVERIFY(constant && constant->borrowed && !constant->own.elasticity);
        QCOMPARE(constant->own.reason, std::optional(NoEstimate::NoPriceVariation));
        QCOMPARE(constant->own.priceVariation, 0.0);
        QCOMPARE(constant->own.observations, 104);
        QCOMPARE(constant->shrunk.value, hats->prior.value);
        QCOMPARE(constant->shrunk.standardError, std::hypot(hats->prior.standardError, hats->spread));
        QCOMPARE(productOf(responses, 5)->own.reason, std::optional(NoEstimate::TooFewWeeks));
        QCOMPARE(productOf(responses, 6)->own.reason, std::optional(NoEstimate::NoSales));
        QVERIFY(productOf(responses, 6)->borrowed);
        QVERIFY(!productOf(responses, 1)->borrowed);

        const CategoryPriceResponse* bags = categoryOf(responses, u"Bags"_s);
        QVERIFY(bags && bags->fromStorePrior && !bags->pooled.elasticity);
        QCOMPARE(bags->pooled.reason, std::optional(NoEstimate::NoPriceVariation));
        QCOMPARE(bags->prior.value, -1.5);
        QCOMPARE(productOf(responses, 7)->shrunk.value, -1.5);
        QVERIFY(productOf(responses, 7)->borrowed);

        for (const NoEstimate reason :
            { NoEstimate::NoSales, NoEstimate::TooFewWeeks, NoEstimate::NoPriceVariation, NoEstimate::NotIdentified }) {
            QVERIFY(!PriceResponseText::reason(reason).isEmpty());
            QCOMPARE(noEstimateFromKey(noEstimateKey(reason)), std::optional(reason));
        }
        QCOMPARE(noEstimateFromKey(u"nonsense"_s), std::nullopt);
    }

    void givesUpAPromotionFlagThatOnlyMovedWithThePrice()
    {
        // Every price cut was 20 % and came with a feature, and nothing else had one: the flag adds
        // nothing the price does not say, so it leaves the fit and the price carries both.
        std::mt19937 random(9);
        PriceSeries series = simulate(random, 1, u"Tea"_s, 0, Truth {});
        for (PriceWeek& week : series.weeks) {
            week.feature = week.price < week.regularPrice;
            week.price = week.feature ? 0.8 * week.regularPrice : week.regularPrice;
        }
        const std::vector<const PriceSeries*> pointers { &series };
        const PriceFit fit = fitPriceResponse(pointers);
        QVERIFY(fit.elasticity);
        QVERIFY(!fit.feature);
        QVERIFY(fit.elasticity->value < -1.0);
    }

    void convertsDiscountsToUnits()
    {
        QCOMPARE(unitsMultiplierAt(0.2, -2.0), 1.5625);
        QCOMPARE(unitsMultiplierAt(0.0, -1.5), 1.0);
        QVERIFY(unitsMultiplierAt(0.3, -0.5) < unitsMultiplierAt(0.3, -2.5));
        QVERIFY(isDiscounted({ 0, 1, 9.7, 10.0, false, false, 0, 9.7 }));
        QVERIFY(!isDiscounted({ 0, 1, 9.75, 10.0, false, false, 0, 9.75 }));
        QVERIFY(!isDiscounted({ 0, 1, 9.0, 0.0, false, false, 0, 9.0 }));
    }

    void readsTheStoresWeeklyPrices()
    {
        TempStore store;
        QVERIFY(flywheel::StoreSettings(store.db()).setTimeZone(QTimeZone("Asia/Tokyo")));
        PricedStore shop(store);
        const std::int64_t tee = shop.addProduct(u"tee"_s, u"Tees"_s);
        const std::int64_t small = shop.addVariant(tee, u"TEE-S"_s, 2000);
        const std::int64_t large = shop.addVariant(tee, u"TEE-L"_s, 3000);
        const std::int64_t cap = shop.addProduct(u"cap"_s, QString());
        const std::int64_t capVariant = shop.addVariant(cap, u"CAP"_s, 1000, 1500);

        // Week of Monday 2026-01-05: two small tees with 4.00 off the line, one large at full price,
        // and a cap sold 10 % below its list price (a code running that week).
        shop.sell(small, u"2026-01-05T03:00:00Z"_s, 2, 2000, 400);
        shop.sell(large, u"2026-01-07T10:00:00Z"_s, 1, 3000);
        shop.sell(capVariant, u"2026-01-06T10:00:00Z"_s, 1, 1000, 100);
        // Week of 2026-01-12: only a cancelled order.
        shop.sell(small, u"2026-01-13T10:00:00Z"_s, 5, 2000, 0, true);
        // Sunday 16:00 UTC is already Monday 2026-01-19 in Tokyo; the small tee's list price was lowered.
        shop.sell(small, u"2026-01-18T16:00:00Z"_s, 1, 1800);
        // The newest order is on Monday 2026-01-26 (Tokyo): that week is not complete.
        shop.sell(small, u"2026-01-25T20:00:00Z"_s, 1, 2000);
        shop.sell(capVariant, u"2026-01-25T21:00:00Z"_s, 3, 1000);

        const auto histories = readPriceHistories(store.db());
        QVERIFY2(histories, histories ? "" : qPrintable(histories.error().describe()));
        const int first = weekNumber(QDate(2026, 1, 5));
        QCOMPARE(weekStart(first), QDate(2026, 1, 5));
        QCOMPARE(weekNumber(QDate(2026, 1, 11)), first);
        QCOMPARE(histories->lastWeek, first + 2);
        QCOMPARE(histories->series.size(), size_t(2));

        const PriceSeries& tees = histories->series[0];
        QCOMPARE(tees.productId, tee);
        QCOMPARE(tees.category, u"Tees"_s);
        QCOMPARE(tees.weeks.size(), size_t(3));
        // Week 1: shelf price (2 * 20.00 + 30.00) / 3 less the 10 % the rest of the store (the cap) was
        // discounted; the buyers paid (2 * 20.00 - 4.00 + 30.00) / 3. Week 2: no sale, the shelf price
        // holds. Week 3: 18.00 against the small tee's regular 20.00.
        const std::array<double, 3> units { 3, 0, 1 };
        const std::array<double, 3> prices { 0.9 * 7000.0 / 3, 7000.0 / 3, 1800 };
        const std::array<double, 3> regular { 7000.0 / 3, 7000.0 / 3, 2000 };
        const std::array<double, 3> paid { 6600.0 / 3, 0, 1800 };
        const std::array<double, 3> others { 1, 0, 0 };
        for (size_t w = 0; w < 3; ++w) {
            QCOMPARE(tees.weeks[w].week, first + int(w));
            QCOMPARE(tees.weeks[w].units, units[w]);
            QCOMPARE(tees.weeks[w].price, prices[w]);
            QCOMPARE(tees.weeks[w].regularPrice, regular[w]);
            QCOMPARE(tees.weeks[w].paidPrice, paid[w]);
            QCOMPARE(tees.weeks[w].otherUnits, others[w]);
        }
        QVERIFY(isDiscounted(tees.weeks[0]));
        QVERIFY(!isDiscounted(tees.weeks[1]));
        QVERIFY(isDiscounted(tees.weeks[2]));

        // The cap's regular price is its compare-at price; the rest of the store sold 400 of 7000 below list.
        const PriceSeries& caps = histories->series[1];
        QCOMPARE(caps.productId, cap);
        QCOMPARE(caps.category, QString());
        QCOMPARE(caps.weeks.size(), size_t(1));
        QCOMPARE(caps.weeks[0].price, 1000.0 * (1 - 400.0 / 7000.0));
        QCOMPARE(caps.weeks[0].paidPrice, 900.0);
        QCOMPARE(caps.weeks[0].regularPrice, 1500.0);
        QCOMPARE(caps.weeks[0].otherUnits, 3.0);
    }

    void readsAnEmptyStore()
    {
        TempStore store;
        const auto histories = readPriceHistories(store.db());
        QVERIFY(histories);
        QVERIFY(histories->series.empty());
    }

    void findsThePlantedPriceChangesOfTheDemoStore()
    {
        TempStore store;
        flywheel::demo::DemoOptions options;
        options.outDir = store.dir() + u"/demo"_s;
        auto reports = flywheel::demo::createDemoStore(store.db(), options);
        QVERIFY2(reports, reports ? "" : qPrintable(reports.error().describe()));
        const auto histories = readPriceHistories(store.db());
        QVERIFY2(histories, histories ? "" : qPrintable(histories.error().describe()));
        const PriceResponses responses = estimatePriceResponses(histories->series);

        const QJsonArray changes = flywheel::test::groundTruth(options.outDir).value(u"price_changes"_s).toArray();
        QVERIFY(changes.size() >= 6);
        int negative = 0;
        for (const QJsonValue& change : changes) {
            const QString handle = change.toObject().value(u"handle"_s).toString();
            const std::int64_t productId
                = store.value("SELECT id FROM products WHERE handle = '" + handle.toStdString() + "'").toLongLong();
            const ProductPriceResponse* product = productOf(responses, productId);
            QVERIFY2(product, qPrintable(handle));
            QVERIFY2(product->own.elasticity, qPrintable(handle));
            qInfo("%s (%s, true %.2f): own %.2f (se %.2f, %d weeks), shrunk %.2f", qPrintable(handle),
                qPrintable(change.toObject().value(u"kind"_s).toString()),
                -change.toObject().value(u"elasticity"_s).toDouble(), product->own.elasticity->value,
                product->own.elasticity->standardError, product->own.observations, product->shrunk.value);
            QVERIFY2(product->shrunk.value < 0, qPrintable(handle));
            negative += product->own.elasticity->value < 0 ? 1 : 0;
        }
        QVERIFY(negative >= changes.size() - 1);

        int estimated = 0;
        for (const ProductPriceResponse& product : responses.products) {
            QVERIFY(std::isfinite(product.shrunk.value) && product.shrunk.standardError > 0);
            QCOMPARE(product.borrowed, !product.own.elasticity);
            estimated += product.own.elasticity ? 1 : 0;
        }
        qInfo("%d of %d products estimated on their own, %d categories", estimated, int(responses.products.size()),
            int(responses.categories.size()));
        for (const CategoryPriceResponse& category : responses.categories)
            QVERIFY2(category.prior.value < 0, qPrintable(category.category));
    }
};

QTEST_GUILESS_MAIN(TestPriceResponse)
#include "test_priceresponse.moc"
