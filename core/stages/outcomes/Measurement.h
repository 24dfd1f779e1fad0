#pragma once

#include "Error.h"
#include "stages/outcomes/Effect.h"
#include "store/Database.h"
#include "store/StoreDays.h"

#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace flywheel::outcomes {

/// A pushed action waiting for its outcome.
struct PendingOutcome {
    std::int64_t recommendationId = 0;
    QString metric;
    int windowDays = 28;
    QDate startDay; ///< last day of the "before" window
    QJsonObject baseline; ///< what the push froze
};

/// The two windows an outcome compares: [start - days + 1, start] and [start + 1, start + days].
struct Windows {
    QDate beforeFirst;
    QDate beforeLast;
    QDate afterFirst;
    QDate afterLast;
    QTimeZone zone; ///< the store's: its days start at its midnight
};
[[nodiscard]] Windows windowsOf(QDate startDay, int days, const QTimeZone& zone);

struct Measured {
    Effect effect;
    QJsonObject sample; ///< the counts behind the figures, for the owner to check
};

/// Measures the outcome on the store's history as it is now. Call only once the history covers
/// the "after" window.
[[nodiscard]] Result<Measured> measure(Database& db, const PendingOutcome& outcome);

/// Days in [first, last] as a half-open text range for days already in store time ("2026-10-05"),
/// such as a search report's periods. StoreDays::range gives it for UTC timestamps.
[[nodiscard]] DayRange dateRange(QDate first, QDate last);

} // namespace flywheel::outcomes
