// Customer lifetime-value models: the BG/NBD purchase model against hand-computed values and its
// known properties, parameters recovered from simulated customers, the published CDNOW fits of the
// purchase and spend models, small stores held steady by the prior, the errors the Promotions stage
// shows, the discounted lifetime value and the audience score's smoothing.
#include "TestSupport.h"
#include "customers/AudienceScore.h"
#include "customers/SpendModel.h"
#include "io/CsvReader.h"

#include <QTest>

#include <charconv>
#include <cmath>
#include <random>

using namespace flywheel;
using namespace flywheel::customers;

namespace {

// The published CDNOW fits (Fader, Hardie and Lee 2005; the Gamma-Gamma fit on its 946 repeat customers).
constexpr BgNbdParameters kCdnow { 0.243, 4.414, 0.793, 2.426 };
constexpr GammaGammaParameters kCdnowSpend { 6.25, 3.74, 15.45 };

bool close(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

double number(std::string_view text)
{
    double value = std::nan("");
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

/// Customers drawn from the BG/NBD model itself, each observed for between `minWeeks` and `maxWeeks`.
std::vector<PurchaseSummary> simulate(
    const BgNbdParameters& truth, int customers, double minWeeks, double maxWeeks, unsigned seed)
{
    std::mt19937 random(seed);
    std::gamma_distribution<double> rate(truth.r, 1 / truth.alpha);
    std::gamma_distribution<double> towardsStopping(truth.a);
    std::gamma_distribution<double> towardsStaying(truth.b);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::vector<PurchaseSummary> summaries;
    for (int i = 0; i < customers; ++i) {
        const double lambda = rate(random);
        const double stopping = towardsStopping(random);
        const double p = stopping / (stopping + towardsStaying(random)); // Beta(a, b)
        std::exponential_distribution<double> wait(lambda);
        PurchaseSummary s { 0, 0, minWeeks + (maxWeeks - minWeeks) * uniform(random) };
        for (double t = wait(random); t <= s.age; t += wait(random)) {
            s.frequency += 1;
            s.recency = t;
            if (uniform(random) < p)
                break;
        }
        summaries.push_back(s);
    }
    return summaries;
}

double totalLogLikelihood(const BgNbdParameters& parameters, std::span<const PurchaseSummary> customers)
{
    double total = 0;
    for (const PurchaseSummary& s : customers)
        total += bgNbdLogLikelihood(parameters, s);
    return total;
}

/// The columns of a shared CDNOW summary file, one row per customer.
std::vector<std::vector<double>> readCdnow(const QString& file, const std::vector<std::string_view>& columns)
{
    std::vector<std::vector<double>> rows;
    auto reader = CsvReader::open(test::sharedPath(QStringLiteral("data/cdnow/")) + file);
    if (!reader)
        return rows;
    std::vector<size_t> indices;
    for (const std::string_view column : columns)
        indices.push_back(size_t(std::ranges::find(reader->header(), column) - reader->header().begin()));
    while (reader->next().value_or(false)) {
        std::vector<double> row;
        for (const size_t index : indices)
            row.push_back(index < reader->fields().size() ? number(reader->fields()[index]) : std::nan(""));
        rows.push_back(std::move(row));
    }
    return rows;
}

QString describe(const BgNbdParameters& p)
{
    return QStringLiteral("r %1, alpha %2, a %3, b %4").arg(p.r).arg(p.alpha).arg(p.a).arg(p.b);
}

} // namespace

class TestLifetimeValue : public QObject {
    Q_OBJECT

private slots:
    void probabilityAliveFollowsTheModel()
    {
        // Without a repeat purchase nobody can have stopped: stopping happens right after a repeat purchase.
        QCOMPARE(probabilityAlive(kCdnow, { 0, 0, 38.86 }), 1.0);
        QCOMPARE(probabilityAlive(kCdnow, { 0, 0, 500 }), 1.0);
        // 1 / (1 + a / (b + x - 1) ((α + T) / (α + t_x))^(r + x)), computed to 30 digits.
        QVERIFY(close(probabilityAlive(kCdnow, { 2, 30.43, 38.86 }), 0.726578570080672911, 1e-12));
        // A more recent last purchase makes a customer likelier to be active; a longer silence less likely.
        double previous = 0;
        for (const double recency : { 1.0, 5.0, 10.0, 20.0, 30.0, 38.0 }) {
            const double alive = probabilityAlive(kCdnow, { 3, recency, 38.86 });
            QVERIFY2(alive > previous, qPrintable(QStringLiteral("recency %1: %2").arg(recency).arg(alive)));
            previous = alive;
        }
        QVERIFY(probabilityAlive(kCdnow, { 3, 10, 60 }) < probabilityAlive(kCdnow, { 3, 10, 20 }));
    }

    void expectedPurchasesMatchHandValues_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("frequency");
        QTest::addColumn<double>("recency");
        QTest::addColumn<double>("age");
        QTest::addColumn<double>("weeks");
        QTest::addColumn<double>("expected");
        // The conditional expectation
        //   (a + b + x - 1) / (a - 1) [1 - ((α + T) / (α + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1; z)]
        //   / (1 + [x > 0] a / (b + x - 1) ((α + T) / (α + t_x))^(r + x)),  z = t / (α + T + t),
        // evaluated with 30-digit arithmetic (mpmath's hyp2f1).
        QTest::newRow("cdnow x=2") << 0.243 << 4.414 << 0.793 << 2.426 << 2.0 << 30.43 << 38.86 << 39.0
                                   << 1.22602817476714446;
        QTest::newRow("cdnow x=0") << 0.243 << 4.414 << 0.793 << 2.426 << 0.0 << 0.0 << 38.86 << 39.0
                                   << 0.195098052011262637;
        QTest::newRow("cdnow x=20") << 0.243 << 4.414 << 0.793 << 2.426 << 20.0 << 35.0 << 38.86 << 39.0
                                    << 11.3799820834136788;
        QTest::newRow("lapsed x=200") << 0.243 << 4.414 << 0.793 << 2.426 << 200.0 << 30.0 << 38.86 << 104.0
                                      << 8.5031306656820031e-16;
        // z = 0.9997 and 0.95: far into the range where the series alone would need thousands of terms.
        QTest::newRow("z near 1") << 0.8 << 0.3 << 0.6 << 1.7 << 0.0 << 0.0 << 0.5 << 2000.0 << 54.6641377654442544;
        QTest::newRow("z 0.95, x=3") << 0.8 << 0.3 << 0.6 << 1.7 << 3.0 << 20.0 << 25.0 << 500.0 << 17.2062003196677111;
        // c - a - b of the hypergeometric function an integer (1) and just off it, at z = 0.995.
        QTest::newRow("z 0.995, integer")
            << 0.5 << 1.0 << 0.5 << 2.0 << 0.0 << 0.0 << 0.0 << 200.0 << 18.6208077239217424;
        QTest::newRow("z 0.995, near integer")
            << 0.5 << 1.0 << 0.49999 << 2.0 << 0.0 << 0.0 << 0.0 << 200.0 << 18.6213179966325644;
        QTest::newRow("z 0.995, nearer integer")
            << 0.5 << 1.0 << 0.499998 << 2.0 << 0.0 << 0.0 << 0.0 << 200.0 << 18.6209097769708730;
        // A new customer: x = 0 and T = 0.
        QTest::newRow("new, 78 weeks") << 0.243 << 4.414 << 0.793 << 2.426 << 0.0 << 0.0 << 0.0 << 78.0
                                       << 1.86051905794276856;
        QTest::newRow("new, 5000 weeks") << 0.243 << 4.414 << 0.793 << 2.426 << 0.0 << 0.0 << 0.0 << 5000.0
                                         << 11.9870530768115541;
    }

    void expectedPurchasesMatchHandValues()
    {
        QFETCH(double, r);
        QFETCH(double, alpha);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, frequency);
        QFETCH(double, recency);
        QFETCH(double, age);
        QFETCH(double, weeks);
        QFETCH(double, expected);
        const BgNbdParameters parameters { r, alpha, a, b };
        const double actual = expectedPurchases(parameters, { frequency, recency, age }, weeks);
        QVERIFY2(close(actual, expected, 1e-10), qPrintable(QString::number(actual, 'g', 17)));
        if (frequency == 0 && age == 0)
            QVERIFY(close(expectedPurchasesNewCustomer(parameters, weeks), expected, 1e-10));
    }

    void medianWaitIsWhereHalfHaveBoughtAgain()
    {
        const PurchaseSummary regular { 10, 36, 38.86 };
        const auto wait = medianWeeksToNextPurchase(kCdnow, regular);
        QVERIFY(wait && *wait > 0);
        // P(bought by w) = P(alive) (1 - ((α + T) / (α + T + w))^(r + x)) is 1/2 at the median.
        const double alive = probabilityAlive(kCdnow, regular);
        const double survival = std::pow(
            (kCdnow.alpha + regular.age) / (kCdnow.alpha + regular.age + *wait), kCdnow.r + regular.frequency);
        QVERIFY(close(alive * (1 - survival), 0.5, 1e-12));
        // A customer who bought often and then went silent has more likely than not stopped.
        const PurchaseSummary lapsed { 10, 5, 38.86 };
        QVERIFY(probabilityAlive(kCdnow, lapsed) < 0.5);
        QVERIFY(!medianWeeksToNextPurchase(kCdnow, lapsed));
    }

    void fitRecoversSimulatedParameters()
    {
        const BgNbdParameters truth { 0.6, 8, 0.7, 3 };
        const std::vector<PurchaseSummary> customers = simulate(truth, 4000, 52, 104, 11);
        const auto fit = fitBgNbd(customers, { .priorCustomers = 0 });
        QVERIFY(fit);
        QVERIFY(fit->converged);
        QVERIFY(!fit->usedPrior);
        QCOMPARE(fit->customers, 4000);
        const BgNbdParameters& p = fit->parameters;
        qInfo("4,000 customers drawn from r 0.6, alpha 8, a 0.7, b 3: fitted %s", qPrintable(describe(p)));
        // Maximum likelihood finds at least the likelihood of the parameters the data came from.
        QVERIFY(fit->logLikelihood >= totalLogLikelihood(truth, customers) - 1e-6);
        QVERIFY(close(fit->logLikelihood, totalLogLikelihood(p, customers), 1e-12));
        // About three times the spread of the estimates over 20 simulated stores of this size (root mean
        // square relative error: r 3 %, alpha 4 %, a 11 %, b 15 %).
        QVERIFY2(close(p.r, truth.r, 0.1) && close(p.alpha, truth.alpha, 0.12), qPrintable(describe(p)));
        QVERIFY2(close(p.a, truth.a, 0.3) && close(p.b, truth.b, 0.4), qPrintable(describe(p)));
        // The prior of one customer hardly matters at this size.
        const auto withPrior = fitBgNbd(customers);
        QVERIFY(withPrior && withPrior->usedPrior);
        QVERIFY2(close(withPrior->parameters.b, p.b, 0.02), qPrintable(describe(withPrior->parameters)));
    }

    void cdnowFitWithinOnePercentOfThePublished()
    {
        FLYWHEEL_REQUIRE_SHARED();
        std::vector<PurchaseSummary> customers;
        for (const auto& row :
            readCdnow(QStringLiteral("cdnow_customers_summary.csv"), { "frequency", "recency", "T" }))
            customers.push_back({ row[0], row[1], row[2] });
        QCOMPARE(customers.size(), size_t(2357));
        for (const double priorCustomers : { 1.0, 0.0 }) {
            const auto fit = fitBgNbd(customers, { .priorCustomers = priorCustomers });
            QVERIFY(fit);
            QCOMPARE(fit->repeatCustomers, 946);
            QVERIFY(fit->converged);
            const BgNbdParameters& p = fit->parameters;
            QVERIFY2(close(p.r, kCdnow.r, 0.01) && close(p.alpha, kCdnow.alpha, 0.01) && close(p.a, kCdnow.a, 0.01)
                    && close(p.b, kCdnow.b, 0.01),
                qPrintable(QStringLiteral("prior of %1: ").arg(priorCustomers) + describe(p)));
        }
    }

    void gammaGammaWithinOnePercentOfThePublished()
    {
        FLYWHEEL_REQUIRE_SHARED();
        std::vector<RepeatSpend> spenders;
        for (const auto& row :
            readCdnow(QStringLiteral("cdnow_customers_summary_with_transactions.csv"), { "x", "zbar" }))
            if (row[0] > 0)
                spenders.push_back({ row[0], row[1] });
        QCOMPARE(spenders.size(), size_t(946));
        const auto fit = fitGammaGamma(spenders);
        QVERIFY(fit);
        QVERIFY(fit->converged);
        const GammaGammaParameters& g = fit->parameters;
        // The fit sums the likelihood in grouped form; the textbook form, customer by customer, agrees.
        double textbook = 0;
        for (const RepeatSpend& c : spenders) {
            const double px = g.p * c.frequency;
            textbook += std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q) + g.q * std::log(g.v)
                + (px - 1) * std::log(c.averageValue) + px * std::log(c.frequency)
                - (px + g.q) * std::log(g.v + c.frequency * c.averageValue);
        }
        QVERIFY2(close(fit->logLikelihood, textbook, 1e-12), qPrintable(QString::number(fit->logLikelihood - textbook)));
        QVERIFY2(close(g.p, kCdnowSpend.p, 0.01) && close(g.q, kCdnowSpend.q, 0.01) && close(g.v, kCdnowSpend.v, 0.01),
            qPrintable(QStringLiteral("p %1, q %2, v %3").arg(g.p).arg(g.q).arg(g.v)));
    }

    void smallStoreGetsStableParameters()
    {
        // Plain maximum likelihood sends a and b of two of these ten stores past a million (nobody
        // ever stops); the prior keeps every parameter within a factor 3 of the values the
        // customers were drawn from.
        for (unsigned seed = 1; seed <= 10; ++seed) {
            const std::vector<PurchaseSummary> customers = simulate(kCdnow, 150, 26, 39, seed);
            const auto fit = fitBgNbd(customers);
            QVERIFY(fit);
            QVERIFY(fit->converged);
            const BgNbdParameters& p = fit->parameters;
            const QString message = QStringLiteral("store %1: ").arg(seed) + describe(p);
            for (const auto& [fitted, truth] : { std::pair { p.r, kCdnow.r }, std::pair { p.alpha, kCdnow.alpha },
                     std::pair { p.a, kCdnow.a }, std::pair { p.b, kCdnow.b } })
                QVERIFY2(
                    std::isfinite(fitted) && std::abs(std::log(fitted / truth)) < std::log(3.0), qPrintable(message));
            QVERIFY(std::isfinite(expectedPurchases(p, customers.front(), 52)));
        }
    }

    void errorsSayWhatCannotBeEstimated()
    {
        const std::vector<PurchaseSummary> oneTimeBuyers(200, PurchaseSummary { 0, 0, 30 });
        const auto noRepeats = fitBgNbd(oneTimeBuyers);
        QVERIFY(!noRepeats);
        QCOMPARE(noRepeats.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(noRepeats.error().message.contains(QStringLiteral("No customer has bought twice")),
            qPrintable(noRepeats.error().message));

        const std::vector<PurchaseSummary> fewCustomers(5, PurchaseSummary { 2, 10, 30 });
        const auto tooFew = fitBgNbd(fewCustomers);
        QVERIFY(!tooFew);
        QVERIFY2(tooFew.error().message.contains(QStringLiteral("at least 20 customers")),
            qPrintable(tooFew.error().message));

        std::vector<PurchaseSummary> impossible(30, PurchaseSummary { 1, 5, 30 });
        impossible[7] = { 2, 40, 30 }; // last purchase after the end of the data
        QCOMPARE(fitBgNbd(impossible).error().code, ErrorCode::InvalidArgument);

        const std::vector<RepeatSpend> freeOrders(30, RepeatSpend { 2, 0 });
        const auto noSpend = fitGammaGamma(freeOrders);
        QVERIFY(!noSpend);
        QVERIFY2(noSpend.error().message.contains(QStringLiteral("too few to estimate what customers will spend")),
            qPrintable(noSpend.error().message));
    }

    void lifetimeValueDiscountsExpectedPurchases()
    {
        const PurchaseSummary customer { 4, 30, 38.86 };
        const double zbar = 40;
        // The spend model's posterior mean: p (v + x zbar) / (p x + q - 1).
        const double value = conditionalExpectedAverageValue(kCdnowSpend, customer.frequency, zbar);
        QVERIFY(close(value, 6.25 * (15.45 + 4 * 40) / (6.25 * 4 + 3.74 - 1), 1e-12));
        QVERIFY(close(conditionalExpectedAverageValue(kCdnowSpend, 0, 0), 6.25 * 15.45 / 2.74, 1e-12));
        // Without discounting the weekly increments add up to the expected purchases over the horizon.
        const double undiscounted = customerLifetimeValue(kCdnow, kCdnowSpend, customer, zbar, 52, 0, 0.3);
        QVERIFY(close(undiscounted, expectedPurchases(kCdnow, customer, 52) * value * 0.3, 1e-10));
        // Discounting lowers it, by at most the last week's factor.
        const double discounted = customerLifetimeValue(kCdnow, kCdnowSpend, customer, zbar, 52, 0.002, 0.3);
        QVERIFY(discounted < undiscounted);
        QVERIFY(discounted > undiscounted / std::pow(1.002, 52));
        QCOMPARE(customerLifetimeValue(kCdnow, kCdnowSpend, customer, zbar, 0, 0.002, 0.3), 0.0);
    }

    void aTableOfExpectationsGivesWhatEachCustomerWould()
    {
        // Customers who share repeat purchases and age, as most of a large store's do, and some who do not.
        std::mt19937 random(11);
        std::uniform_int_distribution<int> purchases(0, 6);
        std::uniform_int_distribution<int> days(0, 120);
        std::vector<PurchaseSummary> customers;
        for (int i = 0; i < 500; ++i) {
            const double x = purchases(random);
            const double age = days(random) / 7.0 + 1;
            customers.push_back({ x, x > 0 ? age * (days(random) % 100) / 100.0 : 0, age });
        }
        std::vector<double> windows = lifetimeStepEnds(30);
        QCOMPARE(windows, (std::vector<double> { 4, 8, 12, 16, 20, 24, 28, 30 }));
        windows.push_back(90 / 7.0);
        const ExpectedPurchasesTable table(kCdnow, customers, windows);
        for (const PurchaseSummary& customer : customers) {
            for (const double weeks : windows)
                QCOMPARE(table(customer, weeks), expectedPurchases(kCdnow, customer, weeks));
            QCOMPARE(customerLifetimeValue(kCdnowSpend, customer, 40, 30, 0.002, 0.3,
                         [&](double weeks) { return table(customer, weeks); }),
                customerLifetimeValue(kCdnow, kCdnowSpend, customer, 40, 30, 0.002, 0.3));
        }
        // A window or customer it was not made for is worked out, not guessed.
        const PurchaseSummary stranger { 40, 30, 60 };
        QCOMPARE(table(stranger, 4), expectedPurchases(kCdnow, stranger, 4));
        QCOMPARE(table(customers.front(), 5), expectedPurchases(kCdnow, customers.front(), 5));
    }

    void audienceScoreSmoothsTowardsTheStore()
    {
        // Store shares 0.1995 and 0.2995: half an order added to each side, (199 + 0.5) / (999 + 1).
        const StoreOrderCounts store { 999, 199, 299 };
        const AudienceOptions options { .windowWeeks = 4, .pseudoOrders = 5 };
        const AudienceScore unknown = scoreAudience(kCdnow, { { 0, 0, 10 }, 0, 0, 0 }, store, options);
        QVERIFY(close(unknown.categoryShare, 0.1995, 1e-12));
        QVERIFY(close(unknown.discountShare, 0.2995, 1e-12));
        QVERIFY(close(unknown.discountResponse, 1, 1e-12));
        // Two orders, both with the category, one on discount: (2 + 5 * 0.1995) / 7 and (1 + 5 * 0.2995) / 7.
        const AudienceCustomer regular { { 1, 6, 10 }, 2, 2, 1 };
        const AudienceScore score = scoreAudience(kCdnow, regular, store, options);
        QVERIFY(close(score.categoryShare, (2 + 5 * 0.1995) / 7, 1e-12));
        QVERIFY(close(score.discountShare, (1 + 5 * 0.2995) / 7, 1e-12));
        QVERIFY(close(score.discountResponse, (1 + 5 * 0.2995) / 7 / 0.2995, 1e-12));
        QVERIFY(close(score.expectedOrders, expectedPurchases(kCdnow, regular.purchases, 4), 1e-12));
        QVERIFY(close(score.score, score.expectedOrders * score.categoryShare * score.discountResponse, 1e-12));
        // Same purchases, but always on discount: ranks higher for a promotion.
        AudienceCustomer bargainHunter = regular;
        bargainHunter.discountedOrders = 2;
        QVERIFY(scoreAudience(kCdnow, bargainHunter, store, options).score > score.score);
        // A store that has never discounted gave nobody a chance to respond: full-price orders count for nothing.
        const AudienceCustomer fullPrice { { 1, 6, 10 }, 2, 2, 0 };
        const AudienceScore noDiscounts = scoreAudience(kCdnow, fullPrice, { 999, 199, 0 }, options);
        QCOMPARE(noDiscounts.discountResponse, 1.0);
        QVERIFY(close(noDiscounts.score, score.expectedOrders * score.categoryShare, 1e-12));
    }
};

QTEST_GUILESS_MAIN(TestLifetimeValue)
#include "test_lifetimevalue.moc"
