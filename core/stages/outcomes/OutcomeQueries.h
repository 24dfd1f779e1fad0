#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>

#include <optional>

namespace flywheel::outcomes {

/// A pushed action and its outcome, as the queue, the report and the command line show it.
struct OutcomeRow {
    std::int64_t recommendationId = 0;
    QString stage;
    QString kind;
    QString title;
    QString metric;
    int windowDays = 0;
    QDate startDay; ///< last day before the action; the "after" window starts the day after
    QString status; ///< waiting or measured
    QString pushedAt;
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> effect;
    std::optional<double> low;
    std::optional<double> high;
    std::optional<bool> improved;
    QJsonObject sample;
    QDate measuredOn;

    [[nodiscard]] QDate windowEnd() const { return startDay.addDays(windowDays); }
};

/// Every pushed action's outcome, the most recently pushed first.
[[nodiscard]] Result<QList<OutcomeRow>> loadOutcomes(Database& db);
/// The outcome of one action; empty when it has not been pushed.
[[nodiscard]] Result<std::optional<OutcomeRow>> loadOutcome(Database& db, std::int64_t recommendationId);

struct MomentumPoint {
    QDate asOf;
    double value = 0;
};
struct MomentumSeries {
    QString figure; ///< see outcomes::figure
    QList<MomentumPoint> points; ///< oldest first
};
/// Each momentum figure over the history days the store has been analysed at, in the wheel's order.
[[nodiscard]] Result<QList<MomentumSeries>> loadMomentum(Database& db);

/// For the owner: what a momentum figure measures, e.g. "Tickets per 100 orders".
[[nodiscard]] QString figureTitle(const QString& figure);
/// Whether a lower value of the figure is the better one.
[[nodiscard]] bool lowerIsBetter(const QString& figure);
/// The figure's value as the owner reads it ("4.2", "71%", "$1,240").
[[nodiscard]] QString formatFigure(const QString& figure, double value, const QString& currency, const QLocale& locale);

/// For the owner: what the outcome is judged by, e.g. "Tickets asking about it per 100 orders".
[[nodiscard]] QString metricTitle(const QString& metric);
/// One sentence on the outcome with its window: the change and its 95% range, what the data cannot
/// tell yet, or the day the window closes.
[[nodiscard]] QString describeOutcome(const OutcomeRow& outcome, const QLocale& locale);

} // namespace flywheel::outcomes
