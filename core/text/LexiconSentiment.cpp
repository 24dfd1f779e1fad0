#include "text/Sentiment.h"
#include "text/SentimentLexicon.h"

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
    const SentimentLexiconData* data = sentimentLexicon(m_analyzer.languageCode());
    if (!data)
        return;
    for (Entry& entry : entries(data->words)) {
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
    for (const Entry& entry : entries(data->modifiers))
        m_modifiers.insert(foldText(entry.key), entry.value);
    for (const Entry& entry : entries(data->negators))
        m_negators.insert(foldText(entry.key));
    for (const Entry& entry : entries(data->contrasts))
        m_contrasts.insert(foldText(entry.key));
    m_negationFollows = data->negationFollows;
    m_negationSuffix = data->negationSuffix;
}

double LexiconSentiment::valence(const Analyzer::Token& token, QStringView text, bool& negatedBySuffix) const
{
    negatedBySuffix = false;
    if (token.kind == Analyzer::Kind::Emoji)
        return m_words.value(token.folded);
    if (token.kind != Analyzer::Kind::Word)
        return 0;
    const QString lower = m_analyzer.lowerCase(text.mid(token.start, token.length));
    if (const auto found = m_words.constFind(lower); found != m_words.constEnd())
        return *found;
    if (const auto found = m_folded.constFind(token.folded); found != m_folded.constEnd())
        return *found;
    if (m_prefixes.isEmpty())
        return 0;
    for (const QString* word : { &lower, &token.folded }) {
        for (qsizetype length = word->size(); length >= 3; --length) {
            const auto found = m_prefixes.constFind(word->left(length));
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
    SentimentEvidence evidence;
    const std::vector<Analyzer::Token> tokens = m_analyzer.tokens(text);
    const int count = int(tokens.size());
    std::vector<int> clause(std::size_t(count), 0);
    // Two-word entries ("hayal kırıklığı", "un peu", "sin embargo") are looked up as a pair.
    const auto pairAt
        = [&](int i) { return tokens[std::size_t(i)].folded + QChar(u' ') + tokens[std::size_t(i + 1)].folded; };
    int contrastAt = -1;
    for (int i = 0; i < count; ++i) {
        const qsizetype gapStart = i == 0 ? 0 : tokens[std::size_t(i - 1)].start + tokens[std::size_t(i - 1)].length;
        clause[std::size_t(i)] = (i == 0 ? 0 : clause[std::size_t(i - 1)])
            + (i > 0 && isClauseBreak(text.mid(gapStart, tokens[std::size_t(i)].start - gapStart)) ? 1 : 0);
        if (m_contrasts.contains(tokens[std::size_t(i)].folded) || (i > 0 && m_contrasts.contains(pairAt(i - 1))))
            contrastAt = i;
    }
    const auto isNegator = [&](int i) {
        const QString& word = tokens[std::size_t(i)].folded;
        return m_negators.contains(word) || (m_negators.contains(QStringLiteral("n't")) && word.endsWith(u"n't"));
    };
    const auto sameClause
        = [&](int a, int b) { return a >= 0 && b < count && clause[std::size_t(a)] == clause[std::size_t(b)]; };
    const bool capitalsAreHabit = isMostlyCapitals(text);

    for (int i = 0; i < count; ++i) {
        const Analyzer::Token& token = tokens[std::size_t(i)];
        if (isNegator(i))
            continue;
        bool negated = false;
        double value = valence(token, text, negated);
        const bool pairFollows = i + 1 < count && sameClause(i, i + 1);
        if (const auto pair = pairFollows ? m_folded.constFind(pairAt(i)) : m_folded.constEnd();
            pair != m_folded.constEnd()) {
            value = *pair;
            ++i; // the pair is one cue
        }
        if (m_modifiers.contains(token.folded) && i + 1 < count) {
            bool unused = false;
            if (valence(tokens[std::size_t(i + 1)], text, unused) != 0)
                continue; // "super cute", "pretty good": a modifier here, not a cue
        }
        if (value == 0)
            continue;
        for (int back = 1; back <= 2 && sameClause(i - back, i); ++back) {
            auto modifier = m_modifiers.constFind(tokens[std::size_t(i - back)].folded);
            if (modifier == m_modifiers.constEnd() && back == 1 && sameClause(i - 2, i))
                modifier = m_modifiers.constFind(pairAt(i - 2));
            if (modifier != m_modifiers.constEnd())
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
    for (const Entry& emoticon : emoticons) {
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
    const SentimentEvidence found = evidence(text);
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
