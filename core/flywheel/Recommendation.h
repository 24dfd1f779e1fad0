#pragma once

#include "store/Database.h"

#include <QJsonArray>
#include <QList>

#include <optional>
#include <span>

namespace flywheel {

/// An action a stage proposes to the owner, with what led to it and how it will be judged.
struct Recommendation {
    std::int64_t id = 0;
    QString stage;      ///< owner stage, e.g. "content"
    QString kind;       ///< what sort of action, e.g. "add-attribute"
    QString subjectKey; ///< what it is about, e.g. "product:42"; with stage and kind, it names the action
    QString title;
    QString detail;
    /// The rows and upstream signals behind it: [{"table":"tickets","ids":[3,9]}, {"signal":"content_gaps","id":7}]
    QJsonArray evidence;
    /// How much evidence there is (e.g. number of tickets); a dismissed action returns only when it grows.
    double evidenceStrength = 0;
    QString expectedEffect;
    QString metric;
    int windowDays = 28;
    std::optional<double> confidence;
    QString status = QStringLiteral("new"); ///< new, accepted, dismissed, pushed, measured
    QString createdAt;
    QString updatedAt;
};

/// The one queue of actions across stages, kept in the store's recommendations table.
class RecommendationQueue {
public:
    explicit RecommendationQueue(Database& db) : m_db(db) {}

    enum class Proposed { Added, Refreshed, Reopened, StillDismissed };
    /// Adds the action, or refreshes the same one already queued. A dismissed action stays dismissed
    /// unless its evidence has grown, so the owner is not asked the same question twice.
    [[nodiscard]] Result<Proposed> propose(const Recommendation& recommendation, std::optional<std::int64_t> runId = {});
    /// propose(), counted: 1 when the action is (again) in front of the owner, 0 when it stays dismissed.
    [[nodiscard]] Result<int> offer(const Recommendation& recommendation, std::optional<std::int64_t> runId = {});

    /// Actions, newest first; `stage` empty = every stage.
    [[nodiscard]] Result<QList<Recommendation>> list(const QString& stage = {});
    [[nodiscard]] Result<void> setStatus(std::int64_t id, const QString& status);
    /// Removes the stage's actions still new that run `runId` did not propose again: what they were
    /// about has gone (stock arrived, the trend passed). Accepted, pushed and dismissed ones stay.
    [[nodiscard]] Result<void> withdrawStale(const QString& stage, std::int64_t runId);
    /// The same for several actions at once: all change or none.
    [[nodiscard]] Result<void> setStatus(std::span<const std::int64_t> ids, const QString& status);

private:
    Database& m_db;
};

} // namespace flywheel
