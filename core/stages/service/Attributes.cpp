#include "stages/service/Attributes.h"

#include "text/Analyzer.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string_view>

namespace flywheel::service {

namespace {
using namespace std::string_view_literals;
using namespace Qt::StringLiterals;

struct BuiltIn {
    std::string_view key;
    const char* title;
    std::string_view asks; ///< '|'-separated phrases that ask about it
    std::string_view answers; ///< '|'-separated phrases that show a page answers it
};

// The properties online shoppers ask about most, in the languages the store may write in.
constexpr std::array kBuiltIns = {
    BuiltIn { "waterproof"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Waterproof"),
        "waterproof|water resistant|water-resistant|water repellent|keep me dry|in the rain|heavy rain|downpour|"
        "wasserdicht|impermeable|imperméable|su geçirmez"sv,
        "waterproof|water resistant|water-resistant|water repellent|hydrostatic|dwr|seam sealed|taped seams|"
        "wasserdicht|impermeable|imperméable|su geçirmez"sv },
    BuiltIn { "care"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Washing and care"),
        "machine washable|washing machine|machine wash|machine washed|wash|washable|dry clean|tumble dry|shrink|"
        "care instructions|waschen|waschmaschine|lavar|lavadora|laver|lave-linge|yıkama|çamaşır makinesi"sv,
        "wash|washable|dry clean|care|tumble|waschen|pflege|lavar|lavado|laver|entretien|yıkama"sv },
    BuiltIn { "fit"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Size and fit"),
        "true to size|run small|run large|runs small|runs large|size up|size down|between sizes|size chart|"
        "what size|which size|fit|sizing|passform|fällt klein|fällt groß|talla|tallaje|taille|kalıp|beden"sv,
        "fit|true to size|runs small|runs large|size chart|size guide|model wears|passform|ajuste|coupe|kalıp"sv },
    BuiltIn { "material"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Material"),
        "material|made of|made from|fabric|what is it made|stoff|tela|tissu|kumaş"sv,
        "material|fabric|cotton|polyester|nylon|wool|merino|linen|leather|silk|recycled|spandex|elastane|down|"
        "stoff|material|tela|tissu|kumaş"sv },
    BuiltIn { "dimensions"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Dimensions"),
        "dimensions|measurements|how big|how long|how wide|how tall|how deep|length|width|height|abmessungen|"
        "medidas|dimensions|ölçü"sv,
        "dimensions|measurements|cm|mm|inch|inches|length|width|height|abmessungen|medidas|ölçü"sv },
    BuiltIn { "weight"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Weight"),
        "how heavy|weight|weigh|gewicht|peso|poids|ağırlık"sv,
        "weight|weighs|grams|kg|lbs|oz|gewicht|peso|poids|ağırlık"sv },
    BuiltIn { "warranty"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Warranty"),
        "warranty|guarantee|garantie|garantía|garanti"sv, "warranty|guarantee|garantie|garantía|garanti"sv },
    BuiltIn { "compatibility"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Compatibility"),
        "compatible|compatibility|kompatibel|compatible con|uyumlu"sv,
        "compatible|compatibility|kompatibel|compatible con|uyumlu"sv },
    BuiltIn { "warmth"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Warmth"),
        "how warm|warm enough|temperature rating|insulated|insulation|warm|winter proof"sv,
        "warm|warmth|insulated|insulation|temperature|fill power|thermal"sv },
    BuiltIn { "origin"sv, QT_TRANSLATE_NOOP("AttributeVocabulary", "Where it is made"),
        "made in|where is it made|manufactured|country of origin|hergestellt|fabricado"sv,
        "made in|manufactured|hergestellt|fabricado|fabriqué"sv },
};

// Words a question may hold that are about the order or the shop, not the product's properties.
constexpr std::string_view kNotProperties
    = "stock|available|availability|order|ship|shipping|deliver|delivery|arrive|price|cost|sale|discount|code|"
      "return|refund|cancel|exchange|store|online|colour|color|size|please|thanks|help|question|tomorrow|today|week"sv;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::vector<QStringList> analyzePhrases(const text::Analyzer& analyzer, std::string_view phrases)
{
    std::vector<QStringList> result;
    for (const QString& phrase : fromView(phrases).split(u'|', Qt::SkipEmptyParts)) {
        QStringList terms = analyzer.terms(phrase);
        if (!terms.isEmpty())
            result.push_back(std::move(terms));
    }
    return result;
}

bool containsPhrase(const QStringList& haystack, const QStringList& phrase)
{
    for (qsizetype start = 0; start + phrase.size() <= haystack.size(); ++start) {
        if (std::equal(phrase.begin(), phrase.end(), haystack.begin() + start))
            return true;
    }
    return false;
}
} // namespace

AttributeVocabulary::AttributeVocabulary(const text::Analyzer& analyzer, const ProductCatalog& catalog,
    const std::vector<TicketMessage>& tickets, int minLearnedMentions)
{
    addBuiltIns(analyzer);
    addCatalogWords(analyzer, catalog);
    learnFromQuestions(catalog, tickets, minLearnedMentions);
}

int AttributeVocabulary::indexOf(const QString& key) const
{
    for (size_t i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int AttributeVocabulary::addAttribute(const QString& key, const QString& title)
{
    if (const int existing = indexOf(key); existing >= 0)
        return existing;
    m_attributes.push_back({ key, title, {}, false });
    return static_cast<int>(m_attributes.size()) - 1;
}

void AttributeVocabulary::addBuiltIns(const text::Analyzer& analyzer)
{
    for (const BuiltIn& builtIn : kBuiltIns) {
        const int index = addAttribute(fromView(builtIn.key), tr(builtIn.title));
        for (const QStringList& ask : analyzePhrases(analyzer, builtIn.asks)) {
            m_asks.add(ask, index);
            for (const QString& term : ask)
                m_askTerms.insert(term);
        }
        m_attributes[static_cast<size_t>(index)].answers = analyzePhrases(analyzer, builtIn.answers);
    }
}

void AttributeVocabulary::addCatalogWords(const text::Analyzer& analyzer, const ProductCatalog& catalog)
{
    // Option names ("Length", "Heel height") are properties the store already tracks; tags that do not
    // name products ("recycled", "vegan") are properties some of its products have.
    QSet<QString> optionNames;
    QHash<QString, QString> tagTitles;
    for (const CatalogProduct& product : catalog.products()) {
        for (const QString& name : product.optionNames)
            optionNames.insert(name);
        for (const QString& tag : product.tags)
            tagTitles.insert(analyzer.terms(tag).join(u' '), tag);
    }
    QStringList sortedOptions(optionNames.begin(), optionNames.end());
    sortedOptions.sort();
    for (const QString& name : sortedOptions) {
        const QStringList terms = name.split(u' ');
        if (std::any_of(terms.begin(), terms.end(), [&](const QString& t) { return m_askTerms.contains(t); }))
            continue; // "size" is already asked about through "fit"
        const int index = addAttribute(u"option:"_s + name, name);
        m_attributes[static_cast<size_t>(index)].option = true;
        m_attributes[static_cast<size_t>(index)].answers.push_back(terms);
        m_asks.add(terms, index);
    }
    QStringList sortedTags = tagTitles.keys();
    sortedTags.sort();
    for (const QString& tag : sortedTags) {
        const QStringList terms = tag.split(u' ', Qt::SkipEmptyParts);
        const bool names = std::any_of(
            terms.begin(), terms.end(), [&](const QString& t) { return catalog.namingTerms().contains(t); });
        const bool known
            = std::any_of(terms.begin(), terms.end(), [&](const QString& t) { return m_askTerms.contains(t); });
        if (terms.isEmpty() || names || known)
            continue;
        const int index = addAttribute(u"tag:"_s + tag, tagTitles.value(tag));
        m_attributes[static_cast<size_t>(index)].answers.push_back(terms);
        m_asks.add(terms, index);
    }
}

void AttributeVocabulary::learnFromQuestions(
    const ProductCatalog& catalog, const std::vector<TicketMessage>& tickets, int minMentions)
{
    // "Is the Alpine Jacket breathable?": once a question names nothing but the product and one
    // other word, and enough customers ask it, that word is a property of products here.
    QSet<QString> excluded;
    for (const QString& word : fromView(kNotProperties).split(u'|'))
        excluded.insert(word);
    QHash<QString, QSet<std::int64_t>> askers;
    QHash<QString, QString> surface;
    for (const TicketMessage& ticket : tickets) {
        for (const Sentence& sentence : ticket.sentences) {
            if (!sentence.question)
                continue;
            int candidate = -1;
            int others = 0;
            for (qsizetype i = 0; i < sentence.terms.size(); ++i) {
                const QString& term = sentence.terms[i];
                if (catalog.namingTerms().contains(term) || term.size() < 4 || term.front().isDigit())
                    continue;
                ++others;
                candidate = static_cast<int>(i);
            }
            if (others != 1 || m_askTerms.contains(sentence.terms[candidate])
                || excluded.contains(sentence.words[candidate]))
                continue;
            askers[sentence.terms[candidate]].insert(ticket.id);
            surface.insert(sentence.terms[candidate], sentence.words[candidate]);
        }
    }
    // A property is something some product page states ("breathable"), so a word no page uses is
    // more likely part of a request ("possible", "replacement") than a property.
    QSet<QString> catalogWords;
    for (const CatalogProduct& product : catalog.products()) {
        for (const QString& term : product.contentTerms)
            catalogWords.insert(term);
    }
    QStringList learned;
    for (auto it = askers.cbegin(); it != askers.cend(); ++it) {
        if (it.value().size() >= minMentions && catalogWords.contains(it.key()))
            learned.append(it.key());
    }
    learned.sort();
    for (const QString& term : learned) {
        const int index = addAttribute(u"asked:"_s + term, surface.value(term));
        m_attributes[static_cast<size_t>(index)].answers.push_back({ term });
        m_asks.add({ term }, index);
    }
}

std::vector<int> AttributeVocabulary::asked(const std::vector<Sentence>& sentences) const
{
    std::vector<int> found;
    for (const Sentence& sentence : sentences) {
        if (!sentence.question)
            continue;
        for (const text::PhraseIndex::Match& match : m_asks.findLongest(sentence.terms)) {
            if (std::find(found.begin(), found.end(), match.id) == found.end())
                found.push_back(match.id);
        }
    }
    return found;
}

std::vector<int> AttributeVocabulary::mentioned(const QStringList& terms) const
{
    std::vector<int> found;
    for (const text::PhraseIndex::Match& match : m_asks.findLongest(terms)) {
        if (std::find(found.begin(), found.end(), match.id) == found.end())
            found.push_back(match.id);
    }
    return found;
}

bool AttributeVocabulary::answeredBy(int attribute, const CatalogProduct& product) const
{
    const Attribute& definition = m_attributes[static_cast<size_t>(attribute)];
    if (definition.option && product.optionNames.contains(definition.answers.front().join(u' ')))
        return true;
    return std::any_of(definition.answers.begin(), definition.answers.end(),
        [&](const QStringList& phrase) { return containsPhrase(product.contentTerms, phrase); });
}

} // namespace flywheel::service
