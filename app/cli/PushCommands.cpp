#include "Commands.h"

#include "stages/content/ContentPush.h"
#include "stages/inventory/InventoryPush.h"
#include "stages/search/SearchPush.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace flywheel::cli {

namespace {
struct PushCommandText {
    Q_DECLARE_TR_FUNCTIONS(PushCommands)
};

struct StagePush {
    const char* stage;
    Result<PushReport> (*push)(Database&, const QString&);
};
constexpr StagePush kPushes[] = { { "content", [](Database& db, const QString& dir) { return content::pushContent(db, dir); } },
    { "search", search::pushSearch },
    { "inventory", inventory::pushPurchaseOrders } };

/// What the owner does with the files next.
QString nextStep(const QString& stage, const PushReport& report)
{
    if (stage == u"content")
        return PushCommandText::tr("%n action(s) pushed, %1 products; import the file in your store's admin "
                                   "(Products › Import, with “overwrite existing products”).",
            nullptr, report.actions)
            .arg(report.products);
    if (stage == u"search")
        return PushCommandText::tr("%n action(s) pushed. Enter each line of the synonyms file as a synonym group "
                                   "in Shopify Search & Discovery (Synonyms), and import the redirects file in "
                                   "Online Store › Navigation › URL redirects.",
            nullptr, report.actions);
    return PushCommandText::tr("%n reorder(s) pushed as %1 purchase order(s); send each file to its supplier.", nullptr,
        report.actions)
        .arg(report.files.size());
}
} // namespace

int runPush(Invocation& call)
{
    const QString stage = call.parser.value(QStringLiteral("stage"));
    const StagePush* chosen = nullptr;
    for (const StagePush& push : kPushes)
        if (stage == QLatin1StringView(push.stage))
            chosen = &push;
    if (!chosen) {
        call.err << PushCommandText::tr("Say which stage's accepted actions to write: push --stage content (product "
                                        "files), push --stage search (synonyms and redirects) or push --stage "
                                        "inventory (purchase orders), with --out DIR.")
                 << Qt::endl;
        return Failed;
    }
    const QString out
        = call.parser.isSet(QStringLiteral("out")) ? call.parser.value(QStringLiteral("out")) : QDir::currentPath();
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto report = chosen->push(*db, out);
    if (!report)
        return reportError(call, report.error());
    if (call.json) {
        printJson(call,
            QJsonObject { { QStringLiteral("files"), QJsonArray::fromStringList(report->files) },
                { QStringLiteral("products"), report->products }, { QStringLiteral("actions"), report->actions },
                { QStringLiteral("left_out"), QJsonArray::fromStringList(report->notes) } });
        return report->notes.isEmpty() ? Ok : SomeRejected;
    }
    if (report->files.isEmpty() && report->actions == 0)
        call.out << PushCommandText::tr("Nothing to push: accept %1 actions first (flywheel-cli actions --stage %1 "
                                        "lists them).")
                        .arg(stage)
                 << Qt::endl;
    for (const QString& file : report->files)
        call.out << PushCommandText::tr("Wrote %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    if (!report->files.isEmpty())
        call.out << nextStep(stage, *report) << Qt::endl;
    for (const QString& note : report->notes)
        call.err << note << Qt::endl;
    return report->notes.isEmpty() ? Ok : SomeRejected;
}

} // namespace flywheel::cli
