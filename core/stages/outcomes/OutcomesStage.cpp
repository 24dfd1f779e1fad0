#include "stages/outcomes/OutcomesStage.h"

#include "stages/outcomes/Measurement.h"
#include "stages/outcomes/Momentum.h"
#include "stages/outcomes/OutcomeTracking.h"
#include "store/Database.h"
#include "store/StoreDays.h"

#include <QJsonDocument>

namespace flywheel::outcomes {

namespace {
/// Pushed actions whose "after" window the history now covers.
Result<std::vector<PendingOutcome>> dueOutcomes(Database& db, QDate lastDay)
{
    auto select = db.prepare("SELECT recommendation_id, metric, window_days, start_day, baseline FROM outcomes "
                             "WHERE status = 'waiting' ORDER BY recommendation_id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<PendingOutcome> due;
    auto read = select->forEachRow([&](Statement& row) {
        PendingOutcome o { row.int64(0), row.text(1), int(row.int64(2)), QDate::fromString(row.text(3), Qt::ISODate),
            QJsonDocument::fromJson(row.text(4).toUtf8()).object() };
        if (o.startDay.isValid() && o.startDay.addDays(o.windowDays) <= lastDay)
            due.push_back(std::move(o));
    });
    if (!read)
        return std::unexpected(read.error());
    return due;
}

Result<void> saveMeasured(Database& db, const PendingOutcome& o, const Measured& m, QDate lastDay, std::int64_t runId)
{
    auto update = db.prepare("UPDATE outcomes SET status = 'measured', before_value = ?2, after_value = ?3, effect = "
                             "?4, effect_low = ?5, effect_high = ?6, improved = ?7, sample = ?8, measured_on = ?9, "
                             "run_id = ?10 WHERE recommendation_id = ?1");
    if (!update)
        return std::unexpected(update.error());
    std::optional<int> improved;
    if (m.effect.improved)
        improved = *m.effect.improved ? 1 : 0;
    update->bindAll(o.recommendationId, m.effect.before, m.effect.after, m.effect.effect, m.effect.low, m.effect.high,
        improved, QString::fromUtf8(QJsonDocument(m.sample).toJson(QJsonDocument::Compact)),
        lastDay.toString(Qt::ISODate), runId);
    if (auto ok = update->run(); !ok)
        return ok;
    auto mark = db.prepare("UPDATE recommendations SET status = 'measured' WHERE id = ?1 AND status = 'pushed'");
    if (!mark)
        return std::unexpected(mark.error());
    mark->bindAll(o.recommendationId);
    return mark->run();
}
} // namespace

QStringList OutcomesStage::dependsOn() const
{
    return { QStringLiteral("service"), QStringLiteral("content"), QStringLiteral("search"),
        QStringLiteral("merchandising"), QStringLiteral("inventory"), QStringLiteral("promotions") };
}

Result<StageSummary> OutcomesStage::run(StageContext& context)
{
    Database& db = context.db;
    auto lastDay = lastOrderDay(db);
    if (!lastDay)
        return std::unexpected(lastDay.error());
    StageSummary summary;
    if (!lastDay->isValid()) {
        summary.headline = tr("No orders yet: import an orders export to follow the wheel's figures.");
        return summary;
    }
    auto due = dueOutcomes(db, *lastDay);
    if (!due)
        return std::unexpected(due.error());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    int improved = 0;
    for (size_t i = 0; i < due->size(); ++i) {
        if (auto ok = checkCancelled(*this, context.progress); !ok)
            return std::unexpected(ok.error());
        if (context.progress)
            context.progress->report(qint64(i), qint64(due->size()) + 1);
        const PendingOutcome& o = (*due)[i];
        auto measured = measure(db, o);
        if (!measured)
            return std::unexpected(measured.error());
        improved += measured->effect.improved.value_or(false) ? 1 : 0;
        if (auto ok = saveMeasured(db, o, *measured, *lastDay, context.runId); !ok)
            return std::unexpected(ok.error());
    }
    auto figures = momentumFigures(db, *lastDay);
    if (!figures)
        return std::unexpected(figures.error());
    if (auto ok = recordMomentum(db, *lastDay, *figures, context.runId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());

    auto waiting = db.scalar("SELECT count(*) FROM outcomes WHERE status = 'waiting'");
    if (!waiting)
        return std::unexpected(waiting.error());
    auto measuredTotal = db.scalar("SELECT count(*) FROM outcomes WHERE status = 'measured'");
    if (!measuredTotal)
        return std::unexpected(measuredTotal.error());
    auto improvedTotal = db.scalar("SELECT count(*) FROM outcomes WHERE status = 'measured' AND improved = 1");
    if (!improvedTotal)
        return std::unexpected(improvedTotal.error());
    if (*measuredTotal > 0) {
        summary.figure = 100.0 * double(*improvedTotal) / double(*measuredTotal);
        summary.figureLabel = tr("measured actions that clearly worked (%)");
    }
    summary.headline = tr("%n action(s) measured this run (%1 clearly worked); %2 waiting for their window to pass. "
                          "History up to %3.",
        nullptr, int(due->size()))
                           .arg(improved)
                           .arg(*waiting)
                           .arg(QLocale().toString(*lastDay, QLocale::ShortFormat));
    summary.handoff = tr("%n figure(s) of momentum", nullptr, int(figures->size()));
    return summary;
}

} // namespace flywheel::outcomes
