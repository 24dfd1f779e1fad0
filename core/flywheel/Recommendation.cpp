#include "flywheel/Recommendation.h"

#include "stages/outcomes/OutcomeTracking.h"

#include <QDateTime>
#include <QJsonDocument>

namespace flywheel {

namespace {
struct RecommendationText {
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString evidenceJson(const QJsonArray& evidence)
{
    return QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
}
} // namespace

Result<RecommendationQueue::Proposed> RecommendationQueue::propose(const Recommendation& r, std::optional<std::int64_t> runId)
{
    auto existing = m_db.prepare("SELECT id, status, evidence_strength FROM recommendations WHERE stage = ?1 AND "
                                 "kind = ?2 AND subject_key = ?3");
    if (!existing)
        return std::unexpected(existing.error());
    existing->bindAll(r.stage, r.kind, r.subjectKey);
    auto found = existing->step();
    if (!found)
        return std::unexpected(found.error());
    const QString timestamp = now();
    if (!*found) {
        auto insert = m_db.prepare("INSERT INTO recommendations (stage, kind, subject_key, title, detail, evidence, "
                                   "evidence_strength, expected_effect, metric, window_days, confidence, status, "
                                   "created_at, updated_at, run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                   "?11, 'new', ?12, ?12, ?13)");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bindAll(r.stage, r.kind, r.subjectKey, r.title, r.detail, evidenceJson(r.evidence), r.evidenceStrength,
                        r.expectedEffect, r.metric, r.windowDays, r.confidence, timestamp, runId);
        if (auto ok = insert->run(); !ok)
            return std::unexpected(ok.error());
        return Proposed::Added;
    }
    const std::int64_t id = existing->int64(0);
    const QString status = existing->text(1);
    const double strength = existing->real(2);
    const bool dismissed = status == QStringLiteral("dismissed");
    if (dismissed && r.evidenceStrength <= strength)
        return Proposed::StillDismissed;
    auto update = m_db.prepare("UPDATE recommendations SET title = ?2, detail = ?3, evidence = ?4, evidence_strength = "
                               "?5, expected_effect = ?6, metric = ?7, window_days = ?8, confidence = ?9, status = "
                               "CASE WHEN status = 'dismissed' THEN 'new' ELSE status END, updated_at = ?10, run_id = "
                               "coalesce(?11, run_id) WHERE id = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bindAll(id, r.title, r.detail, evidenceJson(r.evidence), r.evidenceStrength, r.expectedEffect, r.metric,
                    r.windowDays, r.confidence, timestamp, runId);
    if (auto ok = update->run(); !ok)
        return std::unexpected(ok.error());
    return dismissed ? Proposed::Reopened : Proposed::Refreshed;
}

Result<int> RecommendationQueue::offer(const Recommendation& recommendation, std::optional<std::int64_t> runId)
{
    auto outcome = propose(recommendation, runId);
    if (!outcome)
        return std::unexpected(outcome.error());
    return *outcome == Proposed::StillDismissed ? 0 : 1;
}

Result<QList<Recommendation>> RecommendationQueue::list(const QString& stage)
{
    auto stmt = m_db.prepare("SELECT id, stage, kind, subject_key, title, detail, evidence, evidence_strength, "
                             "expected_effect, metric, window_days, confidence, status, created_at, updated_at FROM "
                             "recommendations WHERE ?1 IS NULL OR stage = ?1 ORDER BY updated_at DESC, id DESC");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, stage.isEmpty() ? QString() : stage);
    QList<Recommendation> out;
    auto listed = stmt->forEachRow([&](const Statement& row) {
        Recommendation r;
        r.id = row.int64(0);
        r.stage = row.text(1);
        r.kind = row.text(2);
        r.subjectKey = row.text(3);
        r.title = row.text(4);
        r.detail = row.text(5);
        r.evidence = QJsonDocument::fromJson(row.text(6).toUtf8()).array();
        r.evidenceStrength = row.real(7);
        r.expectedEffect = row.text(8);
        r.metric = row.text(9);
        r.windowDays = static_cast<int>(row.int64(10));
        if (!row.isNull(11))
            r.confidence = row.real(11);
        r.status = row.text(12);
        r.createdAt = row.text(13);
        r.updatedAt = row.text(14);
        out.append(r);
    });
    if (!listed)
        return std::unexpected(listed.error());
    return out;
}

Result<void> RecommendationQueue::setStatus(std::int64_t id, const QString& status)
{
    static const QStringList kStatuses = {QStringLiteral("new"), QStringLiteral("accepted"), QStringLiteral("dismissed"),
                                          QStringLiteral("pushed"), QStringLiteral("measured")};
    if (!kStatuses.contains(status))
        return fail(ErrorCode::InvalidArgument,
                    RecommendationText::tr("\"%1\" is not an action status; use one of: %2.")
                        .arg(status, kStatuses.join(QStringLiteral(", "))));
    const bool pushed = status == QLatin1StringView("pushed");
    // The first push is when the action reached the store; pushing its files again changes neither
    // that time nor the window its outcome is measured over.
    auto stmt = m_db.prepare("UPDATE recommendations SET status = ?2, updated_at = ?3, "
                             "pushed_at = CASE WHEN ?4 THEN coalesce(pushed_at, ?3) ELSE pushed_at END WHERE id = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bindAll(id, status, now(), pushed);
    if (auto ok = stmt->run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorCode::InvalidArgument, RecommendationText::tr("There is no action %1.").arg(id));
    return pushed ? outcomes::startMeasuring(m_db, id) : Result<void>{};
}

Result<void> RecommendationQueue::setStatus(std::span<const std::int64_t> ids, const QString& status)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const std::int64_t id : ids)
        if (auto ok = setStatus(id, status); !ok)
            return ok;
    return transaction->commit();
}

Result<void> RecommendationQueue::withdrawStale(const QString& stage, std::int64_t runId)
{
    auto withdraw
        = m_db.prepare("DELETE FROM recommendations WHERE stage = ?1 AND status = 'new' AND run_id IS NOT ?2");
    if (!withdraw)
        return std::unexpected(withdraw.error());
    withdraw->bindAll(stage, runId);
    return withdraw->run();
}

} // namespace flywheel
