#include "stages/content/CatalogConventions.h"

#include "text/MessageCleaner.h"

#include <map>
#include <set>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

/// An unknown tag prefix, or a word before a known value, counts once this many products use it.
constexpr int kMinUses = 3;
constexpr int kMaxLearnedWords = 3;

/// Attributes whose option and tag values are worth finding in other products' text. Sizes are not:
/// "M" and "10" would be found everywhere.
bool learnsValues(const QString& attribute)
{
    return attribute == u"colour" || attribute == u"material" || attribute == u"pattern";
}

bool worthLearning(const QString& value)
{
    const qsizetype words = value.count(u' ') + 1;
    const bool hasLetter = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); });
    return hasLetter && value.size() >= 3 && words <= kMaxLearnedWords;
}

void learnValue(AttributeLexicon& lexicon, const QString& attribute, const QString& value)
{
    if (!learnsValues(attribute) || !worthLearning(value))
        return;
    // A one-word value ("Forest", "Stone") is often an everyday word in running text.
    lexicon.addValue(attribute, value, true, !value.contains(u' '));
}

void learnOptions(const std::vector<ContentProduct>& products, AttributeLexicon& lexicon,
    const text::Analyzer& analyzer, CatalogConventions& conventions)
{
    std::map<QString, std::set<QString>> valuesOf; // attribute -> values, ordered
    for (const ContentProduct& product : products) {
        for (const ContentProduct::Option& option : product.options) {
            const QString name = analyzer.fold(option.name);
            if (name == u"title")
                continue;
            QString attribute = lexicon.attributeOfLabel(name);
            if (attribute.isEmpty())
                attribute = u"option:"_s + name;
            conventions.optionAttributes.insert(name, attribute);
            for (const QString& value : option.values)
                valuesOf[attribute].insert(analyzer.lowerCase(value));
        }
    }
    for (const auto& [attribute, values] : valuesOf) {
        for (const QString& value : values)
            learnValue(lexicon, attribute, value);
    }
}

void learnTagPrefixes(const std::vector<ContentProduct>& products, AttributeLexicon& lexicon,
    const text::Analyzer& analyzer, CatalogConventions& conventions)
{
    std::map<QString, std::set<QString>> tagsOf; // prefix -> distinct values
    for (const ContentProduct& product : products) {
        for (const QString& tag : product.tags) {
            const auto [prefix, value] = splitTagPrefix(tag, lexicon);
            if (!prefix.isEmpty())
                tagsOf[prefix].insert(analyzer.lowerCase(value));
        }
    }
    for (const auto& [prefix, values] : tagsOf) {
        QString attribute = lexicon.attributeOfLabel(prefix);
        if (attribute.isEmpty() && static_cast<int>(values.size()) >= kMinUses)
            attribute = u"tag:"_s + prefix;
        if (attribute.isEmpty())
            continue;
        conventions.tagPrefixes.insert(prefix, attribute);
        for (const QString& value : values)
            learnValue(lexicon, attribute, value);
    }
}

/// "ripstop nylon", "brushed cotton": a word the store keeps putting before a known value is part of it.
void learnModifiers(
    const std::vector<ContentProduct>& products, AttributeLexicon& lexicon, const text::Analyzer& analyzer)
{
    std::map<std::pair<QString, QString>, std::set<std::int64_t>> users; // (attribute, phrase) -> products
    for (const ContentProduct& product : products) {
        const QString text = product.title + u'\n' + text::cleanMessage(product.descriptionHtml);
        for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
            const std::vector<text::Analyzer::Token> words = analyzer.tokens(line);
            const QStringList stems = AttributeLexicon::stems(words);
            if (stems.size() != static_cast<qsizetype>(words.size()))
                continue; // emoji in the line: token and stem positions differ; such lines are rare
            for (const text::PhraseIndex::Match& match : lexicon.index().findLongest(stems)) {
                const KnownValue& known = lexicon.value(match.id);
                if (match.start == 0 || !learnsValues(known.attribute) || known.learned)
                    continue;
                const text::Analyzer::Token& before = words[static_cast<size_t>(match.start - 1)];
                const text::Analyzer::Token& firstWord = words[static_cast<size_t>(match.start)];
                const qsizetype gap = firstWord.start - (before.start + before.length);
                // Only a word right before the value, not a label ("Material: wool") or the end of a clause.
                if (before.stopWord || before.kind != text::Analyzer::Kind::Word || before.folded.size() < 3
                    || lexicon.knowsTerm(before.stem) || !lexicon.attributeOfLabel(before.folded).isEmpty()
                    || !QStringView(line).mid(before.start + before.length, gap).trimmed().isEmpty())
                    continue;
                const auto& last = words[static_cast<size_t>(match.start + match.length - 1)];
                const QString phrase
                    = analyzer.lowerCase(QStringView(line).mid(before.start, last.start + last.length - before.start));
                users[{ known.attribute, phrase }].insert(product.id);
            }
        }
    }
    for (const auto& [key, ids] : users) {
        if (static_cast<int>(ids.size()) >= kMinUses)
            lexicon.addValue(key.first, key.second, true);
    }
}
} // namespace

CatalogConventions learnConventions(
    const std::vector<ContentProduct>& products, AttributeLexicon& lexicon, const text::Analyzer& analyzer)
{
    CatalogConventions conventions;
    learnOptions(products, lexicon, analyzer, conventions);
    learnTagPrefixes(products, lexicon, analyzer, conventions);
    learnModifiers(products, lexicon, analyzer);
    return conventions;
}

} // namespace flywheel::content
