#include "stages/promotions/EmailCopy.h"

#include <QLocale>
#include <QTranslator>

namespace flywheel::promotions {

namespace {
using namespace Qt::StringLiterals;

constexpr const char* kContext = "PromotionEmail";

/// One line per trigger: a season end is said differently from a product that is selling fast.
const char* openingFor(Trigger trigger)
{
    switch (trigger) {
    case Trigger::SeasonEnd:
        return QT_TRANSLATE_NOOP("PromotionEmail", "The season is nearly over, and so is this offer.");
    case Trigger::TrendingSurplus:
        return QT_TRANSLATE_NOOP("PromotionEmail", "This is one of our most wanted products right now.");
    case Trigger::Overstock:
    case Trigger::SlowMover:
        break;
    }
    return QT_TRANSLATE_NOOP("PromotionEmail", "We picked this for you, because you have liked similar things.");
}
} // namespace

EmailDraft draftEmail(const Promotion& promotion, const QString& language, const QString& storeName)
{
    QTranslator translator;
    const bool translated = language != u"en" && translator.load(QStringLiteral(":/i18n/flywheel_%1.qm").arg(language));
    const auto text = [&](const char* source) {
        const QString done = translated ? translator.translate(kContext, source) : QString();
        return done.isEmpty() ? QString::fromUtf8(source) : done;
    };
    const QLocale locale(language);
    EmailDraft draft;
    draft.subject = text(QT_TRANSLATE_NOOP("PromotionEmail", "%1 % off %2, just for you"))
                        .arg(promotion.percent)
                        .arg(promotion.productTitle);
    draft.body = text(QT_TRANSLATE_NOOP("PromotionEmail", "Hello,")) + u"\n\n"_s + text(openingFor(promotion.trigger))
        + u"\n\n"_s
        + text(QT_TRANSLATE_NOOP("PromotionEmail",
                   "Take %1 % off %2 with your personal code [Discount Code], "
                   "valid until %3."))
              .arg(promotion.percent)
              .arg(promotion.productTitle, locale.toString(promotion.endsOn, QLocale::LongFormat))
        + u"\n\n"_s + text(QT_TRANSLATE_NOOP("PromotionEmail", "The code works once and only for you.")) + u"\n\n"_s
        + text(QT_TRANSLATE_NOOP("PromotionEmail", "See you soon,")) + u'\n' + storeName + u'\n';
    return draft;
}

} // namespace flywheel::promotions
