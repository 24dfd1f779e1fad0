#include "Commands.h"

#include "io/Values.h"
#include "stages/service/ServiceQueries.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace flywheel::cli {

namespace {
struct ServiceCommandText {
    Q_DECLARE_TR_FUNCTIONS(ServiceCommands)
};

/// Minor units to the currency's major unit (cents to dollars; yen stay yen).
double majorUnits(std::int64_t minor, const QString& currency)
{
    return static_cast<double>(minor) / std::pow(10.0, values::currencyDecimals(currency.toStdString()));
}

QString sentimentName(int level)
{
    static const QStringList names = { QStringLiteral("very negative"), QStringLiteral("negative"),
        QStringLiteral("neutral"), QStringLiteral("positive"), QStringLiteral("very positive") };
    return names.value(level + 2);
}
} // namespace

int runTickets(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto tickets = service::readTickets(*db);
    if (!tickets)
        return reportError(call, tickets.error());
    if (call.json) {
        QJsonArray array;
        for (const service::TicketReading& t : *tickets) {
            array.append(
                QJsonObject { { QStringLiteral("id"), t.sourceKey }, { QStringLiteral("created_at"), t.createdAt },
                    { QStringLiteral("sentiment"), sentimentName(t.sentiment) },
                    { QStringLiteral("sentiment_score"), t.sentimentScore }, { QStringLiteral("intent"), t.intent },
                    { QStringLiteral("intent_confidence"), t.intentConfidence },
                    { QStringLiteral("predicted_tags"), t.predictedTags },
                    { QStringLiteral("products"), QJsonArray::fromStringList(t.products) },
                    { QStringLiteral("asked_attributes"), t.askedAttributes } });
        }
        printJson(call, array);
        return Ok;
    }
    if (tickets->isEmpty())
        call.out << ServiceCommandText::tr("No analysed tickets yet: import a help-desk export, then run "
                                           "`flywheel-cli --db STORE run --stage service`.")
                 << Qt::endl;
    for (const service::TicketReading& t : *tickets)
        call.out << QStringLiteral("%1  %2  %3 (%4)  %5  %6\n")
                        .arg(t.sourceKey, -8)
                        .arg(t.createdAt.left(10), sentimentName(t.sentiment).leftJustified(13), t.intent)
                        .arg(t.intentConfidence, 0, 'f', 2)
                        .arg(t.products.join(QStringLiteral(",")), t.subject);
    call.out.flush();
    return Ok;
}

int runGaps(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto gaps = service::readGaps(*db);
    if (!gaps)
        return reportError(call, gaps.error());
    if (call.json) {
        QJsonArray array;
        for (const service::GapReading& g : *gaps) {
            array.append(
                QJsonObject { { QStringLiteral("handle"), g.handle }, { QStringLiteral("product"), g.productTitle },
                    { QStringLiteral("attribute"), g.attribute }, { QStringLiteral("mentions"), g.mentions },
                    { QStringLiteral("revenue_at_risk"), majorUnits(g.revenueAtRiskMinor, g.currency) },
                    { QStringLiteral("revenue_at_risk_minor"), static_cast<qint64>(g.revenueAtRiskMinor) },
                    { QStringLiteral("currency"), g.currency }, { QStringLiteral("confidence"), g.confidence },
                    { QStringLiteral("ticket_ids"), g.ticketIds }, { QStringLiteral("review_ids"), g.reviewIds } });
        }
        printJson(call, array);
        return Ok;
    }
    if (gaps->isEmpty())
        call.out << ServiceCommandText::tr("No content gaps: either no customer asked the same thing about a product "
                                           "often enough, or the Service stage has not run yet.")
                 << Qt::endl;
    for (const service::GapReading& g : *gaps)
        call.out << ServiceCommandText::tr("%1 — %2: %n customer(s) asked; %3 %4 at risk", nullptr, g.mentions)
                        .arg(g.productTitle, g.attributeTitle, g.currency)
                        .arg(majorUnits(g.revenueAtRiskMinor, g.currency), 0, 'f', 2)
                 << Qt::endl;
    return Ok;
}

} // namespace flywheel::cli
