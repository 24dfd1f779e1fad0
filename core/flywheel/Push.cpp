#include "flywheel/Push.h"

#include "flywheel/Recommendation.h"
#include "stages/content/ContentPush.h"
#include "stages/inventory/InventoryPush.h"
#include "stages/merchandising/MerchandisingPush.h"
#include "stages/promotions/PromotionPush.h"
#include "stages/search/SearchPush.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace flywheel {

namespace {
struct PushText {
    Q_DECLARE_TR_FUNCTIONS(Push)
};

struct StagePush {
    const char* stage;
    Result<PushReport> (*push)(Database&, const QString&);
};
constexpr StagePush kPushes[] = {
    {"content", [](Database& db, const QString& dir) { return content::pushContent(db, dir); }},
    {"search", search::pushSearch},
    {"merchandising", merchandising::pushMerchandising},
    {"inventory", inventory::pushPurchaseOrders},
    {"promotions", promotions::pushPromotions},
};

Result<QSet<std::int64_t>> idsWithStatus(Database& db, const char* status)
{
    auto select = db.prepare("SELECT id FROM recommendations WHERE status = ?1");
    if (!select)
        return std::unexpected(select.error());
    select->bindAll(status);
    QSet<std::int64_t> ids;
    auto read = select->forEachRow([&](Statement& row) { ids.insert(row.int64(0)); });
    if (!read)
        return std::unexpected(read.error());
    return ids;
}

Result<QJsonArray> describeActions(Database& db, const QList<std::int64_t>& ids)
{
    auto select = db.prepare("SELECT stage, kind, subject_key, title, pushed_at FROM recommendations WHERE id = ?1");
    if (!select)
        return std::unexpected(select.error());
    QJsonArray actions;
    for (const std::int64_t id : ids) {
        select->bindAll(id);
        auto found = select->step();
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            actions.append(QJsonObject{{u"id"_s, qint64(id)},
                                       {u"stage"_s, select->text(0)},
                                       {u"kind"_s, select->text(1)},
                                       {u"subject"_s, select->text(2)},
                                       {u"title"_s, select->text(3)},
                                       {u"first_pushed_at"_s, select->text(4)}});
        select->reset();
    }
    return actions;
}

Result<void> appendToManifest(const QString& dir, const QJsonObject& entry)
{
    const QString path = QDir(dir).filePath(QLatin1StringView(kPushManifest));
    QJsonObject manifest;
    if (QFile existing(path); existing.open(QIODevice::ReadOnly))
        manifest = QJsonDocument::fromJson(existing.readAll()).object();
    QJsonArray pushes = manifest.value("pushes"_L1).toArray();
    pushes.append(entry);
    manifest.insert(u"pushes"_s, pushes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.commit())
        return fail(ErrorCode::Io, PushText::tr("The files were written, but the list of pushes %1 could not be "
                                                "updated (%2). Check that you may write to the folder.")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
} // namespace

QStringList pushableStages()
{
    QStringList stages;
    for (const StagePush& stage : kPushes)
        stages << QLatin1StringView(stage.stage);
    return stages;
}

Result<PushReport> pushWithManifest(Database& db, const QString& dir, const PushFunction& push)
{
    auto accepted = idsWithStatus(db, "accepted");
    if (!accepted)
        return std::unexpected(accepted.error());
    auto report = push(db, dir);
    if (!report || (report->files.isEmpty() && report->actions == 0))
        return report;
    auto pushedNow = idsWithStatus(db, "pushed");
    if (!pushedNow)
        return std::unexpected(pushedNow.error());
    QList<std::int64_t> ids = QList<std::int64_t>(accepted->begin(), accepted->end());
    ids.removeIf([&](std::int64_t id) { return !pushedNow->contains(id); });
    std::sort(ids.begin(), ids.end());
    auto actions = describeActions(db, ids);
    if (!actions)
        return std::unexpected(actions.error());
    QJsonArray files;
    for (const QString& file : report->files)
        files.append(QDir(dir).relativeFilePath(file));
    const QJsonObject entry{{u"pushed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {u"store"_s, QDir::toNativeSeparators(db.path())},
                            {u"files"_s, files},
                            {u"actions"_s, *actions},
                            {u"notes"_s, QJsonArray::fromStringList(report->notes)}};
    if (auto ok = appendToManifest(dir, entry); !ok)
        return std::unexpected(ok.error());
    report->files << QDir(dir).filePath(QLatin1StringView(kPushManifest));
    return report;
}

Result<PushReport> pushAccepted(Database& db, const QString& dir, const QStringList& stages)
{
    const auto everyStage = [&stages](Database& store, const QString& to) -> Result<PushReport> {
        PushReport all;
        for (const StagePush& stage : kPushes) {
            if (!stages.isEmpty() && !stages.contains(QLatin1StringView(stage.stage)))
                continue;
            auto report = stage.push(store, to);
            if (!report)
                return std::unexpected(report.error());
            all.files << report->files;
            all.products += report->products;
            all.actions += report->actions;
            all.notes << report->notes;
        }
        return all;
    };
    return pushWithManifest(db, dir, everyStage);
}

Result<PushReport> pushActions(Database& db, const QString& dir, std::span<const std::int64_t> ids)
{
    RecommendationQueue queue(db);
    QStringList stages;
    auto check = db.prepare("SELECT stage, status FROM recommendations WHERE id = ?1");
    if (!check)
        return std::unexpected(check.error());
    for (const std::int64_t id : ids) {
        check->bindAll(id);
        auto found = check->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::InvalidArgument,
                        PushText::tr("There is no action %1; \"flywheel-cli actions\" lists them.").arg(id));
        const QString status = check->text(1);
        if (status != "new"_L1 && status != "accepted"_L1)
            return fail(ErrorCode::InvalidArgument,
                        PushText::tr("Action %1 is %2, so there is nothing to push; only new or accepted actions "
                                     "can be pushed.")
                            .arg(id)
                            .arg(status));
        if (!stages.contains(check->text(0)))
            stages << check->text(0);
        check->reset();
    }
    if (auto ok = queue.setStatus(ids, u"accepted"_s); !ok)
        return std::unexpected(ok.error());
    // The other accepted actions of those stages wait: they are set back to new for this push and
    // accepted again after it, whatever the push did.
    auto others = idsWithStatus(db, "accepted");
    if (!others)
        return std::unexpected(others.error());
    for (const std::int64_t id : ids)
        others->remove(id);
    const std::vector<std::int64_t> held(others->begin(), others->end());
    if (auto ok = queue.setStatus(held, u"new"_s); !ok)
        return std::unexpected(ok.error());
    auto report = pushAccepted(db, dir, stages);
    if (auto ok = queue.setStatus(held, u"accepted"_s); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace flywheel
