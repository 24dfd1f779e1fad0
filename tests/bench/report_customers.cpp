// Prints how the customer lifetime-value models behave on public data:
//  - CDNOW (the 2,357-customer sample, 39 weeks of calibration and 39 held out): the BG/NBD and
//    Gamma-Gamma fits beside the published parameters, with and without the prior, the purchases
//    predicted for the held-out weeks beside the actual ones (in total and by calibration repeat
//    purchases, as in Fader, Hardie and Lee 2005), the spend predicted for them, and the fit times;
//  - The Complete Journey (dunnhumby): for each coupon campaign, whether the audience score ranks the
//    targeted households that redeemed above those that did not (AUC), beside its expected orders alone and
//    a recency-only baseline, per campaign type and pooled.
// Usage: report_customers [--shared DIR]
#include "ProcessSetup.h"
#include "customers/AudienceScore.h"
#include "customers/SpendModel.h"
#include "forecast_data.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace {
using namespace flywheel;
using namespace flywheel::customers;
using report::fromUtf8;
using report::number;
using report::out;
using report::readCsv;

double weeksBetween(QDate from, QDate to)
{
    return double(from.daysTo(to)) / 7.0;
}

double relativeError(double fitted, double published)
{
    return (fitted - published) / published;
}

/// Seconds since `timer` started.
double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) * 1e-9;
}

// ---- CDNOW ----

const QDate kCalibrationEnd(1997, 9, 30);
const QDate kHoldoutEnd(1998, 6, 30);
constexpr double kHoldoutWeeks = 39;
constexpr BgNbdParameters kPublishedBgNbd { 0.243, 4.414, 0.793, 2.426 };
constexpr GammaGammaParameters kPublishedGammaGamma { 6.25, 3.74, 15.45 };

struct CdnowCustomer {
    PurchaseSummary summary;
    double averageRepeatValue = 0; ///< zbar over the calibration's repeat purchases
    int holdoutPurchases = 0;
    double holdoutSpend = 0;
};

/// Customers by sample id from CDNOW_sample.txt (master_id sample_id YYYYMMDD cds dollars);
/// several rows on one day are one purchase.
std::map<int, CdnowCustomer> loadCdnow(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "  cannot read " << path << Qt::endl;
        return {};
    }
    std::map<int, std::map<QDate, double>> spendByDay;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 5)
            continue;
        const QDate day = QDate::fromString(QString::fromLatin1(fields[2]), QStringLiteral("yyyyMMdd"));
        spendByDay[fields[1].toInt()][day] += fields[4].toDouble();
    }
    std::map<int, CdnowCustomer> customers;
    for (const auto& [id, days] : spendByDay) {
        CdnowCustomer& customer = customers[id];
        const QDate first = days.begin()->first;
        QDate last = first;
        double repeatSpend = 0;
        for (const auto& [day, spend] : days) {
            if (day <= kCalibrationEnd) {
                if (day != first) {
                    customer.summary.frequency += 1;
                    repeatSpend += spend;
                }
                last = day;
            } else if (day <= kHoldoutEnd) {
                ++customer.holdoutPurchases;
                customer.holdoutSpend += spend;
            }
        }
        customer.summary.recency = weeksBetween(first, last);
        customer.summary.age = weeksBetween(first, kCalibrationEnd);
        if (customer.summary.frequency > 0)
            customer.averageRepeatValue = repeatSpend / customer.summary.frequency;
    }
    return customers;
}

/// How many customers' own summaries (and zbar) agree with the published summary files, to 0.01.
void checkAgainstPublished(const QString& folder, const std::map<int, CdnowCustomer>& customers)
{
    int rows = 0;
    int agree = 0;
    readCsv(folder + QStringLiteral("/cdnow_customers_summary.csv"),
        { QStringLiteral("ID"), QStringLiteral("frequency"), QStringLiteral("recency"), QStringLiteral("T") },
        [&](const std::vector<std::string_view>& f) {
            ++rows;
            const auto found = customers.find(int(number(f[0])));
            if (found == customers.end())
                return;
            const PurchaseSummary& s = found->second.summary;
            agree += std::abs(s.frequency - number(f[1])) < 0.01 && std::abs(s.recency - number(f[2])) < 0.01
                && std::abs(s.age - number(f[3])) < 0.01;
        });
    int repeatRows = 0;
    int sameZbar = 0;
    readCsv(folder + QStringLiteral("/cdnow_customers_summary_with_transactions.csv"),
        { QStringLiteral("ID"), QStringLiteral("x"), QStringLiteral("zbar") },
        [&](const std::vector<std::string_view>& f) {
            if (number(f[1]) < 1)
                return;
            ++repeatRows;
            const auto found = customers.find(int(number(f[0])));
            sameZbar += found != customers.end() && std::abs(found->second.averageRepeatValue - number(f[2])) < 0.01;
        });
    out() << "  " << customers.size() << " customers built from CDNOW_sample.txt; (x, t_x, T) agree with "
          << "cdnow_customers_summary.csv for " << agree << " of " << rows << ", own zbar with "
          << "cdnow_customers_summary_with_transactions.csv for " << sameZbar << " of " << repeatRows
          << " repeat customers (the Gamma-Gamma fit uses the own zbar)" << Qt::endl;
}

void printParameter(const char* name, double published, double withPrior, double plain)
{
    out() << "  " << qSetFieldWidth(8) << Qt::left << name << Qt::right << qSetFieldWidth(10) << published << withPrior
          << qSetFieldWidth(0) << "  " << qSetFieldWidth(8)
          << QString::number(100 * relativeError(withPrior, published), 'f', 2) + QStringLiteral(" %")
          << qSetFieldWidth(10) << plain << qSetFieldWidth(0) << "  " << qSetFieldWidth(8)
          << QString::number(100 * relativeError(plain, published), 'f', 2) + QStringLiteral(" %") << qSetFieldWidth(0)
          << Qt::endl;
}

void printParameterHeader()
{
    out() << "  parameter  published  fitted (prior)  error   fitted (no prior)  error" << Qt::endl;
}

/// The held-out purchases by calibration repeat purchases 0..7+, predicted beside actual.
void printHoldout(
    const std::vector<CdnowCustomer>& customers, const BgNbdParameters& parameters, const GammaGammaParameters& spend)
{
    constexpr int kGroups = 8;
    std::vector<int> count(kGroups);
    std::vector<double> actual(kGroups);
    std::vector<double> predicted(kGroups);
    double predictedSpend = 0;
    double actualSpend = 0;
    for (const CdnowCustomer& c : customers) {
        const int group = std::min(int(c.summary.frequency), kGroups - 1);
        const double expected = expectedPurchases(parameters, c.summary, kHoldoutWeeks);
        ++count[group];
        actual[group] += c.holdoutPurchases;
        predicted[group] += expected;
        predictedSpend += expected * conditionalExpectedAverageValue(spend, c.summary.frequency, c.averageRepeatValue);
        actualSpend += c.holdoutSpend;
    }
    out() << "  repeat purchases in the 39 held-out weeks, by repeat purchases in the calibration weeks:" << Qt::endl;
    out() << "  calibration x  customers  actual mean  predicted mean  actual total  predicted total" << Qt::endl;
    for (int g = 0; g < kGroups; ++g)
        out() << "  " << qSetFieldWidth(13) << (g + 1 < kGroups ? QString::number(g) : QStringLiteral("7+"))
              << qSetFieldWidth(11) << count[g] << qSetFieldWidth(13) << QString::number(actual[g] / count[g], 'f', 3)
              << qSetFieldWidth(16) << QString::number(predicted[g] / count[g], 'f', 3) << qSetFieldWidth(14)
              << actual[g] << qSetFieldWidth(17) << QString::number(predicted[g], 'f', 1) << qSetFieldWidth(0)
              << Qt::endl;
    const double totalActual = std::accumulate(actual.begin(), actual.end(), 0.0);
    const double totalPredicted = std::accumulate(predicted.begin(), predicted.end(), 0.0);
    out() << "  total: actual " << totalActual << ", predicted " << QString::number(totalPredicted, 'f', 1) << " ("
          << QString::number(100 * relativeError(totalPredicted, totalActual), 'f', 1) << " %)" << Qt::endl;
    out() << "  held-out spend (BG/NBD purchases x Gamma-Gamma value per purchase): actual $"
          << QString::number(actualSpend, 'f', 0) << ", predicted $" << QString::number(predictedSpend, 'f', 0) << " ("
          << QString::number(100 * relativeError(predictedSpend, actualSpend), 'f', 1) << " %)" << Qt::endl;
    // The paper's tracking plot at its two ends: every customer's expected repeat purchases since
    // their first, summed over customers.
    for (const double weeksAfterCalibration : { 0.0, kHoldoutWeeks }) {
        double cumulativeActual = 0;
        double cumulativePredicted = 0;
        for (const CdnowCustomer& c : customers) {
            cumulativeActual += c.summary.frequency + (weeksAfterCalibration > 0 ? c.holdoutPurchases : 0);
            cumulativePredicted += expectedPurchasesNewCustomer(parameters, c.summary.age + weeksAfterCalibration);
        }
        out() << "  repeat purchases since each first purchase, up to week " << 39 + weeksAfterCalibration
              << " of the data: actual " << cumulativeActual << ", predicted for new customers "
              << QString::number(cumulativePredicted, 'f', 1) << " ("
              << QString::number(100 * relativeError(cumulativePredicted, cumulativeActual), 'f', 1) << " %)"
              << Qt::endl;
    }
}

void reportCdnow(const QString& shared)
{
    const QString folder = shared + QStringLiteral("/data/cdnow");
    out() << "== CDNOW: BG/NBD and Gamma-Gamma against the published fits ==" << Qt::endl;
    out() << "How to read: each fitted parameter should be within 1 % of the published one with the prior on; in the "
             "held-out weeks the predicted means should follow the actual ones group by group."
          << Qt::endl;
    const std::map<int, CdnowCustomer> byId = loadCdnow(folder + QStringLiteral("/CDNOW_sample.txt"));
    if (byId.empty())
        return;
    checkAgainstPublished(folder, byId);
    std::vector<CdnowCustomer> customers;
    std::vector<PurchaseSummary> summaries;
    std::vector<RepeatSpend> spenders;
    for (const auto& [id, customer] : byId) {
        customers.push_back(customer);
        summaries.push_back(customer.summary);
        if (customer.summary.frequency > 0)
            spenders.push_back({ customer.summary.frequency, customer.averageRepeatValue });
    }

    QElapsedTimer timer;
    timer.start();
    const auto purchases = fitBgNbd(summaries);
    const double purchaseSeconds = seconds(timer);
    timer.restart();
    const auto plainPurchases = fitBgNbd(summaries, BgNbdOptions { .priorCustomers = 0 });
    const double plainPurchaseSeconds = seconds(timer);
    timer.restart();
    const auto spend = fitGammaGamma(spenders);
    const double spendSeconds = seconds(timer);
    const auto plainSpend = fitGammaGamma(spenders, GammaGammaOptions { .priorCustomers = 0 });
    if (!purchases || !plainPurchases || !spend || !plainSpend) {
        out() << "  a fit failed" << Qt::endl;
        return;
    }
    const BgNbdParameters& bg = purchases->parameters;
    const BgNbdParameters& bgPlain = plainPurchases->parameters;
    out() << "BG/NBD on " << purchases->customers << " customers (" << purchases->repeatCustomers
          << " bought again), log-likelihood " << QString::number(purchases->logLikelihood, 'f', 2)
          << " (no prior: " << QString::number(plainPurchases->logLikelihood, 'f', 2) << "), converged "
          << (purchases->converged ? "yes" : "no") << ", fit time " << QString::number(purchaseSeconds * 1e3, 'f', 1)
          << " ms (no prior " << QString::number(plainPurchaseSeconds * 1e3, 'f', 1) << " ms)" << Qt::endl;
    printParameterHeader();
    printParameter("r", kPublishedBgNbd.r, bg.r, bgPlain.r);
    printParameter("alpha", kPublishedBgNbd.alpha, bg.alpha, bgPlain.alpha);
    printParameter("a", kPublishedBgNbd.a, bg.a, bgPlain.a);
    printParameter("b", kPublishedBgNbd.b, bg.b, bgPlain.b);
    const GammaGammaParameters& gg = spend->parameters;
    const GammaGammaParameters& ggPlain = plainSpend->parameters;
    out() << "Gamma-Gamma on " << spend->customers << " repeat customers, log-likelihood "
          << QString::number(spend->logLikelihood, 'f', 2) << ", converged " << (spend->converged ? "yes" : "no")
          << ", fit time " << QString::number(spendSeconds * 1e3, 'f', 1) << " ms" << Qt::endl;
    printParameterHeader();
    printParameter("p", kPublishedGammaGamma.p, gg.p, ggPlain.p);
    printParameter("q", kPublishedGammaGamma.q, gg.q, ggPlain.q);
    printParameter("v", kPublishedGammaGamma.v, gg.v, ggPlain.v);
    out() << "  mean value per purchase p v / (q - 1): $" << QString::number(gg.p * gg.v / (gg.q - 1), 'f', 2)
          << Qt::endl;
    printHoldout(customers, bg, gg);
}

// ---- The Complete Journey ----

struct Basket {
    QDate day;
    bool discounted = false;
    QSet<QString> categories;
};

struct Campaign {
    int id = 0;
    QString type;
    QDate start;
    QDate end;
    QSet<QString> targeted; ///< households
    QSet<QString> redeemers;
    QSet<QString> categories; ///< product categories of the campaign's coupons
};

struct Journey {
    std::vector<Campaign> campaigns;
    QHash<QString, std::vector<Basket>> basketsByHousehold;
};

Journey loadJourney(const QString& folder)
{
    Journey journey;
    std::map<int, size_t> campaignIndex;
    readCsv(folder + QStringLiteral("/campaign_descriptions.csv"),
        { QStringLiteral("campaign_id"), QStringLiteral("campaign_type"), QStringLiteral("start_date"),
            QStringLiteral("end_date") },
        [&](const std::vector<std::string_view>& f) {
            Campaign campaign;
            campaign.id = int(number(f[0]));
            campaign.type = fromUtf8(f[1]);
            campaign.start = QDate::fromString(fromUtf8(f[2]), Qt::ISODate);
            campaign.end = QDate::fromString(fromUtf8(f[3]), Qt::ISODate);
            campaignIndex[campaign.id] = journey.campaigns.size();
            journey.campaigns.push_back(std::move(campaign));
        });
    const auto campaignOf = [&](std::string_view id) -> Campaign* {
        const auto found = campaignIndex.find(int(number(id)));
        return found == campaignIndex.end() ? nullptr : &journey.campaigns[found->second];
    };
    readCsv(folder + QStringLiteral("/campaigns.csv"),
        { QStringLiteral("campaign_id"), QStringLiteral("household_id") }, [&](const std::vector<std::string_view>& f) {
            if (Campaign* campaign = campaignOf(f[0]))
                campaign->targeted.insert(fromUtf8(f[1]));
        });
    readCsv(folder + QStringLiteral("/coupon_redemptions.csv"),
        { QStringLiteral("campaign_id"), QStringLiteral("household_id") }, [&](const std::vector<std::string_view>& f) {
            if (Campaign* campaign = campaignOf(f[0]))
                campaign->redeemers.insert(fromUtf8(f[1]));
        });
    QHash<QString, QString> categoryOfProduct;
    readCsv(folder + QStringLiteral("/products.csv"),
        { QStringLiteral("product_id"), QStringLiteral("product_category") },
        [&](const std::vector<std::string_view>& f) {
            if (!f[1].empty())
                categoryOfProduct.insert(fromUtf8(f[0]), fromUtf8(f[1]));
        });
    readCsv(folder + QStringLiteral("/coupons.csv"), { QStringLiteral("campaign_id"), QStringLiteral("product_id") },
        [&](const std::vector<std::string_view>& f) {
            Campaign* campaign = campaignOf(f[0]);
            const auto category = categoryOfProduct.constFind(fromUtf8(f[1]));
            if (campaign && category != categoryOfProduct.constEnd())
                campaign->categories.insert(*category);
        });
    QHash<QString, QHash<QString, Basket>> baskets; // household -> basket id -> basket
    readCsv(folder + QStringLiteral("/transactions_sample.csv"),
        { QStringLiteral("household_id"), QStringLiteral("basket_id"), QStringLiteral("product_id"),
            QStringLiteral("retail_disc"), QStringLiteral("coupon_disc"), QStringLiteral("transaction_timestamp") },
        [&](const std::vector<std::string_view>& f) {
            Basket& basket = baskets[fromUtf8(f[0])][fromUtf8(f[1])];
            basket.day = QDate::fromString(fromUtf8(f[5].substr(0, 10)), Qt::ISODate);
            basket.discounted = basket.discounted || number(f[3]) > 0 || number(f[4]) > 0;
            const auto category = categoryOfProduct.constFind(fromUtf8(f[2]));
            if (category != categoryOfProduct.constEnd())
                basket.categories.insert(*category);
        });
    for (auto household = baskets.cbegin(); household != baskets.cend(); ++household) {
        std::vector<Basket>& list = journey.basketsByHousehold[household.key()];
        for (const Basket& basket : household.value())
            list.push_back(basket);
        std::ranges::sort(list, {}, &Basket::day);
    }
    return journey;
}

/// Pairs (redeemer, non-redeemer) ranked the right way round, ties counting half, and all pairs.
struct PairCount {
    double concordant = 0;
    double pairs = 0;
    [[nodiscard]] double auc() const { return pairs > 0 ? concordant / pairs : std::nan(""); }
    PairCount& operator+=(const PairCount& other)
    {
        concordant += other.concordant;
        pairs += other.pairs;
        return *this;
    }
};

PairCount countPairs(const std::vector<double>& scores, const std::vector<bool>& positive)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::sort(order, {}, [&](size_t i) { return scores[i]; });
    // Mann-Whitney: the sum of the positives' ranks (ties get their mean rank), less its minimum.
    double positiveRanks = 0;
    double positives = 0;
    for (size_t begin = 0; begin < order.size();) {
        size_t end = begin;
        while (end < order.size() && scores[order[end]] == scores[order[begin]])
            ++end;
        const double meanRank = (double(begin + 1) + double(end)) / 2;
        for (size_t i = begin; i < end; ++i)
            if (positive[order[i]]) {
                positiveRanks += meanRank;
                positives += 1;
            }
        begin = end;
    }
    const double negatives = double(scores.size()) - positives;
    return { positiveRanks - positives * (positives + 1) / 2, positives * negatives };
}

struct CampaignResult {
    PairCount score;
    PairCount expectedOrders;
    PairCount recency;
};

void reportJourney(const QString& shared)
{
    out() << Qt::endl
          << "== The Complete Journey: does the audience score find the households that redeem? ==" << Qt::endl;
    out() << "How to read: AUC is the chance that a targeted household that redeemed the campaign's coupons scores "
             "above one that did not (0.5 = no better than chance); the score should beat the recency baseline. "
             "Pooled figures count pairs within each campaign only."
          << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const Journey journey = loadJourney(shared + QStringLiteral("/data/completejourney"));
    out() << "  read in " << QString::number(seconds(timer), 'f', 1) << " s: " << journey.basketsByHousehold.size()
          << " households with baskets in the 75,000-line transaction sample" << Qt::endl;
    out() << "  campaign  type    start       weeks  targeted  with history  redeemers  categories   AUC score  "
             "AUC E[orders]  AUC recency"
          << Qt::endl;
    std::map<QString, CampaignResult> byType;
    CampaignResult pooled;
    QSet<QString> targetedEver;
    QSet<QString> targetedWithHistory;
    double fitSeconds = 0;
    for (const Campaign& campaign : journey.campaigns) {
        std::vector<AudienceCustomer> households;
        std::vector<QString> ids;
        StoreOrderCounts store;
        for (auto it = journey.basketsByHousehold.cbegin(); it != journey.basketsByHousehold.cend(); ++it) {
            AudienceCustomer customer;
            QDate first;
            QDate last;
            for (const Basket& basket : it.value()) {
                if (basket.day >= campaign.start)
                    break;
                if (!first.isValid())
                    first = basket.day;
                if (basket.day != last && last.isValid())
                    customer.purchases.frequency += 1;
                last = basket.day;
                ++customer.orders;
                customer.categoryOrders += basket.categories.intersects(campaign.categories) ? 1 : 0;
                customer.discountedOrders += basket.discounted ? 1 : 0;
            }
            if (!first.isValid())
                continue;
            customer.purchases.recency = weeksBetween(first, last);
            customer.purchases.age = weeksBetween(first, campaign.start.addDays(-1));
            store.orders += customer.orders;
            store.categoryOrders += customer.categoryOrders;
            store.discountedOrders += customer.discountedOrders;
            households.push_back(customer);
            ids.push_back(it.key());
        }
        std::vector<PurchaseSummary> summaries;
        for (const AudienceCustomer& household : households)
            summaries.push_back(household.purchases);
        timer.restart();
        const auto fit = fitBgNbd(summaries);
        fitSeconds += seconds(timer);
        out() << "  " << qSetFieldWidth(8) << campaign.id << qSetFieldWidth(0) << "  " << campaign.type << "  "
              << campaign.start.toString(Qt::ISODate) << qSetFieldWidth(7)
              << QString::number(weeksBetween(campaign.start, campaign.end.addDays(1)), 'f', 1) << qSetFieldWidth(10)
              << campaign.targeted.size() << qSetFieldWidth(0);
        for (const QString& id : campaign.targeted)
            targetedEver.insert(id);
        if (!fit) {
            out() << "   skipped: " << fit.error().message << Qt::endl;
            continue;
        }
        const AudienceOptions options { .windowWeeks = weeksBetween(campaign.start, campaign.end.addDays(1)) };
        std::vector<double> score;
        std::vector<double> expectedOrders;
        std::vector<double> recency;
        std::vector<bool> redeemed;
        for (size_t i = 0; i < households.size(); ++i) {
            if (!campaign.targeted.contains(ids[i]))
                continue;
            targetedWithHistory.insert(ids[i]);
            const AudienceScore audience = scoreAudience(fit->parameters, households[i], store, options);
            score.push_back(audience.score);
            expectedOrders.push_back(audience.expectedOrders);
            recency.push_back(-(households[i].purchases.age - households[i].purchases.recency));
            redeemed.push_back(campaign.redeemers.contains(ids[i]));
        }
        const CampaignResult result { countPairs(score, redeemed), countPairs(expectedOrders, redeemed),
            countPairs(recency, redeemed) };
        const auto redeemers = std::ranges::count(redeemed, true);
        out() << qSetFieldWidth(14) << score.size() << qSetFieldWidth(11) << redeemers << qSetFieldWidth(12)
              << campaign.categories.size() << qSetFieldWidth(12) << QString::number(result.score.auc(), 'f', 3)
              << qSetFieldWidth(15) << QString::number(result.expectedOrders.auc(), 'f', 3) << qSetFieldWidth(13)
              << QString::number(result.recency.auc(), 'f', 3) << qSetFieldWidth(0) << Qt::endl;
        for (CampaignResult* total : { &byType[campaign.type], &pooled }) {
            total->score += result.score;
            total->expectedOrders += result.expectedOrders;
            total->recency += result.recency;
        }
    }
    out() << "  " << targetedWithHistory.size() << " of " << targetedEver.size()
          << " targeted households had purchases in the sample before a campaign that targeted them; BG/NBD fits "
          << QString::number(fitSeconds, 'f', 2) << " s in all" << Qt::endl;
    out() << "  pooled     pairs      AUC score  AUC E[orders]  AUC recency" << Qt::endl;
    byType[QStringLiteral("all")] = pooled;
    for (const auto& [type, result] : byType)
        out() << "  " << qSetFieldWidth(9) << Qt::left << type << Qt::right << qSetFieldWidth(9) << result.score.pairs
              << qSetFieldWidth(13) << QString::number(result.score.auc(), 'f', 3) << qSetFieldWidth(15)
              << QString::number(result.expectedOrders.auc(), 'f', 3) << qSetFieldWidth(13)
              << QString::number(result.recency.auc(), 'f', 3) << qSetFieldWidth(0) << Qt::endl;
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
    const QString shared = parser.value(sharedOption);
    reportCdnow(shared);
    reportJourney(shared);
    return 0;
}
