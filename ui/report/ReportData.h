#pragma once

#include "stages/outcomes/OutcomeQueries.h"
#include "store/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace flywheel::report {

/// One stage of the wheel as the report shows it: its latest successful run and the one before.
struct StageFigure {
    QString name; ///< machine name, e.g. "service"
    QString title; ///< "Service"
    bool hasRun = false;
    std::optional<double> figure;
    std::optional<double> previousFigure;
    QString figureLabel; ///< e.g. "negative tickets, last 4 weeks (%)"
    QString headline;
};

/// An action still waiting for the owner (new or accepted).
struct WaitingAction {
    QString stage;
    QString title;
    QString detail;
    QString expectedEffect;
    std::optional<double> confidence;
    bool accepted = false;
};

/// Everything the weekly report shows, read in one go from the store.
struct ReportData {
    QString storeName;
    QString currency;
    QDate lastHistoryDay; ///< invalid when the store has no orders yet
    QList<StageFigure> stages; ///< the six stages in wheel order
    QList<outcomes::MomentumSeries> momentum;
    QList<WaitingAction> actions; ///< the most important first, at most kTopActions
    int waitingActions = 0; ///< all new and accepted actions, shown or not
    QList<outcomes::OutcomeRow> outcomes;
};

inline constexpr int kTopActions = 10;

/// Reads the report's data. A few small queries; the actions are ranked in SQL, so a store with
/// tens of thousands of actions stays quick. Same thread rules as `db`.
[[nodiscard]] Result<ReportData> loadReportData(Database& db);

} // namespace flywheel::report
