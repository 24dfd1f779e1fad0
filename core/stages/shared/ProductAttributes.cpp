#include "stages/shared/ProductAttributes.h"

#include <QCoreApplication>

#include <array>

namespace flywheel::attributes {

namespace {
using namespace std::string_view_literals;

// The properties online shoppers ask about most, in the languages the store may write in, then the
// ones a page states without being asked. The titles keep the translation context they were written
// in, so existing translations still apply.
constexpr std::array kKnown = {
    KnownAttribute { "waterproof"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Waterproof"),
        "waterproof|water resistant|water-resistant|water repellent|keep me dry|in the rain|heavy rain|downpour|"
        "wasserdicht|impermeable|imperméable|su geçirmez"sv,
        "waterproof|water resistant|water-resistant|water repellent|hydrostatic|dwr|seam sealed|taped seams|"
        "wasserdicht|impermeable|imperméable|su geçirmez"sv },
    KnownAttribute { "care"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Washing and care"),
        "machine washable|washing machine|machine wash|machine washed|wash|washable|dry clean|tumble dry|shrink|"
        "care instructions|waschen|waschmaschine|lavar|lavadora|laver|lave-linge|yıkama|çamaşır makinesi"sv,
        "wash|washable|dry clean|care|tumble|waschen|pflege|lavar|lavado|laver|entretien|yıkama"sv },
    KnownAttribute { "fit"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Size and fit"),
        "true to size|run small|run large|runs small|runs large|size up|size down|between sizes|size chart|"
        "what size|which size|fit|sizing|passform|fällt klein|fällt groß|talla|tallaje|taille|kalıp|beden"sv,
        "fit|true to size|runs small|runs large|size chart|size guide|model wears|passform|ajuste|coupe|kalıp"sv },
    KnownAttribute { "material"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Material"),
        "material|made of|made from|fabric|what is it made|stoff|tela|tissu|kumaş"sv,
        "material|fabric|cotton|polyester|nylon|wool|merino|linen|leather|silk|recycled|spandex|elastane|down|"
        "stoff|material|tela|tissu|kumaş"sv },
    KnownAttribute { "dimensions"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Dimensions"),
        "dimensions|measurements|how big|how long|how wide|how tall|how deep|length|width|height|abmessungen|"
        "medidas|dimensions|ölçü"sv,
        "dimensions|measurements|cm|mm|inch|inches|length|width|height|abmessungen|medidas|ölçü"sv },
    KnownAttribute { "weight"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Weight"),
        "how heavy|weight|weigh|gewicht|peso|poids|ağırlık"sv,
        "weight|weighs|grams|kg|lbs|oz|gewicht|peso|poids|ağırlık"sv },
    KnownAttribute { "warranty"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Warranty"),
        "warranty|guarantee|garantie|garantía|garanti"sv, "warranty|guarantee|garantie|garantía|garanti"sv },
    KnownAttribute { "compatibility"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Compatibility"),
        "compatible|compatibility|kompatibel|compatible con|uyumlu"sv,
        "compatible|compatibility|kompatibel|compatible con|uyumlu"sv },
    KnownAttribute { "warmth"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Warmth"),
        "how warm|warm enough|temperature rating|insulated|insulation|warm|winter proof"sv,
        "warm|warmth|insulated|insulation|temperature|fill power|thermal"sv },
    KnownAttribute { "origin"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Where it is made"),
        "made in|where is it made|manufactured|country of origin|hergestellt|fabricado"sv,
        "made in|manufactured|hergestellt|fabricado|fabriqué"sv },
    KnownAttribute { "colour"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Colour"), {}, {} },
    KnownAttribute { "size"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Sizes"), {}, {} },
    KnownAttribute { "pattern"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Pattern"), {}, {} },
    KnownAttribute { "season"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Season"), {}, {} },
    KnownAttribute { "performance"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Performance features"), {}, {} },
};
} // namespace

std::span<const KnownAttribute> knownAttributes()
{
    return kKnown;
}

const KnownAttribute* findAttribute(QStringView key)
{
    for (const KnownAttribute& attribute : kKnown) {
        if (key == QLatin1StringView(attribute.key.data(), static_cast<qsizetype>(attribute.key.size())))
            return &attribute;
    }
    return nullptr;
}

QString title(const KnownAttribute& attribute)
{
    return QCoreApplication::translate("AttributeVocabulary", attribute.title);
}

QString title(const QString& key)
{
    if (const KnownAttribute* known = findAttribute(key))
        return title(*known);
    return key.section(u':', 1);
}

} // namespace flywheel::attributes
