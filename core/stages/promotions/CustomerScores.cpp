#include "stages/promotions/CustomerScores.h"

#include "Parallel.h"
#include "customers/AudienceScore.h"
#include "io/Values.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace flywheel::promotions {

namespace {
struct ScoreText {
    Q_DECLARE_TR_FUNCTIONS(CustomerScores)
};

/// Future spend is worth a little less than spend today: 10 % a year.
constexpr double kWeeklyDiscountRate = 0.10 / 52.0;

customers::PurchaseSummary summarize(const customers::CustomerHistory& history, QDate lastDay)
{
    const QDate first = history.days.front().day;
    return { double(history.days.size() - 1), double(first.daysTo(history.days.back().day)) / 7.0,
        double(first.daysTo(lastDay)) / 7.0 };
}

/// Minor units per unit of the currency: the spend model is fitted in whole units, so its
/// parameters read the same as in the literature (v in dollars, not cents).
double minorPerUnit(const QString& currency)
{
    return std::pow(10.0, values::currencyDecimals(currency.toStdString()));
}

/// Mean value of the purchases after the first (the Gamma-Gamma model's zbar), in currency units.
double averageRepeatValue(const customers::CustomerHistory& history, double minorUnits)
{
    if (history.days.size() < 2)
        return 0;
    double total = 0;
    for (size_t i = 1; i < history.days.size(); ++i)
        total += double(history.days[i].valueMinor);
    return total / double(history.days.size() - 1) / minorUnits;
}

std::int64_t spent(const customers::CustomerHistory& history)
{
    std::int64_t total = 0;
    for (const customers::PurchaseDay& day : history.days)
        total += day.valueMinor;
    return total;
}

QString topCategory(const customers::CustomerHistory& history, const QStringList& categories)
{
    const auto top = std::ranges::max_element(history.categoryOrders, {}, &std::pair<int, int>::second);
    return top == history.categoryOrders.end() ? QString() : categories[top->first];
}

/// Every customer's purchase summary, in the order of the scores: what the purchase model is fitted
/// on and then applied to.
std::vector<customers::PurchaseSummary> purchaseSummaries(const ScoredCustomers& scored)
{
    std::vector<customers::PurchaseSummary> summaries;
    summaries.reserve(scored.scores.size());
    for (const CustomerScore& score : scored.scores)
        summaries.push_back(score.summary);
    return summaries;
}

void fitModels(ScoredCustomers& scored, const std::vector<customers::PurchaseSummary>& summaries)
{
    std::vector<customers::RepeatSpend> spends;
    for (const CustomerScore& score : scored.scores) {
        if (score.summary.frequency >= 1)
            spends.push_back({ score.summary.frequency, score.averageRepeatValue });
    }
    if (auto purchase = customers::fitBgNbd(summaries))
        scored.models.purchase = *purchase;
    else
        scored.models.purchaseNote = purchase.error().message;
    if (auto spend = customers::fitGammaGamma(spends))
        scored.models.spend = *spend;
    else
        scored.models.spendNote = spend.error().message;
}

void applyModels(ScoredCustomers& scored, const std::vector<customers::PurchaseSummary>& summaries)
{
    const CustomerModels& models = scored.models;
    if (!models.purchase)
        return;
    const customers::BgNbdParameters& purchase = models.purchase->parameters;
    const QDate lastDay = scored.histories.lastDay;
    std::vector<double> windows = customers::lifetimeStepEnds(kLifetimeWeeks); // the last ends at kLifetimeWeeks
    windows.push_back(kExpectedPurchaseDays / 7.0);
    const customers::ExpectedPurchasesTable expected(purchase, summaries, std::move(windows));
    // Each customer is independent: a large store's hundreds of thousands are scored on every core.
    forEachChunk(scored.scores.size(), 2048, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            CustomerScore& score = scored.scores[i];
            const customers::PurchaseSummary& s = score.summary;
            score.pAlive = customers::probabilityAlive(purchase, s);
            score.expectedPurchases90d = expected(s, kExpectedPurchaseDays / 7.0);
            if (const auto weeks = customers::medianWeeksToNextPurchase(purchase, s))
                score.expectedNextOrder = lastDay.addDays(qint64(std::ceil(*weeks * 7.0)));
            double value = 0;
            if (models.spend) {
                value = customers::customerLifetimeValue(models.spend->parameters, s, score.averageRepeatValue,
                            kLifetimeWeeks, kWeeklyDiscountRate, 1.0, [&](double weeks) { return expected(s, weeks); })
                    * minorPerUnit(scored.histories.currency);
            } else {
                // Without a spend model, each customer's own average order stands in for it.
                const customers::CustomerHistory& history = scored.histories.customers[i];
                value = expected(s, kLifetimeWeeks) * double(spent(history)) / double(history.days.size());
            }
            if (std::isfinite(value))
                score.clvMinor = std::llround(value);
        }
    });
}
} // namespace

Result<ScoredCustomers> scoreCustomers(Database& db, const Progress* progress)
{
    auto histories = customers::readCustomerHistories(db);
    if (!histories)
        return std::unexpected(histories.error());
    ScoredCustomers scored;
    scored.histories = std::move(*histories);
    const customers::CustomerHistories& h = scored.histories;
    if (progress && progress->cancelled())
        return fail(ErrorCode::Cancelled, ScoreText::tr("Scoring customers was cancelled."));

    std::vector<customers::RfmInput> rfmInputs;
    rfmInputs.reserve(h.customers.size());
    for (const customers::CustomerHistory& customer : h.customers)
        rfmInputs.push_back({ int(customer.days.back().day.daysTo(h.lastDay)), customer.orders, spent(customer) });
    const std::vector<customers::RfmScore> rfm = customers::scoreRfm(rfmInputs);
    const double pseudoOrders = customers::AudienceOptions {}.pseudoOrders;
    const double storeDiscountShare = h.orders > 0 ? double(h.discountedOrders) / double(h.orders) : 0.0;
    scored.scores.reserve(h.customers.size());
    for (size_t i = 0; i < h.customers.size(); ++i) {
        const customers::CustomerHistory& customer = h.customers[i];
        CustomerScore score;
        score.rfm = rfm[i];
        score.summary = summarize(customer, h.lastDay);
        score.averageRepeatValue = averageRepeatValue(customer, minorPerUnit(h.currency));
        score.discountAffinity = (double(customer.discountedOrders) + pseudoOrders * storeDiscountShare)
            / (double(customer.orders) + pseudoOrders);
        score.topCategory = topCategory(customer, h.categories);
        scored.scores.push_back(score);
    }
    const std::vector<customers::PurchaseSummary> summaries = purchaseSummaries(scored);
    fitModels(scored, summaries);
    applyModels(scored, summaries);
    return scored;
}

Result<void> writeCustomerScores(Database& db, std::int64_t runId, const ScoredCustomers& scored)
{
    // Nearly every customer of the last run is scored again, so the rows are updated where they are.
    // Deleting them all first costs more than the writing: with foreign keys on, SQLite looks up each
    // deleted row's customer and run. Rows of customers no longer scored go afterwards.
    auto score = db.prepare(
        "INSERT INTO customer_scores (customer_id, run_id, orders, first_order_on, last_order_on, spent_minor, "
        "recency_score, frequency_score, monetary_score, segment, p_alive, expected_purchases_90d, "
        "expected_next_order_on, clv_minor, discounted_orders, discount_affinity, top_category) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
        "ON CONFLICT (customer_id) DO UPDATE SET run_id = excluded.run_id, orders = excluded.orders, "
        "first_order_on = excluded.first_order_on, last_order_on = excluded.last_order_on, "
        "spent_minor = excluded.spent_minor, recency_score = excluded.recency_score, "
        "frequency_score = excluded.frequency_score, monetary_score = excluded.monetary_score, "
        "segment = excluded.segment, p_alive = excluded.p_alive, "
        "expected_purchases_90d = excluded.expected_purchases_90d, "
        "expected_next_order_on = excluded.expected_next_order_on, clv_minor = excluded.clv_minor, "
        "discounted_orders = excluded.discounted_orders, discount_affinity = excluded.discount_affinity, "
        "top_category = excluded.top_category");
    if (!score)
        return std::unexpected(score.error());
    for (size_t i = 0; i < scored.scores.size(); ++i) {
        const customers::CustomerHistory& h = scored.histories.customers[i];
        const CustomerScore& s = scored.scores[i];
        score->bindAll(h.customerId, runId, h.orders, h.days.front().day, h.days.back().day, spent(h), s.rfm.recency,
            s.rfm.frequency, s.rfm.monetary, customers::segmentKey(s.rfm.segment), s.pAlive, s.expectedPurchases90d,
            s.expectedNextOrder, s.clvMinor, h.discountedOrders, s.discountAffinity,
            s.topCategory.isEmpty() ? std::nullopt : std::optional(s.topCategory));
        if (auto ok = score->run(); !ok)
            return ok;
    }
    auto unscored = db.prepare("DELETE FROM customer_scores WHERE run_id IS NOT ?1");
    if (!unscored)
        return std::unexpected(unscored.error());
    if (auto ok = unscored->bindAll(runId).run(); !ok)
        return ok;
    if (auto ok = db.exec("DELETE FROM customer_models"); !ok)
        return ok;
    auto model = db.prepare("INSERT INTO customer_models (model, run_id, customers, parameters, log_likelihood, note) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!model)
        return std::unexpected(model.error());
    const auto json = [](const QJsonObject& object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    const CustomerModels& m = scored.models;
    if (m.purchase) {
        const customers::BgNbdParameters& p = m.purchase->parameters;
        model->bindAll(QStringLiteral("bg_nbd"), runId, m.purchase->customers,
            json({ { QStringLiteral("r"), p.r }, { QStringLiteral("alpha"), p.alpha }, { QStringLiteral("a"), p.a },
                { QStringLiteral("b"), p.b } }),
            m.purchase->logLikelihood, std::optional<QString>());
    } else {
        model->bindAll(
            QStringLiteral("bg_nbd"), runId, int(scored.scores.size()), std::nullopt, std::nullopt, m.purchaseNote);
    }
    if (auto ok = model->run(); !ok)
        return ok;
    if (m.spend) {
        const customers::GammaGammaParameters& p = m.spend->parameters;
        model->bindAll(QStringLiteral("gamma_gamma"), runId, m.spend->customers,
            json({ { QStringLiteral("p"), p.p }, { QStringLiteral("q"), p.q }, { QStringLiteral("v"), p.v } }),
            m.spend->logLikelihood, std::optional<QString>());
    } else {
        model->bindAll(QStringLiteral("gamma_gamma"), runId, 0, std::nullopt, std::nullopt, m.spendNote);
    }
    return model->run();
}

} // namespace flywheel::promotions
