#include "shell/WheelStages.h"

namespace flywheel {

namespace {
struct WheelText {
    Q_DECLARE_TR_FUNCTIONS(WheelStages)
};
} // namespace

QList<WheelStage> wheelStages()
{
    return {
        { QStringLiteral("service"), WheelText::tr("Service"),
            WheelText::tr("Reads your help-desk tickets and reviews: how customers feel, what they ask, and which "
                          "product questions your pages leave unanswered."),
            Icon::Service },
        { QStringLiteral("content"), WheelText::tr("Content"),
            WheelText::tr("Finds the attributes, tags and descriptions your products are missing, starting with "
                          "what customers keep asking about."),
            Icon::Content },
        { QStringLiteral("search"), WheelText::tr("Search"),
            WheelText::tr("Explains the searches on your site that find nothing or the wrong thing: typos, "
                          "wording, missing filters, items out of stock or not carried."),
            Icon::Search },
        { QStringLiteral("merchandising"), WheelText::tr("Merchandising"),
            WheelText::tr("Spots trending searches and products and suggests which products to feature and how "
                          "to order your collections."),
            Icon::Merchandising },
        { QStringLiteral("inventory"), WheelText::tr("Inventory"),
            WheelText::tr("Forecasts demand per item, warns before stock runs out or piles up, and drafts "
                          "purchase orders."),
            Icon::Inventory },
        { QStringLiteral("promotions"), WheelText::tr("Promotions"),
            WheelText::tr("Turns overstock into promotions for the customers most likely to respond, with a "
                          "held-back group to measure what the promotion really did."),
            Icon::Promotions },
    };
}

WheelStage wheelStage(const QString& name)
{
    for (const WheelStage& stage : wheelStages()) {
        if (stage.name == name)
            return stage;
    }
    return { {}, name, {}, Icon::Home };
}

QString stageTitle(const QString& name)
{
    return wheelStage(name).title;
}

} // namespace flywheel
