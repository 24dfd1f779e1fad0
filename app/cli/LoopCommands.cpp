#include "Commands.h"

#include "flywheel/Recommendation.h"
#include "stages/outcomes/OutcomeQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace flywheel::cli {

namespace {
struct LoopText {
    Q_DECLARE_TR_FUNCTIONS(LoopCommands)
};

/// The action ids given after the command; empty (after saying why) when one is not a number.
std::optional<std::vector<std::int64_t>> actionIds(Invocation& call)
{
    std::vector<std::int64_t> ids;
    for (const QString& argument : call.arguments) {
        bool ok = false;
        const std::int64_t id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            call.err << LoopText::tr("\"%1\" is not an action id; \"flywheel-cli actions\" lists them.").arg(argument)
                     << Qt::endl;
            return std::nullopt;
        }
        ids.push_back(id);
    }
    return ids;
}

int setStatus(Invocation& call, const QString& status, const QString& usage)
{
    const auto ids = actionIds(call);
    if (!ids)
        return Failed;
    if (ids->empty()) {
        call.err << usage << Qt::endl;
        return Failed;
    }
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    if (auto ok = RecommendationQueue(*db).setStatus(*ids, status); !ok)
        return reportError(call, ok.error());
    if (call.json) {
        QJsonArray array;
        for (const std::int64_t id : *ids)
            array.append(qint64(id));
        printJson(call, QJsonObject { { QStringLiteral("ids"), array }, { QStringLiteral("status"), status } });
        return Ok;
    }
    call.out << (status == QLatin1StringView("accepted")
            ? LoopText::tr("%n action(s) accepted; \"flywheel-cli push --accepted --out DIR\" writes their "
                           "files.",
                nullptr, int(ids->size()))
            : LoopText::tr(
                "%n action(s) dismissed; they return only when their evidence grows.", nullptr, int(ids->size())))
             << Qt::endl;
    return Ok;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

int runAccept(Invocation& call)
{
    return setStatus(call, QStringLiteral("accepted"),
        LoopText::tr("Name the actions to accept: flywheel-cli --db STORE accept ID [ID...]."));
}

int runDismiss(Invocation& call)
{
    return setStatus(call, QStringLiteral("dismissed"),
        LoopText::tr("Name the actions to dismiss: flywheel-cli --db STORE dismiss ID [ID...]."));
}

int runOutcomes(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto outcomes = outcomes::loadOutcomes(*db);
    if (!outcomes)
        return reportError(call, outcomes.error());
    const QLocale locale;
    if (call.json) {
        QJsonArray array;
        for (const outcomes::OutcomeRow& o : *outcomes) {
            QJsonObject object { { QStringLiteral("id"), qint64(o.recommendationId) },
                { QStringLiteral("stage"), o.stage }, { QStringLiteral("kind"), o.kind },
                { QStringLiteral("title"), o.title }, { QStringLiteral("metric"), o.metric },
                { QStringLiteral("window"),
                    QJsonObject { { QStringLiteral("days"), o.windowDays },
                        { QStringLiteral("before_from"), o.startDay.addDays(1 - o.windowDays).toString(Qt::ISODate) },
                        { QStringLiteral("after_from"), o.startDay.addDays(1).toString(Qt::ISODate) },
                        { QStringLiteral("after_to"), o.windowEnd().toString(Qt::ISODate) } } },
                { QStringLiteral("status"), o.status },
                { QStringLiteral("statement"), outcomes::describeOutcome(o, locale) } };
            if (o.status == QLatin1StringView("measured")) {
                object.insert(QStringLiteral("before"), optionalNumber(o.before));
                object.insert(QStringLiteral("after"), optionalNumber(o.after));
                object.insert(QStringLiteral("effect"),
                    QJsonObject { { QStringLiteral("value"), optionalNumber(o.effect) },
                        { QStringLiteral("low"), optionalNumber(o.low) },
                        { QStringLiteral("high"), optionalNumber(o.high) }, { QStringLiteral("confidence"), 0.95 } });
                object.insert(QStringLiteral("improved"), o.improved ? QJsonValue(*o.improved) : QJsonValue());
                object.insert(QStringLiteral("sample"), o.sample);
            }
            array.append(object);
        }
        printJson(call, array);
        return Ok;
    }
    if (outcomes->isEmpty())
        call.out << LoopText::tr("Nothing pushed yet: accept actions and push them; the next imports measure what "
                                 "they did.")
                 << Qt::endl;
    for (const outcomes::OutcomeRow& o : *outcomes)
        call.out << QStringLiteral("%1  [%2/%3]  %4\n        %5: %6\n")
                        .arg(o.recommendationId, 5)
                        .arg(o.stage, o.status, o.title, outcomes::metricTitle(o.metric),
                            outcomes::describeOutcome(o, locale));
    call.out.flush();
    return Ok;
}

} // namespace flywheel::cli
