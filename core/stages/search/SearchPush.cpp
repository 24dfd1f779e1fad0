#include "stages/search/SearchPush.h"

#include "flywheel/Recommendation.h"
#include "io/CsvWriter.h"
#include "io/FileNames.h"
#include "search/CatalogDocuments.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QUrl>

namespace flywheel::search {

namespace {
struct PushText {
    Q_DECLARE_TR_FUNCTIONS(SearchPush)
};

struct Group {
    QString words;
    QString origin;
    qint64 searches = 0;
};

struct Accepted {
    std::int64_t id = 0;
    QString kind;
    QString subject;
    qint64 searches = 0;
    QString detail;
    bool pushed = false; ///< already went out in an earlier push
};

Result<std::vector<Accepted>> readAccepted(Database& db)
{
    auto select = db.prepare("SELECT id, kind, subject_key, CAST(evidence_strength AS INTEGER), coalesce(detail, ''), "
                             "status <> 'accepted' "
                             "FROM recommendations WHERE stage = 'search' AND kind IN ('add-synonym', 'add-redirect') "
                             "AND status IN ('accepted', 'pushed', 'measured') ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<Accepted> accepted;
    auto read = select->forEachRow([&](Statement& row) {
        accepted.push_back({ row.int64(0), row.text(1), row.text(2), row.int64(3), row.text(4), row.int64(5) != 0 });
    });
    if (!read)
        return std::unexpected(read.error());
    return accepted;
}

/// "/collections/winter-boots" from the redirect action's detail, which names the path.
QString collectionPath(const QString& detail)
{
    const qsizetype at = detail.indexOf(QStringLiteral("/collections/"));
    if (at < 0)
        return {};
    qsizetype end = at + 13;
    while (end < detail.size() && !detail[end].isSpace() && detail[end] != u')')
        ++end;
    return detail.mid(at, end - at);
}

Result<QString> writeText(const QString& path, const QStringList& lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io,
            PushText::tr("Could not write %1 (%2). Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    if (!file.flush())
        return fail(ErrorCode::Io,
            PushText::tr("Could not finish writing %1 (%2); check the free disk space.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}
} // namespace

Result<PushReport> pushSearch(Database& db, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io,
            PushText::tr("Could not create the folder %1. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(dir)));
    auto accepted = readAccepted(db);
    if (!accepted)
        return std::unexpected(accepted.error());
    auto stored = readStoredSynonymGroups(db);
    if (!stored)
        return std::unexpected(stored.error());
    std::vector<Group> groups;
    for (const SynonymGroup& group : *stored) {
        if (group.origin == SynonymGroup::Origin::Owner)
            groups.push_back({ group.words.join(QStringLiteral(", ")), QStringLiteral("owner"), 0 });
    }
    std::vector<std::pair<QString, QString>> redirects;
    for (const Accepted& action : *accepted) {
        if (action.kind == u"add-synonym") {
            groups.push_back({ action.subject.mid(QStringLiteral("synonyms:").size()), QStringLiteral("suggested"),
                action.searches });
        } else if (const QString target = collectionPath(action.detail); !target.isEmpty()) {
            const QString query = action.subject.mid(QStringLiteral("redirect:").size());
            redirects.emplace_back(
                QStringLiteral("/search?q=") + QString::fromUtf8(QUrl::toPercentEncoding(query)), target);
        }
    }

    PushReport report;
    if (groups.empty() && redirects.empty())
        return report;
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QDir folder(dir);
    if (!groups.empty()) {
        QStringList lines;
        for (const Group& group : groups)
            lines << group.words;
        auto text = writeText(unusedFilePath(folder, QStringLiteral("search-synonyms-%1").arg(date), QStringLiteral("txt")), lines);
        if (!text)
            return std::unexpected(text.error());
        report.files << *text;
        auto csv = CsvWriter::open(unusedFilePath(folder, QStringLiteral("search-synonyms-%1").arg(date), QStringLiteral("csv")), CsvWriter::pushedFile());
        if (!csv)
            return std::unexpected(csv.error());
        csv->writeRow({ "Synonyms", "Origin", "Searches" });
        for (const Group& group : groups)
            csv->writeRow(QStringList { group.words, group.origin, QString::number(group.searches) });
        report.files << csv->path();
        if (auto ok = csv->close(); !ok)
            return std::unexpected(ok.error());
    }
    if (!redirects.empty()) {
        auto csv = CsvWriter::open(unusedFilePath(folder, QStringLiteral("search-redirects-%1").arg(date), QStringLiteral("csv")), CsvWriter::pushedFile());
        if (!csv)
            return std::unexpected(csv.error());
        csv->writeRow({ "Redirect from", "Redirect to" });
        for (const auto& [from, to] : redirects)
            csv->writeRow(QStringList { from, to });
        report.files << csv->path();
        if (auto ok = csv->close(); !ok)
            return std::unexpected(ok.error());
    }
    report.products = int(groups.size() + redirects.size());
    RecommendationQueue queue(db);
    for (const Accepted& action : *accepted) {
        if (action.pushed)
            continue;
        if (auto ok = queue.setStatus(action.id, QStringLiteral("pushed")); !ok)
            return std::unexpected(ok.error());
        ++report.actions;
    }
    return report;
}

} // namespace flywheel::search
