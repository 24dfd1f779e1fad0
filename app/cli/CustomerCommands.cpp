#include "Commands.h"

#include "io/Values.h"
#include "stages/promotions/CustomerScores.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace flywheel::cli {

namespace {
struct CustomerCommandText {
    Q_DECLARE_TR_FUNCTIONS(CustomerCommands)
};

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue optionalNumber(const std::optional<double>& value, int decimals)
{
    return value ? QJsonValue(rounded(*value, decimals)) : QJsonValue();
}

std::optional<promotions::ScoredCustomers> scoreStore(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return std::nullopt;
    auto scored = promotions::scoreCustomers(*db, nullptr);
    if (!scored) {
        reportError(call, scored.error());
        return std::nullopt;
    }
    return std::move(*scored);
}

QJsonObject customerJson(
    const customers::CustomerHistory& history, const promotions::CustomerScore& score, const QString& currency)
{
    return { { QStringLiteral("customer_id"), qint64(history.customerId) }, { QStringLiteral("email"), history.email },
        { QStringLiteral("segment"), customers::segmentKey(score.rfm.segment) },
        { QStringLiteral("rfm"),
            QStringLiteral("%1%2%3").arg(score.rfm.recency).arg(score.rfm.frequency).arg(score.rfm.monetary) },
        { QStringLiteral("orders"), history.orders },
        { QStringLiteral("last_order"), history.days.back().day.toString(Qt::ISODate) },
        { QStringLiteral("p_alive"), optionalNumber(score.pAlive, 3) },
        { QStringLiteral("expected_purchases_90d"), optionalNumber(score.expectedPurchases90d, 3) },
        { QStringLiteral("expected_next_order"),
            score.expectedNextOrder ? QJsonValue(score.expectedNextOrder->toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("clv"),
            score.clvMinor ? QJsonValue(values::amountText(*score.clvMinor, currency).toDouble()) : QJsonValue() },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("discount_affinity"), rounded(score.discountAffinity, 3) },
        { QStringLiteral("top_category"), score.topCategory } };
}
} // namespace

int runCustomers(Invocation& call)
{
    const auto scored = scoreStore(call);
    if (!scored)
        return Failed;
    const customers::CustomerHistories& h = scored->histories;
    if (call.json) {
        QJsonArray list;
        for (size_t i = 0; i < h.customers.size(); ++i)
            list.append(customerJson(h.customers[i], scored->scores[i], h.currency));
        printJson(call, list);
        return Ok;
    }
    if (h.customers.empty()) {
        call.out << CustomerCommandText::tr("No customer has an order yet: import an orders export first.") << Qt::endl;
        return Ok;
    }
    call.out << CustomerCommandText::tr("customer                          segment              P(alive)  orders 90d  "
                                        "value 12 months  on discount")
             << Qt::endl;
    for (size_t i = 0; i < h.customers.size(); ++i) {
        const promotions::CustomerScore& s = scored->scores[i];
        const QString who
            = h.customers[i].email.isEmpty() ? QString::number(h.customers[i].customerId) : h.customers[i].email;
        call.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                        .arg(who.left(32), -32)
                        .arg(customers::SegmentText::title(s.rfm.segment).left(19), -19)
                        .arg(s.pAlive ? QString::number(*s.pAlive, 'f', 2) : QStringLiteral("-"), 8)
                        .arg(s.expectedPurchases90d ? QString::number(*s.expectedPurchases90d, 'f', 2)
                                                    : QStringLiteral("-"),
                            10)
                        .arg(s.clvMinor ? values::moneyText(*s.clvMinor, h.currency) : QStringLiteral("-"), 15)
                        .arg(QString::number(s.discountAffinity * 100, 'f', 0) + u'%', 11)
                 << Qt::endl;
    }
    if (!scored->models.purchaseNote.isEmpty())
        call.out << scored->models.purchaseNote << Qt::endl;
    return Ok;
}

int runClv(Invocation& call)
{
    const auto scored = scoreStore(call);
    if (!scored)
        return Failed;
    const promotions::CustomerModels& m = scored->models;
    QJsonObject purchase;
    if (m.purchase) {
        const customers::BgNbdParameters& p = m.purchase->parameters;
        purchase = { { QStringLiteral("r"), rounded(p.r, 4) }, { QStringLiteral("alpha"), rounded(p.alpha, 4) },
            { QStringLiteral("a"), rounded(p.a, 4) }, { QStringLiteral("b"), rounded(p.b, 4) },
            { QStringLiteral("customers"), m.purchase->customers },
            { QStringLiteral("repeat_customers"), m.purchase->repeatCustomers },
            { QStringLiteral("log_likelihood"), rounded(m.purchase->logLikelihood, 3) } };
    } else {
        purchase = { { QStringLiteral("error"), m.purchaseNote } };
    }
    QJsonObject spend;
    if (m.spend) {
        const customers::GammaGammaParameters& p = m.spend->parameters;
        spend = { { QStringLiteral("p"), rounded(p.p, 4) }, { QStringLiteral("q"), rounded(p.q, 4) },
            { QStringLiteral("v"), rounded(p.v, 4) }, { QStringLiteral("customers"), m.spend->customers },
            { QStringLiteral("log_likelihood"), rounded(m.spend->logLikelihood, 3) },
            { QStringLiteral("currency"), scored->histories.currency } };
    } else {
        spend = { { QStringLiteral("error"), m.spendNote } };
    }
    if (call.json) {
        // The parameters at the top level, as the models' papers name them (null when not fitted),
        // and each model's fit beside them.
        QJsonObject all { { QStringLiteral("bg_nbd"), purchase }, { QStringLiteral("gamma_gamma"), spend } };
        const auto parameter = [](const QJsonObject& model, const char* name) {
            const QJsonValue value = model.value(QLatin1StringView(name));
            return value.isUndefined() ? QJsonValue() : value;
        };
        for (const char* name : { "r", "alpha", "a", "b" })
            all.insert(QLatin1StringView(name), parameter(purchase, name));
        for (const char* name : { "p", "q", "v" })
            all.insert(QLatin1StringView(name), parameter(spend, name));
        printJson(call, all);
        return Ok;
    }
    if (m.purchase)
        call.out << CustomerCommandText::tr(
            "Purchase model (BG/NBD, weeks) on %n customer(s): r %1, alpha %2, a %3, b %4.", nullptr,
            m.purchase->customers)
                        .arg(m.purchase->parameters.r, 0, 'f', 4)
                        .arg(m.purchase->parameters.alpha, 0, 'f', 4)
                        .arg(m.purchase->parameters.a, 0, 'f', 4)
                        .arg(m.purchase->parameters.b, 0, 'f', 4)
                 << Qt::endl;
    else
        call.out << CustomerCommandText::tr("Purchase model: %1").arg(m.purchaseNote) << Qt::endl;
    if (m.spend)
        call.out << CustomerCommandText::tr("Spend model (Gamma-Gamma, in %1) on %n repeat customer(s): p "
                                            "%2, q %3, v %4.",
            nullptr, m.spend->customers)
                        .arg(scored->histories.currency)
                        .arg(m.spend->parameters.p, 0, 'f', 4)
                        .arg(m.spend->parameters.q, 0, 'f', 4)
                        .arg(m.spend->parameters.v, 0, 'f', 4)
                 << Qt::endl;
    else
        call.out << CustomerCommandText::tr("Spend model: %1").arg(m.spendNote) << Qt::endl;
    return Ok;
}

} // namespace flywheel::cli
