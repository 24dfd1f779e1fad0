#include "text/Sentiment.h"
#include "text/SentimentLexicon.h"

#include <bitset>
#include <cmath>

namespace flywheel::text {

namespace {

/// How far a negation reaches, in tokens, inside one clause.
constexpr int kNegationReach = 3;
/// "not good" is mildly negative and "not bad" mildly positive, not their full opposites.
constexpr double kNegationFactor = -0.6;
constexpr double kShoutFactor = 1.4;
constexpr double kBeforeContrast = 0.5;
constexpr double kAfterContrast = 1.5;
constexpr double kPerExclamation = 0.3;
/// Sum of cues at which the score is about 0.76 (tanh(1)).
constexpr double kScoreScale = 2.5;

struct Entry {
    QString key;
    double value;
};

std::vector<Entry> entries(const char16_t* list)
{
    std::vector<Entry> out;
    for (const QStringView item : QStringView(list).split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.lastIndexOf(u':');
        if (colon <= 0) {
            out.push_back({ item.toString().replace(u'_', u' '), 0 });
            continue;
        }
        out.push_back({ item.left(colon).toString().replace(u'_', u' '), item.mid(colon + 1).toDouble() });
    }
    return out;
}

bool isShouted(QStringView word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        letters += c.isUpper() ? 1 : 0;
    }
    return letters >= 3;
}

/// Mostly capitals: then capitals are the writer's habit, not emphasis.
bool isMostlyCapitals(QStringView text)
{
    int upper = 0;
    int lower = 0;
    for (const QChar c : text) {
        upper += c.isUpper() ? 1 : 0;
        lower += c.isLower() ? 1 : 0;
    }
    return upper > 2 * lower;
}

/// Whether `written` in lower case is already `folded` (plain ASCII, no hyphen, no Turkish I), so
/// that the lookup of the word as written is the lookup of its folded form.
bool lowersToItsFolding(QStringView written, const QString& folded, bool dotlessI)
{
    if (written.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < written.size(); ++i) {
        const char16_t c = written[i].unicode();
        if (c >= 0x80 || (dotlessI && c == u'I'))
            return false;
        const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        if (lower != folded[i].unicode())
            return false;
    }
    return true;
}

/// Which ASCII characters a text holds, so that emoticons whose first character is missing are not
/// searched for.
std::bitset<128> asciiCharacters(QStringView text)
{
    std::bitset<128> present;
    for (const QChar c : text)
        if (c.unicode() < 128)
            present.set(c.unicode());
    return present;
}

bool isClauseBreak(QStringView gap)
{
    for (const QChar c : gap)
        if (c == u'.' || c == u',' || c == u';' || c == u'!' || c == u'?' || c == u':' || c == u'\n')
            return true;
    return false;
}

} // namespace

int sentimentLevel(double score)
{
    const double magnitude = std::abs(score);
    const int level = magnitude >= 0.75 ? 2 : magnitude >= 0.2 ? 1 : 0;
    return score < 0 ? -level : level;
}

LexiconSentiment::LexiconSentiment(const QString& languageCode)
    : m_analyzer(languageCode)
{
    for (const Entry& symbol : entries(sentimentSymbols()))
        m_words.insert(symbol.key, symbol.value);
    if (const SentimentLexiconData* data = sentimentLexicon(m_analyzer.languageCode()))
        addLists(*data);
    gatherFacts();
}

void LexiconSentiment::addLists(const SentimentLexiconData& data)
{
    for (Entry& entry : entries(data.words)) {
        const bool exactOnly = entry.key.startsWith(u'=');
        if (exactOnly)
            entry.key.remove(0, 1);
        if (entry.key.endsWith(u'*')) {
            entry.key.chop(1);
            m_prefixes.insert(entry.key, entry.value);
            m_prefixes.insert(foldText(entry.key), entry.value);
            continue;
        }
        m_words.insert(entry.key, entry.value);
        if (!exactOnly)
            m_folded.insert(foldText(entry.key), entry.value);
    }
    for (const Entry& entry : entries(data.modifiers))
        m_modifiers.insert(foldText(entry.key), entry.value);
    for (const Entry& entry : entries(data.negators))
        m_negators.insert(foldText(entry.key));
    for (const Entry& entry : entries(data.contrasts))
        m_contrasts.insert(foldText(entry.key));
    m_negationFollows = data.negationFollows;
    m_negationSuffix = data.negationSuffix;
    for (auto it = m_prefixes.cbegin(); it != m_prefixes.cend(); ++it) {
        if (it.key().size() >= qsizetype(m_prefixLengths.size()))
            m_prefixLengths.resize(std::size_t(it.key().size()) + 1);
        m_prefixLengths[std::size_t(it.key().size())] = true;
    }
}

void LexiconSentiment::gatherFacts()
{
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it)
        m_facts[it.key()].asWritten = it.value();
    for (auto it = m_folded.cbegin(); it != m_folded.cend(); ++it)
        m_facts[it.key()].folded = it.value();
    for (auto it = m_modifiers.cbegin(); it != m_modifiers.cend(); ++it)
        m_facts[it.key()].modifier = it.value();
    for (const QString& negator : std::as_const(m_negators))
        m_facts[negator].negator = true;
    for (const QString& contrast : std::as_const(m_contrasts))
        m_facts[contrast].contrast = true;
    // The first word of each two-word entry: a pair whose first word is none of these is no entry.
    for (const QStringList& keys :
        { m_folded.keys(), m_modifiers.keys(), QStringList(m_contrasts.begin(), m_contrasts.end()) })
        for (const QString& key : keys)
            if (const qsizetype space = key.indexOf(u' '); space > 0)
                m_facts[key.left(space)].startsPair = true;
    m_negatesWithNt = m_negators.contains(QStringLiteral("n't"));
}

double LexiconSentiment::valence(
    const Analyzer::Token& token, const WordFacts* facts, QStringView text, bool& negatedBySuffix) const
{
    negatedBySuffix = false;
    if (token.kind == Analyzer::Kind::Emoji)
        return facts && facts->asWritten ? *facts->asWritten : 0;
    if (token.kind != Analyzer::Kind::Word)
        return 0;
    const QStringView written = text.mid(token.start, token.length);
    const bool dotlessI = m_analyzer.languageCode() == u"tr" || m_analyzer.languageCode() == u"az";
    const bool plain = lowersToItsFolding(written, token.folded, dotlessI);
    if (plain && facts && facts->asWritten)
        return *facts->asWritten;
    const QString lower = plain ? token.folded : m_analyzer.lowerCase(written);
    if (const auto found = plain ? m_words.constEnd() : m_words.constFind(lower); found != m_words.constEnd())
        return *found;
    if (facts && facts->folded)
        return *facts->folded;
    if (m_prefixes.isEmpty())
        return 0;
    for (const QString* word : { &lower, &token.folded }) {
        if (word != &lower && *word == lower)
            break; // the same letters were tried already
        QString head = *word; // shortened in place: one copy per word rather than one per length
        head.detach();
        for (qsizetype length = word->size(); length >= 3; --length) {
            if (length >= qsizetype(m_prefixLengths.size()) || !m_prefixLengths[std::size_t(length)])
                continue; // no entry is this long
            head.truncate(length);
            const auto found = m_prefixes.constFind(head);
            if (found == m_prefixes.constEnd())
                continue;
            // Turkish verbs take the negation right after the stem: beğen-me-dim, beğen-mi-yorum.
            const QStringView rest = QStringView(*word).mid(length);
            negatedBySuffix = m_negationSuffix && rest.size() >= 2 && rest[0] == u'm'
                && (rest[1] == u'e' || rest[1] == u'a' || (rest.size() >= 4 && rest.mid(1, 3) == u"iyo")
                    || (rest.size() >= 4 && rest.mid(1, 3) == QStringView(u"ıyo")));
            return *found;
        }
    }
    return 0;
}

SentimentEvidence LexiconSentiment::evidence(QStringView text) const
{
    return evidence(text, m_analyzer.tokens(text));
}

SentimentEvidence LexiconSentiment::evidence(QStringView text, const std::vector<Analyzer::Token>& tokens) const
{
    SentimentEvidence evidence;
    const int count = int(tokens.size());
    std::vector<const WordFacts*> facts(std::size_t(count), nullptr);
    for (int i = 0; i < count; ++i)
        if (const auto found = m_facts.constFind(tokens[std::size_t(i)].folded); found != m_facts.cend())
            facts[std::size_t(i)] = &*found;
    const auto has
        = [&](int i, bool WordFacts::*fact) { return facts[std::size_t(i)] && facts[std::size_t(i)]->*fact; };
    std::vector<int> clause(std::size_t(count), 0);
    // Two-word entries ("hayal kırıklığı", "un peu", "sin embargo") are looked up as a pair; most
    // words start no pair at all, and their pair's text is not even built.
    const auto pairAt
        = [&](int i) { return tokens[std::size_t(i)].folded + QChar(u' ') + tokens[std::size_t(i + 1)].folded; };
    const auto pairIn = [&](const auto& entries, int i) {
        return has(i, &WordFacts::startsPair) ? entries.constFind(pairAt(i)) : entries.constEnd();
    };
    int contrastAt = -1;
    for (int i = 0; i < count; ++i) {
        const qsizetype gapStart = i == 0 ? 0 : tokens[std::size_t(i - 1)].start + tokens[std::size_t(i - 1)].length;
        clause[std::size_t(i)] = (i == 0 ? 0 : clause[std::size_t(i - 1)])
            + (i > 0 && isClauseBreak(text.mid(gapStart, tokens[std::size_t(i)].start - gapStart)) ? 1 : 0);
        if (has(i, &WordFacts::contrast) || (i > 0 && pairIn(m_contrasts, i - 1) != m_contrasts.constEnd()))
            contrastAt = i;
    }
    const auto isNegator = [&](int i) {
        return has(i, &WordFacts::negator) || (m_negatesWithNt && tokens[std::size_t(i)].folded.endsWith(u"n't"));
    };
    const auto modifierAt
        = [&](int i) { return facts[std::size_t(i)] ? facts[std::size_t(i)]->modifier : std::nullopt; };
    const auto sameClause
        = [&](int a, int b) { return a >= 0 && b < count && clause[std::size_t(a)] == clause[std::size_t(b)]; };
    const bool capitalsAreHabit = isMostlyCapitals(text);

    for (int i = 0; i < count; ++i) {
        const int first = i;
        const Analyzer::Token& token = tokens[std::size_t(i)];
        if (isNegator(i))
            continue;
        bool negated = false;
        double value = valence(token, facts[std::size_t(i)], text, negated);
        const bool pairFollows = i + 1 < count && sameClause(i, i + 1);
        if (const auto pair = pairFollows ? pairIn(m_folded, i) : m_folded.constEnd(); pair != m_folded.constEnd()) {
            value = *pair;
            ++i; // the pair is one cue
        }
        if (modifierAt(first) && i + 1 < count) {
            bool unused = false;
            if (valence(tokens[std::size_t(i + 1)], facts[std::size_t(i + 1)], text, unused) != 0)
                continue; // "super cute", "pretty good": a modifier here, not a cue
        }
        if (value == 0)
            continue;
        for (int back = 1; back <= 2 && sameClause(i - back, i); ++back) {
            std::optional<double> modifier = modifierAt(i - back);
            if (!modifier && back == 1 && sameClause(i - 2, i)) {
                if (const auto pair = pairIn(m_modifiers, i - 2); pair != m_modifiers.constEnd())
                    modifier = *pair;
            }
            if (modifier)
                value *= 1.0 + *modifier * (back == 1 ? 1.0 : 0.8);
        }
        if (!capitalsAreHabit && isShouted(text.mid(token.start, token.length)))
            value *= kShoutFactor;
        for (int back = 1; back <= kNegationReach && !negated && sameClause(i - back, i); ++back)
            negated = isNegator(i - back);
        for (int ahead = 1; m_negationFollows && ahead <= kNegationReach && !negated && sameClause(i, i + ahead);
             ++ahead)
            negated = isNegator(i + ahead);
        if (negated)
            value *= kNegationFactor;
        if (contrastAt >= 0)
            value *= i < contrastAt ? kBeforeContrast : kAfterContrast;
        (value > 0 ? evidence.positive : evidence.negative) += std::abs(value);
        ++evidence.cues;
    }

    // Emoticons are punctuation, which the tokenizer skips: find them in the text itself.
    static const std::vector<Entry> emoticons = [] {
        std::vector<Entry> ascii;
        for (const Entry& symbol : entries(sentimentSymbols()))
            if (symbol.key.front().unicode() < 0x80)
                ascii.push_back(symbol);
        return ascii;
    }();
    const std::bitset<128> characters = asciiCharacters(text);
    for (const Entry& emoticon : emoticons) {
        if (!characters.test(emoticon.key.front().unicode()))
            continue;
        for (qsizetype at = text.indexOf(emoticon.key); at >= 0; at = text.indexOf(emoticon.key, at + 1)) {
            const qsizetype end = at + emoticon.key.size();
            const bool standsAlone = (at == 0 || text[at - 1].isSpace())
                && (end == text.size() || text[end].isSpace() || text[end] == u'.' || text[end] == u'!');
            if (!standsAlone)
                continue;
            (emoticon.value > 0 ? evidence.positive : evidence.negative) += std::abs(emoticon.value);
            ++evidence.cues;
        }
    }

    if (evidence.cues > 0) {
        const double bang = kPerExclamation * std::min<qsizetype>(text.count(u'!'), 3);
        (evidence.positive >= evidence.negative ? evidence.positive : evidence.negative) += bang;
    }
    return evidence;
}

Sentiment LexiconSentiment::score(QStringView text) const
{
    return score(evidence(text));
}

Sentiment LexiconSentiment::score(const SentimentEvidence& found)
{
    Sentiment sentiment;
    sentiment.source = SentimentSource::WordLists;
    sentiment.score = std::tanh((found.positive - found.negative) / kScoreScale);
    sentiment.level = sentimentLevel(sentiment.score);
    const double mass = found.positive + found.negative;
    const double agreement = mass > 0 ? std::abs(found.positive - found.negative) / mass : 0;
    sentiment.confidence = found.cues == 0 ? 0.3 : (1.0 - std::exp(-found.cues / 2.0)) * (0.5 + 0.5 * agreement);
    return sentiment;
}

} // namespace flywheel::text
