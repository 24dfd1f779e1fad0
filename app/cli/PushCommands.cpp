#include "Commands.h"

#include "stages/content/ContentPush.h"
#include "stages/inventory/InventoryPush.h"
#include "stages/merchandising/MerchandisingPush.h"
#include "stages/promotions/PromotionPush.h"
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
    { "search", search::pushSearch }, { "merchandising", merchandising::pushMerchandising },
    { "inventory", inventory::pushPurchaseOrders }, { "promotions", promotions::pushPromotions } };

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
    if (stage == u"merchandising")
        return PushCommandText::tr("%n action(s) pushed. Import the matrixify-custom-collections file with Matrixify "
                                   "(Shopify) or set each collection's order from its collection-order file, and "
                                   "import the merchandising product file (Products › Import, with “overwrite "
                                   "existing products”) to tag the featured products “trending”.",
            nullptr, report.actions);
    if (stage == u"promotions")
        return PushCommandText::tr("%n promotion(s) pushed. Import each discounts file with Matrixify (Shopify) or "
                                   "the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- "
                                   "file as the email audience, and send the email draft with each customer's "
                                   "Discount Code. The held-back control groups stay in the store.",
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
                                        "files), push --stage search (synonyms and redirects), push --stage "
                                        "merchandising (collection orders and trending tags), push --stage "
                                        "inventory (purchase orders) or push --stage promotions (discount codes, "
                                        "audiences and email drafts), with --out DIR.")
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
