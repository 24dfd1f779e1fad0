#include "search/SearchText.h"

#include <QHash>
#include <QSet>

namespace flywheel::search {

namespace {

/// Unit words with one spelling each. Unambiguous spellings are units wherever they stand; short
/// ones ("in", "l", "w") only right after a number, where they cannot be the ordinary word.
struct Units {
    QHash<QString, QString> anywhere;
    QHash<QString, QString> afterNumber;
};

const Units& units()
{
    static const Units table = [] {
        Units u;
        const auto add = [&u](const QString& canonical, std::initializer_list<const char16_t*> plain,
                             std::initializer_list<const char16_t*> shortForms) {
            for (const char16_t* word : plain)
                u.anywhere.insert(QString::fromUtf16(word), canonical);
            for (const char16_t* word : shortForms)
                u.afterNumber.insert(QString::fromUtf16(word), canonical);
            u.afterNumber.insert(canonical, canonical);
        };
        add(QStringLiteral("in"), { u"inch", u"inches" }, { u"in" });
        add(QStringLiteral("ft"), { u"foot", u"feet" }, { u"ft" });
        add(QStringLiteral("yd"), { u"yard", u"yards" }, { u"yd", u"yds" });
        add(QStringLiteral("mm"), { u"millimeter", u"millimeters", u"millimetre", u"millimetres" }, { u"mm" });
        add(QStringLiteral("cm"), { u"centimeter", u"centimeters", u"centimetre", u"centimetres" }, { u"cm" });
        add(QStringLiteral("m"), { u"meter", u"meters", u"metre", u"metres" }, { u"m" });
        add(QStringLiteral("gal"), { u"gallon", u"gallons" }, { u"gal", u"gals" });
        add(QStringLiteral("qt"), { u"quart", u"quarts" }, { u"qt", u"qts" });
        add(QStringLiteral("oz"), { u"ounce", u"ounces" }, { u"oz" });
        add(QStringLiteral("lb"), { u"pound", u"pounds", u"lbs" }, { u"lb" });
        add(QStringLiteral("kg"), { u"kilogram", u"kilograms", u"kilo", u"kilos" }, { u"kg" });
        add(QStringLiteral("g"), { u"gram", u"grams", u"gramme", u"grammes" }, { u"g", u"gr" });
        add(QStringLiteral("ml"), { u"milliliter", u"milliliters", u"millilitre", u"millilitres" }, { u"ml" });
        add(QStringLiteral("l"), { u"liter", u"liters", u"litre", u"litres" }, { u"l", u"ltr" });
        add(QStringLiteral("volt"), { u"volt", u"volts" }, { u"v" });
        add(QStringLiteral("watt"), { u"watt", u"watts" }, { u"w" });
        add(QStringLiteral("amp"), { u"amp", u"amps", u"ampere", u"amperes" }, { u"a" });
        add(QStringLiteral("sqft"), { u"sqft" }, {});
        add(QStringLiteral("pc"), { u"piece", u"pieces" }, { u"pc", u"pcs", u"pk", u"pack" });
        return u;
    }();
    return table;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!c.isDigit() && c != u'.' && c != u',')
            return false;
    }
    return text.front().isDigit();
}

/// Words after which a title or query goes on about something other than what the product is.
bool endsMainPart(const QString& surface)
{
    static const QSet<QString> words { QStringLiteral("with"), QStringLiteral("for"), QStringLiteral("by"),
        QStringLiteral("in"), QStringLiteral("without"), QStringLiteral("from"), QStringLiteral("mit"),
        QStringLiteral("für"), QStringLiteral("avec"), QStringLiteral("pour"), QStringLiteral("con"),
        QStringLiteral("para"), QStringLiteral("icin"), QStringLiteral("ile") };
    return words.contains(surface);
}

/// Whether the commas of a number group its thousands: "1,250,000" and "5,000.5", not "2,5" or "1,25".
bool groupsThousands(const QString& number)
{
    const qsizetype point = number.indexOf(u'.');
    const qsizetype end = point < 0 ? number.size() : point;
    const qsizetype first = number.indexOf(u',');
    // One to three digits, then groups of a comma and three digits, and no comma after the point.
    if (first < 1 || first > 3 || first >= end || (end - first) % 4 != 0 || number.indexOf(u',', end) >= 0)
        return false;
    for (qsizetype i = 0; i < end; ++i) {
        const bool commaPlace = i >= first && (i - first) % 4 == 0;
        if (commaPlace ? number[i] != u',' : !number[i].isDigit())
            return false;
    }
    return true;
}

/// One spelling per number, so that "11.0" meets "11" and "5,000" meets "5000".
QString canonicalNumber(const QString& folded)
{
    QString number = folded;
    if (groupsThousands(number))
        number.remove(u',');
    if (const qsizetype point = number.indexOf(u'.'); point > 0 && !number.contains(u',')) {
        qsizetype end = number.size();
        while (end > point + 1 && number[end - 1] == u'0')
            --end;
        if (end == point + 1)
            --end;
        number.truncate(end);
    }
    return number;
}

} // namespace

std::vector<size_t> SearchText::headPositions(const std::vector<SearchToken>& tokens, size_t count)
{
    size_t end = tokens.size();
    for (size_t i = 1; i < tokens.size(); ++i) {
        if (!tokens[i].unit && endsMainPart(tokens[i].surface)) {
            end = i;
            break;
        }
    }
    std::vector<size_t> heads;
    for (size_t i = end; i-- > 0 && heads.size() < count;) {
        const SearchToken& token = tokens[i];
        if (!token.stopWord && !token.number && !token.unit)
            heads.push_back(i);
    }
    return heads;
}

SearchText::SearchText(const QString& languageCode)
    : m_analyzer(languageCode)
{
}

std::vector<SearchToken> SearchText::tokens(QStringView text) const
{
    const std::vector<text::Analyzer::Token> words = m_analyzer.tokens(text);
    std::vector<SearchToken> out;
    out.reserve(words.size() + 2);
    const auto gapBefore = [&](size_t i) -> QStringView {
        const qsizetype end = words[i - 1].start + words[i - 1].length;
        return text.mid(end, words[i].start - end);
    };
    for (size_t i = 0; i < words.size(); ++i) {
        const text::Analyzer::Token& word = words[i];
        if (word.kind == text::Analyzer::Kind::Emoji)
            continue;
        const bool previousIsNumber = !out.empty() && out.back().number;
        // "1/2" is one size, not two numbers.
        if (word.kind == text::Analyzer::Kind::Number && previousIsNumber && i > 0 && gapBefore(i) == u"/"
            && !out.back().surface.contains(u'/')) {
            out.back().surface += u'/' + word.folded;
            out.back().stem = out.back().surface;
            continue;
        }
        // A number glued to its unit: "8ft", "500ml", "2.5l".
        qsizetype digits = 0;
        while (digits < word.folded.size() && (word.folded[digits].isDigit() || word.folded[digits] == u'.'))
            ++digits;
        if (digits > 0 && digits < word.folded.size() && word.folded.front().isDigit()) {
            const QString unit = word.folded.mid(digits);
            const auto canonical = units().afterNumber.constFind(unit);
            const auto plain = units().anywhere.constFind(unit);
            if (canonical != units().afterNumber.constEnd() || plain != units().anywhere.constEnd()) {
                const QString number = word.folded.left(digits);
                out.push_back({ number, canonicalNumber(number), false, true, false });
                const QString& stem = canonical != units().afterNumber.constEnd() ? *canonical : *plain;
                out.push_back({ unit, stem, false, false, true });
                continue;
            }
        }
        if (word.kind == text::Analyzer::Kind::Number || allDigits(word.folded)) {
            out.push_back({ word.folded, canonicalNumber(word.folded), false, true, false });
            // 12" and 6' are inches and feet.
            const qsizetype after = word.start + word.length;
            if (after < text.size() && (text[after] == u'"' || text[after] == QChar(0x2033)))
                out.push_back({ QStringLiteral("\""), QStringLiteral("in"), false, false, true });
            else if (after < text.size() && (text[after] == u'\'' || text[after] == QChar(0x2032)))
                out.push_back({ QStringLiteral("'"), QStringLiteral("ft"), false, false, true });
            continue;
        }
        if (previousIsNumber) {
            if (const auto unit = units().afterNumber.constFind(word.folded); unit != units().afterNumber.constEnd()) {
                out.push_back({ word.folded, *unit, false, false, true });
                continue;
            }
        }
        if (const auto unit = units().anywhere.constFind(word.folded); unit != units().anywhere.constEnd()) {
            out.push_back({ word.folded, *unit, false, false, true });
            continue;
        }
        out.push_back({ word.folded, word.stem, word.stopWord, false, false });
    }
    return out;
}

} // namespace flywheel::search
