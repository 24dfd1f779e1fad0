#include "text/Analyzer.h"

#include "text/StopWords.h"

#include <libstemmer.h>

#include <algorithm>

namespace flywheel::text {

namespace {

/// "pt-BR", "en_US", "NB" -> the two-letter code Snowball and the word lists know.
QString normalizedLanguage(const QString& code)
{
    QString language = code.trimmed().toLower().left(2);
    if (language == u"nb" || language == u"nn")
        language = QStringLiteral("no");
    return language;
}

char32_t codePointAt(QStringView text, qsizetype index)
{
    const QChar c = text[index];
    if (c.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[index + 1]);
    return c.unicode();
}

qsizetype codePointWidth(char32_t cp)
{
    return cp > 0xFFFF ? 2 : 1;
}

bool isEmoji(char32_t cp)
{
    return (cp >= 0x1F300 && cp <= 0x1FAFF && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) || (cp >= 0x2600 && cp <= 0x27BF)
        || cp == 0x2B50 || cp == 0x2B55 || (cp >= 0x1F100 && cp <= 0x1F1FF);
}

bool isWordCharacter(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

bool isApostrophe(char32_t cp)
{
    return cp == u'\'' || cp == 0x2019 || cp == 0x02BC;
}

bool isHyphen(char32_t cp)
{
    return cp == u'-' || cp == 0x2010 || cp == 0x2011;
}

/// Combining accents come off Latin and Greek letters only: in Cyrillic, Devanagari and others a
/// combining mark makes a different letter (й is not и).
bool accentsFoldOff(char32_t base)
{
    return base < 0x0250 || (base >= 0x0370 && base < 0x0400) || (base >= 0x1E00 && base < 0x1F00);
}

/// A bound on the caches of words seen, for endless streams of unique words (ids, typos).
constexpr qsizetype kMaxRememberedWords = 200000;
/// Words in running text are about this many UTF-16 units apart, spaces included.
constexpr qsizetype kCharsPerToken = 5;

} // namespace

QString foldText(QStringView text)
{
    QString lower = text.toString().toLower();
    bool ascii = true;
    for (const QChar c : lower)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return lower;
    QString out;
    out.reserve(lower.size());
    const QString decomposed = lower.normalized(QString::NormalizationForm_D);
    char32_t base = 0;
    for (qsizetype i = 0, width = 1; i < decomposed.size(); i += width) {
        const char32_t cp = codePointAt(decomposed, i);
        width = codePointWidth(cp);
        if (QChar::isMark(cp) && accentsFoldOff(base))
            continue;
        base = cp;
        switch (cp) {
        case U'ı':
            out += u'i';
            break;
        case U'ß':
            out += u"ss";
            break;
        case U'æ':
            out += u"ae";
            break;
        case U'œ':
            out += u"oe";
            break;
        case U'ø':
            out += u'o';
            break;
        case U'đ':
        case U'ð':
            out += u'd';
            break;
        case U'ł':
            out += u'l';
            break;
        case U'þ':
            out += u"th";
            break;
        case 0x2019:
        case 0x02BC:
            out += u'\'';
            break;
        default:
            out += QStringView(decomposed).mid(i, width);
            break;
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

void Analyzer::StemmerDeleter::operator()(sb_stemmer* stemmer) const
{
    sb_stemmer_delete(stemmer);
}

Analyzer::Analyzer(const QString& languageCode)
    : m_language(normalizedLanguage(languageCode))
    , m_stemmer(m_language.size() == 2 ? sb_stemmer_new(m_language.toLatin1().constData(), "UTF_8") : nullptr)
    , m_stopWords(&stopWords(m_language))
{
}

Analyzer::Analyzer(const Analyzer& other)
    : Analyzer(other.m_language)
{
}

Analyzer& Analyzer::operator=(const Analyzer& other)
{
    if (this != &other)
        *this = Analyzer(other.m_language);
    return *this;
}

Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

QString Analyzer::lowerCase(QStringView word) const
{
    QString text = word.toString();
    text.replace(QChar(0x2019), u'\'').replace(QChar(0x02BC), u'\'');
    if (m_language != u"tr" && m_language != u"az")
        return text.toLower();
    for (QChar& c : text) {
        if (c == u'I')
            c = QChar(0x0131); // dotless ı
        else if (c == QChar(0x0130))
            c = u'i';
    }
    return text.toLower();
}

QString Analyzer::fold(QStringView word) const
{
    return foldText(lowerCase(word));
}

QString Analyzer::stem(const QString& word) const
{
    if (!m_stemmer)
        return foldText(word);
    const auto cached = m_stemCache.constFind(word);
    if (cached != m_stemCache.constEnd())
        return *cached;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* stemmed
        = sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol*>(utf8.constData()), int(utf8.size()));
    QString result = stemmed
        ? foldText(QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(m_stemmer.get())))
        : foldText(word);
    if (m_stemCache.size() > kMaxRememberedWords)
        m_stemCache.clear();
    m_stemCache.insert(word, result);
    return result;
}

bool Analyzer::isStopWord(const QString& folded) const
{
    return m_stopWords->contains(folded);
}

void Analyzer::appendToken(std::vector<Token>& out, QStringView text, qsizetype start, qsizetype end, Kind kind) const
{
    const QStringView span = text.mid(start, end - start);
    if (kind == Kind::Emoji) {
        const QString emoji = span.toString();
        const TermId id = m_terms.add(emoji);
        out.push_back({ emoji, emoji, start, span.size(), false, kind, id, id });
        return;
    }
    // Numbers are not remembered: order numbers and prices rarely come twice.
    if (kind == Kind::Word) {
        // Looked up through a view of the text, so a word seen before is not even copied.
        const QString written = QString::fromRawData(span.data(), span.size());
        if (const auto known = m_wordCache.constFind(written); known != m_wordCache.cend()) {
            out.push_back({ known->folded, known->stem, start, span.size(), known->stopWord, kind, known->foldedId,
                known->stemId });
            return;
        }
    }
    QString lower = lowerCase(span);
    lower.remove(u'-').remove(QChar(0x2010)).remove(QChar(0x2011));
    QString folded = foldText(lower);
    const bool stopWord = m_stopWords->contains(folded);
    QString stemmed = kind == Kind::Word ? stem(lower) : folded;
    const TermId foldedId = m_terms.add(folded);
    const TermId stemId = m_terms.add(stemmed);
    if (kind == Kind::Word) {
        if (m_wordCache.size() > kMaxRememberedWords)
            m_wordCache.clear();
        m_wordCache.insert(span.toString(), WordAnalysis { folded, stemmed, stopWord, foldedId, stemId });
    }
    out.push_back({ std::move(folded), std::move(stemmed), start, span.size(), stopWord, kind, foldedId, stemId });
}

std::vector<Analyzer::Token> Analyzer::tokens(QStringView text) const
{
    std::vector<Token> out;
    appendTokens(text, out);
    return out;
}

void Analyzer::appendTokens(QStringView text, std::vector<Token>& out) const
{
    const size_t expected = out.size() + static_cast<size_t>(text.size() / kCharsPerToken + 1);
    if (out.capacity() < expected)
        out.reserve(std::max(expected, 2 * out.capacity()));
    const bool splitsElisions = m_language == u"fr" || m_language == u"it" || m_language == u"ca";
    const bool dropsSuffixAfterApostrophe = m_language == u"tr" || m_language == u"az";
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char32_t cp = codePointAt(text, i);
        if (isEmoji(cp)) {
            appendToken(out, text, i, i + codePointWidth(cp), Kind::Emoji);
            i += codePointWidth(cp);
            continue;
        }
        if (!isWordCharacter(cp)) {
            i += codePointWidth(cp);
            continue;
        }
        const qsizetype start = i;
        qsizetype partStart = i; // start of the part after the last joined hyphen
        bool hasLetter = false;
        bool hasDigit = false;
        qsizetype skipTo = -1; // end of a Turkish suffix that is dropped
        while (i < size) {
            const char32_t c = codePointAt(text, i);
            if (isWordCharacter(c)) {
                hasLetter = hasLetter || QChar::isLetter(c);
                hasDigit = hasDigit || QChar::isDigit(c);
                i += codePointWidth(c);
                continue;
            }
            const bool followedByWord = i + 1 < size && isWordCharacter(codePointAt(text, i + 1));
            if (!followedByWord)
                break;
            if (isApostrophe(c) && hasLetter && !splitsElisions) {
                if (dropsSuffixAfterApostrophe) {
                    skipTo = i + 1;
                    while (skipTo < size && isWordCharacter(codePointAt(text, skipTo)))
                        skipTo += codePointWidth(codePointAt(text, skipTo));
                    break;
                }
                i += 1;
                continue;
            }
            if (isApostrophe(c) && splitsElisions) {
                ++i; // "l'eau" -> "l" (a stop word) then "eau"
                break;
            }
            const bool digitsAround
                = QChar::isDigit(codePointAt(text, i - 1)) && QChar::isDigit(codePointAt(text, i + 1));
            if ((c == u'.' || c == u',') && digitsAround && !hasLetter) {
                i += 1;
                continue;
            }
            // "e-mail", "t-shirt" and "x-large" join; "water-resistant" splits into two words.
            const bool singleLetterPart = i - partStart == 1;
            if (isHyphen(c) && singleLetterPart) {
                i += 1;
                partStart = i;
                continue;
            }
            break;
        }
        qsizetype end = i;
        while (end > start && !isWordCharacter(text[end - 1].unicode()) && !text[end - 1].isLowSurrogate())
            --end; // a trailing elision apostrophe is not part of the word
        appendToken(out, text, start, end, hasLetter ? Kind::Word : Kind::Number);
        if (skipTo > 0)
            i = skipTo;
    }
}

QStringList Analyzer::terms(QStringView text) const
{
    QStringList out;
    for (Token& token : tokens(text))
        if (!token.stopWord)
            out.append(std::move(token.stem));
    return out;
}

QStringList Analyzer::allTerms(QStringView text) const
{
    QStringList out;
    for (Token& token : tokens(text))
        out.append(std::move(token.stem));
    return out;
}

QStringList phrases(const QStringList& terms, int maxN)
{
    QStringList out;
    for (int n = 2; n <= maxN; ++n)
        for (qsizetype i = 0; i + n <= terms.size(); ++i)
            out.append(terms.mid(i, n).join(u' '));
    return out;
}

} // namespace flywheel::text
