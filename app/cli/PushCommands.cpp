#include "Commands.h"

#include "flywheel/Push.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace flywheel::cli {

namespace {
struct PushCommandText {
    Q_DECLARE_TR_FUNCTIONS(PushCommands)
};

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
    const bool all = call.parser.isSet(QStringLiteral("accepted"));
    const bool knownStage = pushableStages().contains(stage);
    std::vector<std::int64_t> ids;
    for (const QString& argument : call.arguments) {
        bool ok = false;
        ids.push_back(argument.toLongLong(&ok));
        if (!ok) {
            call.err << PushCommandText::tr("\"%1\" is not an action id; \"flywheel-cli actions\" lists them.")
                            .arg(argument)
                     << Qt::endl;
            return Failed;
        }
    }
    if (int(!ids.empty()) + int(all) + int(knownStage) != 1) {
        call.err << PushCommandText::tr("Say which actions to write: push ID... (these actions), push --accepted "
                                        "(every accepted action) or push --stage content|search|merchandising|"
                                        "inventory|promotions (that stage's accepted actions), with --out DIR.")
                 << Qt::endl;
        return Failed;
    }
    const QString out
        = call.parser.isSet(QStringLiteral("out")) ? call.parser.value(QStringLiteral("out")) : QDir::currentPath();
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto report = !ids.empty() ? pushActions(*db, out, ids) : pushAccepted(*db, out, knownStage ? QStringList { stage } : QStringList {});
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
        call.out << PushCommandText::tr("Nothing to push: accept actions first (flywheel-cli actions lists them, "
                                        "flywheel-cli accept ID accepts one).")
                 << Qt::endl;
    for (const QString& file : report->files)
        call.out << PushCommandText::tr("Wrote %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    if (!report->files.isEmpty())
        call.out << (knownStage ? nextStep(stage, *report)
                                : PushCommandText::tr("%n action(s) pushed. %1 lists each file and the action "
                                                      "behind it. Push one stage at a time (push --stage) to be "
                                                      "told where each stage's files are imported.",
                                      nullptr, report->actions)
                                      .arg(QLatin1StringView(kPushManifest)))
                 << Qt::endl;
    for (const QString& note : report->notes)
        call.err << note << Qt::endl;
    return report->notes.isEmpty() ? Ok : SomeRejected;
}

} // namespace flywheel::cli
