#include "stages/content/AttributeExtractor.h"

#include "text/MessageCleaner.h"

#include <algorithm>
#include <map>

namespace flywheel::content {

namespace {
using namespace Qt::StringLiterals;

// How much a reading is worth, by where it was found. The store's structured data says what it
// means; running text may use a word in passing.
constexpr double kOptionConfidence = 0.95;
constexpr double kLabelledConfidence = 0.9; ///< "Material: ..." lines and "material:wool" tags
constexpr double kWholeTagConfidence = 0.85;
constexpr double kTitleConfidence = 0.85;
constexpr double kTypeConfidence = 0.8;
constexpr double kTextConfidence = 0.7;
constexpr double kPatternConfidence = 0.75; ///< measurements, "made in ...", "2-year warranty"
constexpr double kLearnedConfidence = 0.6;
constexpr double kAmbiguousConfidence = 0.4;
/// A label names a property in a few words; longer text before a colon is a sentence.
constexpr int kMaxLabelWords = 4;
/// How far apart "runs ... small" and "wash ... machine" may be and still be one statement.
constexpr int kFitWindow = 5;
constexpr int kWashWindow = 6;
constexpr qsizetype kMaxValueChars = 80;
/// A negation this many words before a claim turns it around.
constexpr int kNegationReach = 3;

const QStringList& fitVerbs()
{
    static const QStringList words = { u"run"_s, u"runs"_s, u"running"_s, u"fit"_s, u"fits"_s };
    return words;
}
const QStringList& fitSizes()
{
    static const QStringList words
        = { u"small"_s, u"smaller"_s, u"large"_s, u"larger"_s, u"big"_s, u"bigger"_s, u"narrow"_s, u"wide"_s };
    return words;
}
const QStringList& washWords()
{
    static const QStringList words = { u"wash"_s, u"washed"_s, u"washing"_s, u"washes"_s, u"washable"_s };
    return words;
}

QString trimmedValue(QStringView text)
{
    QString value = text.trimmed().toString();
    while (!value.isEmpty() && (value.back() == u'.' || value.back() == u';' || value.back() == u','))
        value.chop(1);
    if (value.size() > kMaxValueChars)
        value = value.left(kMaxValueChars).trimmed();
    return value;
}
} // namespace

QString sourceName(Source source)
{
    switch (source) {
    case Source::Title:
        return u"title"_s;
    case Source::Option:
        return u"option"_s;
    case Source::Tag:
        return u"tag"_s;
    case Source::Type:
        return u"type"_s;
    case Source::Description:
        break;
    }
    return u"description"_s;
}

std::optional<Source> sourceNamed(QStringView name)
{
    for (const Source source : { Source::Title, Source::Description, Source::Option, Source::Tag, Source::Type }) {
        if (name == sourceName(source))
            return source;
    }
    return std::nullopt;
}

std::pair<QString, QString> splitTagPrefix(const QString& tag, const AttributeLexicon& lexicon)
{
    qsizetype separator = tag.indexOf(u':');
    if (separator < 0)
        separator = tag.indexOf(u'_');
    // A hyphen joins words too ("machine-washable"), so it separates only a known label ("color-red").
    if (separator < 0 && tag.indexOf(u'-') > 0 && !lexicon.attributeOfLabel(tag.left(tag.indexOf(u'-'))).isEmpty())
        separator = tag.indexOf(u'-');
    if (separator <= 0 || separator + 1 >= tag.size())
        return {};
    return { tag.left(separator).trimmed().toLower(), tag.mid(separator + 1).trimmed() };
}

struct AttributeExtractor::Line {
    QStringView text;
    std::vector<text::Analyzer::Token> words;
    QStringList stems;
    QString labelAttribute; ///< what "Label:" at the start of the line names, empty without one
    qsizetype valueStart = 0; ///< where the text after the label starts

    [[nodiscard]] qsizetype end(int word) const
    {
        const auto& token = words[static_cast<size_t>(word)];
        return token.start + token.length;
    }
    [[nodiscard]] qsizetype begin(int word) const { return words[static_cast<size_t>(word)].start; }
    [[nodiscard]] bool labels(const QString& attribute, qsizetype at) const
    {
        return !labelAttribute.isEmpty() && labelAttribute == attribute && at >= valueStart;
    }
};

AttributeExtractor::AttributeExtractor(const AttributeLexicon& lexicon, const CatalogConventions& conventions)
    : m_lexicon(lexicon)
    , m_conventions(conventions)
    , m_label(u"^\\s*([^:\\n]{1,40}?)\\s*:\\s*(\\S.*)$"_s)
    , m_dimensions(
          u"(?<![\\w.,])\\d+(?:[.,]\\d+)?\\s*(?:x|×|by)\\s*\\d+(?:[.,]\\d+)?(?:\\s*(?:x|×|by)\\s*\\d+(?:[.,]\\d+)?)?"
          "\\s*(?:mm|cm|m|in|inches|inch|ft|\")(?!\\w)|"
          "(?:length|width|height|depth|diameter|länge|breite|höhe|largo|ancho|alto|longueur|largeur|"
          "hauteur)\\s*:?\\s*\\d+(?:[.,]\\d+)?\\s*(?:mm|cm|m|in|inches|inch|ft|\")(?!\\w)"_s,
          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)
    , m_weight(u"(?<![\\w.,])\\d+(?:[.,]\\d+)?\\s?(?:kg|g|grams?|lbs?|oz|ounces)(?!\\w)"_s,
          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)
    , m_origin(u"\\b(?:[Mm]ade|[Mm]anufactured|[Pp]roduced|[Cc]rafted|[Hh]ergestellt|[Ff]abricado|[Ff]abriqué|[Hh]echo)"
               "\\s+(?:in|en)\\s+((?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)"_s,
          QRegularExpression::UseUnicodePropertiesOption)
    , m_warranty(u"(?:\\d+|lifetime|one|two|three|five|ten)[- ](?:years?|months?|jahre|años|ans|yıl)?[- ]?"
                 "(?:limited\\s+)?(?:warranty|guarantee|garantie|garantía|garanti)"_s,
          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)
    , m_percent(u"(\\d{1,3}(?:[.,]\\d+)?)\\s*%\\s*$"_s)
    , m_degrees(u"\\d{2}\\s*°\\s*[CF]?"_s)
    , m_sentenceEnd(u"[.!?\\n]+"_s)
    , m_wordBreak(u"[\\s,;]+"_s)
{
}

void AttributeExtractor::readLine(QStringView text, Source source, double confidence, bool labels,
    const text::Analyzer& analyzer, std::vector<ExtractedValue>& out) const
{
    Line line;
    line.text = text;
    for (text::Analyzer::Token& token : analyzer.tokens(text)) {
        if (token.kind != text::Analyzer::Kind::Emoji)
            line.words.push_back(std::move(token));
    }
    if (line.words.empty())
        return;
    line.stems = AttributeLexicon::stems(line.words);
    if (labels) {
        const QRegularExpressionMatch label = m_label.match(text);
        if (label.hasMatch() && label.captured(1).count(u' ') < kMaxLabelWords) {
            line.labelAttribute = m_lexicon.attributeOfLabel(label.captured(1));
            line.valueStart = label.capturedStart(2);
        }
    }
    const size_t first = out.size();
    std::vector<bool> covered(line.words.size(), false);
    for (const text::PhraseIndex::Match& match : m_lexicon.index().findLongest(line.stems)) {
        const KnownValue& known = m_lexicon.value(match.id);
        const int last = match.start + match.length - 1;
        const bool labelled = line.labels(known.attribute, line.begin(match.start));
        double weight = labelled ? kLabelledConfidence : confidence;
        if (!labelled && known.learned)
            weight = std::min(weight, kLearnedConfidence);
        if (!labelled && known.ambiguous)
            weight = kAmbiguousConfidence;
        QString value = known.value;
        if (known.claim) {
            int negation = -1;
            for (int k = match.start - 1; k >= std::max(0, match.start - kNegationReach) && negation < 0; --k)
                negation = m_lexicon.isNegation(line.words[static_cast<size_t>(k)].folded) ? k : -1;
            const int after = last + 1;
            if (negation >= 0) {
                value = analyzer.lowerCase(text.mid(line.begin(negation), line.end(last) - line.begin(negation)));
            } else if (m_lexicon.negatesBackwards() && after < static_cast<int>(line.words.size())
                && m_lexicon.isNegation(line.words[static_cast<size_t>(after)].folded)) {
                value
                    = analyzer.lowerCase(text.mid(line.begin(match.start), line.end(after) - line.begin(match.start)));
            }
        }
        if (known.attribute == u"material") {
            const QRegularExpressionMatch percent = m_percent.match(text.left(line.begin(match.start)));
            if (percent.hasMatch())
                value = percent.captured(1) + u"% "_s + value;
        }
        out.push_back({ known.attribute, value, source, weight });
        std::fill(covered.begin() + match.start, covered.begin() + last + 1, true);
    }
    readRules(line, source, confidence, covered, out, first);
    readPatterns(line, source, confidence, out);

    // "Waterproof: yes" or "Origin: Portugal" name no known value; the text after the label is the value.
    if (line.labelAttribute.isEmpty())
        return;
    const bool read
        = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [&](const ExtractedValue& value) {
              return value.attribute == line.labelAttribute
                  || (line.labelAttribute == u"size" && value.attribute == u"dimensions");
          });
    if (read)
        return;
    const QString value = trimmedValue(text.mid(line.valueStart));
    const QString firstWord = analyzer.fold(value.section(m_wordBreak, 0, 0));
    if (line.labelAttribute == u"waterproof" && m_lexicon.isYes(firstWord))
        out.push_back({ line.labelAttribute, u"waterproof"_s, source, kLabelledConfidence });
    else if (!value.isEmpty())
        out.push_back({ line.labelAttribute, analyzer.lowerCase(value), source, kLabelledConfidence });
}

void AttributeExtractor::readRules(const Line& line, Source source, double confidence, std::vector<bool>& covered,
    std::vector<ExtractedValue>& out, size_t first) const
{
    const auto count = static_cast<int>(line.words.size());
    const auto free = [&](int from, int to) {
        return std::none_of(covered.begin() + from, covered.begin() + to + 1, [](bool c) { return c; });
    };
    const auto folded = [&](int i) -> const QString& { return line.words[static_cast<size_t>(i)].folded; };
    // "runs about half a size small", "fits a little large": the words between vary endlessly.
    for (int i = 0; i < count; ++i) {
        if (!fitVerbs().contains(folded(i)))
            continue;
        for (int j = i + 1; j < count && j <= i + kFitWindow; ++j) {
            if (!fitSizes().contains(folded(j)))
                continue;
            if (free(i, j)) {
                const double weight = line.labels(u"fit"_s, line.begin(i)) ? kLabelledConfidence : confidence;
                out.push_back({ u"fit"_s,
                    line.text.mid(line.begin(i), line.end(j) - line.begin(i)).toString().toLower(), source, weight });
                std::fill(covered.begin() + i, covered.begin() + j + 1, true);
            }
            break;
        }
    }
    // "I wash it in the machine on a cold cycle".
    bool care = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
        [](const ExtractedValue& v) { return v.attribute == u"care"; });
    for (int i = 0; i < count; ++i) {
        if (!washWords().contains(folded(i)) || covered[static_cast<size_t>(i)])
            continue;
        for (int j = std::max(0, i - kWashWindow); j < count && j <= i + kWashWindow; ++j) {
            if (folded(j) == u"machine" && !covered[static_cast<size_t>(j)]) {
                out.push_back({ u"care"_s, u"machine wash"_s, source, confidence });
                covered[static_cast<size_t>(i)] = covered[static_cast<size_t>(j)] = true;
                care = true;
                break;
            }
        }
    }
    // A temperature belongs to the care statement it stands in.
    if (!care)
        return;
    for (int i = 0; i < count; ++i) {
        if ((folded(i) == u"cold" || folded(i) == u"cool") && !covered[static_cast<size_t>(i)]) {
            const double weight = line.labels(u"care"_s, line.begin(i)) ? kLabelledConfidence : confidence;
            out.push_back({ u"care"_s, u"cold"_s, source, weight });
            break;
        }
    }
    const QRegularExpressionMatch degrees = m_degrees.match(line.text);
    if (degrees.hasMatch())
        out.push_back({ u"care"_s, degrees.captured().toLower().remove(u' '), source, confidence });
}

void AttributeExtractor::readPatterns(
    const Line& line, Source source, double confidence, std::vector<ExtractedValue>& out) const
{
    const auto add = [&](const QRegularExpression& pattern, const QString& attribute, int group, double weight) {
        for (auto it = pattern.globalMatch(line.text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const bool labelled = line.labels(attribute, match.capturedStart(group))
                || (attribute == u"dimensions" && line.labels(u"size"_s, match.capturedStart(group)));
            out.push_back({ attribute, trimmedValue(match.captured(group)).toLower(), source,
                labelled ? kLabelledConfidence : std::min(weight, confidence) });
        }
    };
    add(m_dimensions, u"dimensions"_s, 0, kPatternConfidence);
    add(m_origin, u"origin"_s, 1, kPatternConfidence);
    add(m_warranty, u"warranty"_s, 0, kPatternConfidence);
    // A bare "300 g" in running text may be a fabric weight or a pack size; a label says what it is.
    add(m_weight, u"weight"_s, 0, kTextConfidence);
}

void AttributeExtractor::readOptions(
    const ContentProduct& product, const text::Analyzer& analyzer, std::vector<ExtractedValue>& out) const
{
    for (const ContentProduct::Option& option : product.options) {
        const QString name = analyzer.fold(option.name);
        // Shopify's "Title: Default Title" is the absence of options.
        if (name == u"title")
            continue;
        const QString attribute = m_conventions.optionAttributes.value(name, u"option:"_s + name);
        for (const QString& value : option.values) {
            out.push_back({ attribute, analyzer.lowerCase(value), Source::Option, kOptionConfidence });
            // A "Style: Merino Wool" option also says what the product is made of.
            std::vector<ExtractedValue> also;
            readLine(value, Source::Option, kTypeConfidence, false, analyzer, also);
            for (ExtractedValue& extra : also) {
                if (extra.attribute != attribute)
                    out.push_back(std::move(extra));
            }
        }
    }
}

void AttributeExtractor::readTags(
    const ContentProduct& product, const text::Analyzer& analyzer, std::vector<ExtractedValue>& out) const
{
    for (const QString& tag : product.tags) {
        const auto [prefix, rest] = splitTagPrefix(tag, m_lexicon);
        const QString attribute = prefix.isEmpty() ? QString() : m_conventions.tagPrefixes.value(prefix);
        if (!attribute.isEmpty()) {
            out.push_back({ attribute, analyzer.lowerCase(rest), Source::Tag, kLabelledConfidence });
            continue;
        }
        QString words = tag;
        words.replace(u'-', u' ').replace(u'_', u' ');
        std::vector<ExtractedValue> found;
        readLine(words, Source::Tag, kTextConfidence, false, analyzer, found);
        // A tag that is nothing but a value ("waterproof", "merino") was put there to say so.
        const qsizetype wordCount = analyzer.tokens(words).size();
        for (ExtractedValue& value : found) {
            if (found.size() == 1 && value.value.count(u' ') + 1 >= wordCount)
                value.confidence = std::max(value.confidence, kWholeTagConfidence);
            out.push_back(std::move(value));
        }
    }
}

std::vector<ExtractedValue> AttributeExtractor::extract(
    const ContentProduct& product, const text::Analyzer& analyzer) const
{
    std::vector<ExtractedValue> found;
    readLine(product.title, Source::Title, kTitleConfidence, false, analyzer, found);
    readLine(product.productType, Source::Type, kTypeConfidence, false, analyzer, found);
    const QString description = text::cleanMessage(product.descriptionHtml);
    for (const QString& line : description.split(u'\n', Qt::SkipEmptyParts))
        readLine(line, Source::Description, kTextConfidence, true, analyzer, found);
    readOptions(product, analyzer, found);
    readTags(product, analyzer, found);

    std::map<std::tuple<QString, QString, int>, double> best;
    for (const ExtractedValue& value : found) {
        if (value.value.isEmpty())
            continue;
        double& confidence = best[{ value.attribute, value.value, static_cast<int>(value.source) }];
        confidence = std::max(confidence, value.confidence);
    }
    // Places that agree make each other more likely: "Graphic shirt" as the type and a "graphic" in the
    // description say the same thing, though either word alone could be something else.
    std::map<std::pair<QString, QString>, double> doubt;
    for (const auto& [key, confidence] : best) {
        doubt.try_emplace({ std::get<0>(key), std::get<1>(key) }, 1.0).first->second *= 1.0 - confidence;
    }
    std::vector<ExtractedValue> result;
    result.reserve(best.size());
    for (const auto& [key, confidence] : best) {
        const auto& [attribute, value, source] = key;
        const double together = 1.0 - doubt.at({ attribute, value });
        result.push_back({ attribute, value, static_cast<Source>(source), std::max(confidence, together) });
    }
    return result;
}

std::vector<ExtractedValue> AttributeExtractor::readText(const QString& text, const text::Analyzer& analyzer) const
{
    std::vector<ExtractedValue> found;
    for (const QString& sentence : text::cleanMessage(text).split(m_sentenceEnd, Qt::SkipEmptyParts))
        readLine(sentence, Source::Description, kTextConfidence, false, analyzer, found);
    return found;
}

} // namespace flywheel::content
