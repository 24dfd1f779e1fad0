#include "stages/service/Attributes.h"

#include "stages/shared/ProductAttributes.h"
#include "text/Analyzer.h"

#include <QHash>

#include <algorithm>
#include <string_view>

namespace flywheel::service {

namespace {
using namespace std::string_view_literals;
using namespace Qt::StringLiterals;

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
    const std::vector<TicketMessage>& tickets, text::TermTable& terms, int minLearnedMentions)
{
    addBuiltIns(analyzer, terms);
    addCatalogWords(analyzer, catalog, terms);
    learnFromQuestions(catalog, tickets, terms, minLearnedMentions);
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

void AttributeVocabulary::addBuiltIns(const text::Analyzer& analyzer, text::TermTable& terms)
{
    for (const attributes::KnownAttribute& known : attributes::knownAttributes()) {
        if (known.asks.empty())
            continue; // a property customers see rather than ask about (colour, pattern)
        const int index = addAttribute(fromView(known.key), attributes::title(known));
        for (const QStringList& ask : analyzePhrases(analyzer, known.asks)) {
            m_asks.add(terms.add(ask), index);
            for (const QString& term : ask)
                m_askTerms.insert(term);
        }
        m_attributes[static_cast<size_t>(index)].answers = analyzePhrases(analyzer, known.answers);
    }
}

void AttributeVocabulary::addCatalogWords(
    const text::Analyzer& analyzer, const ProductCatalog& catalog, text::TermTable& runTerms)
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
        m_asks.add(runTerms.add(terms), index);
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
        m_asks.add(runTerms.add(terms), index);
    }
}

void AttributeVocabulary::learnFromQuestions(
    const ProductCatalog& catalog, const std::vector<TicketMessage>& tickets, text::TermTable& terms, int minMentions)
{
    // "Is the Alpine Jacket breathable?": once a question names nothing but the product and one
    // other word, and enough customers ask it, that word is a property of products here.
    QSet<QString> excluded;
    for (const QString& word : fromView(kNotProperties).split(u'|'))
        excluded.insert(word);
    // Whether a term could be the property, worked out once per term rather than once per question.
    enum class Verdict : char { Unknown, Property, Not };
    std::vector<Verdict> couldBeProperty(static_cast<size_t>(terms.size()), Verdict::Unknown);
    const auto isCandidate = [&](text::TermId id) {
        Verdict& verdict = couldBeProperty[static_cast<size_t>(id)];
        if (verdict == Verdict::Unknown) {
            const QString& term = terms.text(id);
            const bool namesOrTooShort
                = catalog.namingTerms().contains(term) || term.size() < 4 || term.front().isDigit();
            verdict = namesOrTooShort ? Verdict::Not : Verdict::Property;
        }
        return verdict == Verdict::Property;
    };
    QHash<text::TermId, QSet<std::int64_t>> askers;
    QHash<text::TermId, text::TermId> surface;
    for (const TicketMessage& ticket : tickets) {
        for (const Sentence& sentence : ticket.sentences) {
            if (!sentence.question)
                continue;
            size_t candidate = 0;
            int others = 0;
            for (size_t i = 0; i < sentence.terms.size(); ++i) {
                if (!isCandidate(sentence.terms[i]))
                    continue;
                ++others;
                candidate = i;
            }
            if (others != 1 || m_askTerms.contains(terms.text(sentence.terms[candidate]))
                || excluded.contains(terms.text(sentence.words[candidate])))
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
    QHash<QString, QString> learnedSurface;
    for (auto it = askers.cbegin(); it != askers.cend(); ++it) {
        const QString& term = terms.text(it.key());
        if (it.value().size() >= minMentions && catalogWords.contains(term)) {
            learned.append(term);
            learnedSurface.insert(term, terms.text(surface.value(it.key())));
        }
    }
    learned.sort();
    for (const QString& term : learned) {
        const int index = addAttribute(u"asked:"_s + term, learnedSurface.value(term));
        m_attributes[static_cast<size_t>(index)].answers.push_back({ term });
        m_asks.add(text::TermIds { terms.add(term) }, index);
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

std::vector<int> AttributeVocabulary::mentioned(text::TermView terms) const
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
