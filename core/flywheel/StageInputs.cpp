#include "flywheel/StageInputs.h"

#include "Version.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace flywheel {

namespace {
/// Appends every row of a query, cell by cell, to the digest.
Result<void> addRows(QCryptographicHash& digest, Database& db, std::string_view sql, const QString& parameter = {})
{
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    if (!parameter.isNull())
        select->bindAll(parameter);
    const int columns = select->columnCount();
    return select->forEachRow([&](Statement& row) {
        for (int c = 0; c < columns; ++c) {
            digest.addData(row.text(c).toUtf8());
            digest.addData(QByteArrayView("\x1f"));
        }
        digest.addData(QByteArrayView("\x1e"));
    });
}
} // namespace

Result<QString> stageInputs(
    Database& db, const Stage& stage, const QHash<QString, std::int64_t>& upstreamRuns, quint64 seed)
{
    QCryptographicHash digest(QCryptographicHash::Sha1);
    digest.addData(QByteArrayView(kVersion));
    digest.addData(QByteArray::number(seed));
    for (const QString& upstream : stage.dependsOn())
        digest.addData(QStringLiteral("|%1=%2").arg(upstream).arg(upstreamRuns.value(upstream)).toUtf8());
    const QString tables = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(stage.reads())).toJson());
    if (auto ok = addRows(digest, db,
            "SELECT b.id, coalesce(b.undone_at, '') FROM import_batches b WHERE b.id IN (SELECT batch_id FROM "
            "batch_tables WHERE table_name IN (SELECT value FROM json_each(?1))) ORDER BY b.id",
            tables);
        !ok)
        return std::unexpected(ok.error());
    // The owner's decisions count by status only: a run rewrites the texts of the actions it
    // proposes, and Outcomes marks pushed ones measured; neither makes the next run necessary.
    constexpr std::string_view kOwnerInputs[] = {
        "SELECT key, value FROM store_settings ORDER BY key",
        "SELECT vendor, lead_time_days, service_level_percent FROM vendor_terms ORDER BY vendor",
        "SELECT words, origin FROM search_synonyms ORDER BY words",
        "SELECT CASE status WHEN 'measured' THEN 'pushed' ELSE status END AS decided, count(*), sum(id) FROM "
        "recommendations WHERE status IN ('accepted', 'pushed', 'measured', 'dismissed') GROUP BY decided ORDER BY "
        "decided",
    };
    for (std::string_view sql : kOwnerInputs)
        if (auto ok = addRows(digest, db, sql); !ok)
            return std::unexpected(ok.error());
    return QString::fromLatin1(digest.result().toHex());
}

Result<std::optional<LatestRun>> latestRun(Database& db, const QString& stage)
{
    auto select = db.prepare("SELECT id, coalesce(inputs, '') FROM stage_runs WHERE stage = ?1 AND status = 'ok' "
                             "ORDER BY id DESC LIMIT 1");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(stage);
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<LatestRun> {};
    return std::optional { LatestRun { select->int64(0), select->text(1) } };
}

} // namespace flywheel
