#include "search/Query.h"

#include <QRegularExpression>

#include <algorithm>

namespace flywheel::search {

namespace {

// How much a match by each rule counts next to the word itself.
constexpr float kOneTypo = 0.8f;
constexpr float kTwoTypos = 0.6f;
constexpr float kRareWordCorrection = 0.7f;
constexpr float kSynonym = 0.9f;
constexpr float kSplit = 0.9f;
/// A join counts for both words it replaces, so each gets half.
constexpr float kJoin = 0.5f;
constexpr float kPrefixBesideWord = 0.5f;
constexpr float kPrefixOnly = 0.9f;
constexpr int kPrefixExpansions = 8;
/// A catalog word this rare next to a common one a typo away is itself likely a typo in the catalog.
constexpr int kRareWordProducts = 2;
constexpr int kCommonerBy = 20;

/// Price limits in a query: "under $50", "below 50 €", "over 100", "$20-$40", "between 20 and 40".
/// The matched text is removed from `text`.
void takePriceLimits(QString& text, ParsedQuery& parsed)
{
    static const QString money = QStringLiteral(
        R"((?:[$€£¥₺]\s*)?(\d+(?:[.,]\d{1,2})?)\s*(?:[$€£¥₺]|usd|eur|gbp|tl|dollars?|euros?|pounds?)?)");
    static const QRegularExpression below(
        QStringLiteral(R"(\b(?:under|below|less than|cheaper than|up to|max|no more than)\s+)") + money
            + QStringLiteral(R"(|<=?\s*)") + money,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression above(
        QStringLiteral(R"(\b(?:over|above|more than|at least|min)\s+)") + money + QStringLiteral(R"(|>=?\s*)") + money,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(QStringLiteral(R"(\bbetween\s+)") + money + QStringLiteral(R"(\s+and\s+)")
            + money
            + QStringLiteral(R"(|[$€£¥₺]\s*(\d+(?:[.,]\d{1,2})?)\s*(?:-|to)\s*[$€£¥₺]?\s*(\d+(?:[.,]\d{1,2})?))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto number = [](const QRegularExpressionMatch& match, int first, int second) {
        const QString value = match.captured(first).isEmpty() ? match.captured(second) : match.captured(first);
        return QString(value).replace(u',', u'.').toDouble();
    };
    if (const auto match = range.match(text); match.hasMatch()) {
        parsed.minPrice = number(match, 1, 3);
        parsed.maxPrice = number(match, 2, 4);
        text.remove(match.capturedStart(), match.capturedLength());
    }
    if (const auto match = below.match(text); match.hasMatch()) {
        parsed.maxPrice = number(match, 1, 2);
        text.remove(match.capturedStart(), match.capturedLength());
    }
    if (const auto match = above.match(text); match.hasMatch()) {
        parsed.minPrice = number(match, 1, 2);
        text.remove(match.capturedStart(), match.capturedLength());
    }
}

Alternative alternative(const Index& index, int word, float weight, Rule rule)
{
    const Index::Word& w = index.words()[size_t(word)];
    return { { w.term }, weight, rule, w.surface };
}

void addUnique(QueryWord& word, Alternative candidate)
{
    for (const Alternative& existing : word.alternatives) {
        if (existing.terms == candidate.terms)
            return;
    }
    word.alternatives.push_back(std::move(candidate));
}

/// "raincoat" -> "rain coat" when the catalog has both words and not the glued one.
std::optional<Alternative> split(const Index& index, const QString& surface)
{
    std::optional<Alternative> best;
    int bestSupport = 0;
    for (qsizetype at = 3; at + 3 <= surface.size(); ++at) {
        const int left = index.wordId(surface.left(at));
        const int right = index.wordId(surface.mid(at));
        if (left < 0 || right < 0)
            continue;
        const int support = std::min(index.words()[size_t(left)].products, index.words()[size_t(right)].products);
        if (support > bestSupport) {
            bestSupport = support;
            best = Alternative { { index.words()[size_t(left)].term, index.words()[size_t(right)].term }, kSplit,
                Rule::Split, surface.left(at) + u' ' + surface.mid(at) };
        }
    }
    return best;
}

void addCorrections(const Index& index, QueryWord& word, int knownWord)
{
    const std::vector<TypoIndex::Candidate> candidates = index.typos().corrections(word.surface);
    for (const TypoIndex::Candidate& candidate : candidates) {
        if (knownWord >= 0) {
            const int products = index.words()[size_t(knownWord)].products;
            if (products > kRareWordProducts || index.words()[size_t(candidate.word)].products < products * kCommonerBy)
                continue;
            addUnique(word, alternative(index, candidate.word, kRareWordCorrection, Rule::Typo));
        } else {
            addUnique(
                word, alternative(index, candidate.word, candidate.distance == 1 ? kOneTypo : kTwoTypos, Rule::Typo));
        }
    }
}

} // namespace

void Synonyms::setGroups(const Index& index, const QList<QStringList>& groups)
{
    m_groups.clear();
    m_memberGroups.clear();
    for (const QStringList& group : groups) {
        std::vector<Member> members;
        for (const QString& phrase : group) {
            Member member;
            QStringList stems;
            bool complete = true;
            for (const SearchToken& token : index.text().tokens(phrase)) {
                if (token.stopWord)
                    continue;
                stems << token.stem;
                const int term = index.termId(token.stem);
                complete = complete && term >= 0;
                member.terms.push_back(term);
            }
            if (stems.isEmpty())
                continue;
            if (!complete)
                member.terms.clear();
            member.key = stems.join(u' ');
            member.shownAs = phrase.trimmed();
            members.push_back(std::move(member));
        }
        if (members.size() < 2)
            continue;
        const int id = int(m_groups.size());
        for (const Member& member : members)
            m_memberGroups[member.key].push_back(id);
        m_groups.push_back(std::move(members));
    }
}

std::vector<Alternative> Synonyms::alternativesFor(const QStringList& stems) const
{
    std::vector<Alternative> found;
    const QString key = stems.join(u' ');
    for (int group : m_memberGroups.value(key)) {
        for (const Member& member : m_groups[size_t(group)]) {
            if (member.key != key && !member.terms.empty())
                found.push_back({ member.terms, kSynonym, Rule::Synonym, member.shownAs });
        }
    }
    return found;
}

ParsedQuery parseQuery(const Index& index, const Synonyms& synonyms, QStringView query, const ParseOptions& options)
{
    ParsedQuery parsed;
    parsed.text = query.left(kMaxQueryLength).trimmed().toString();
    QString words = parsed.text;
    if (options.priceFilters)
        takePriceLimits(words, parsed);
    const bool typing = options.prefixLastWord && !query.isEmpty() && !query.back().isSpace();

    std::vector<SearchToken> tokens = index.text().tokens(words);
    const bool onlyStopWords
        = std::all_of(tokens.begin(), tokens.end(), [](const SearchToken& t) { return t.stopWord; });
    if (tokens.size() > kMaxQueryWords)
        tokens.resize(kMaxQueryWords);

    for (size_t i = 0; i < tokens.size(); ++i) {
        const SearchToken& token = tokens[i];
        QueryWord word;
        word.surface = token.surface;
        word.optional = token.stopWord && !onlyStopWords;
        const int term = index.termId(token.stem);
        const int known = index.wordId(token.surface);
        if (term >= 0)
            word.alternatives.push_back({ { term }, 1.0f, Rule::Exact, index.term(term) });
        const bool lastTyped = typing && i + 1 == tokens.size() && !token.number;
        if (lastTyped) {
            const float weight = term >= 0 ? kPrefixBesideWord : kPrefixOnly;
            for (int w : index.wordsWithPrefix(token.surface, kPrefixExpansions)) {
                if (index.words()[size_t(w)].term != term)
                    addUnique(word, alternative(index, w, weight, Rule::Prefix));
            }
        }
        if (options.typos && !word.optional && !token.number && !token.unit && (term < 0 || known >= 0)) {
            if (term < 0) {
                if (auto parts = split(index, token.surface))
                    addUnique(word, *parts);
            }
            if (term < 0 || index.words()[size_t(known)].products <= kRareWordProducts)
                addCorrections(index, word, term < 0 ? -1 : known);
        }
        for (Alternative& synonym : synonyms.alternativesFor({ token.stem }))
            addUnique(word, std::move(synonym));
        if (options.attributeFilters && tokens.size() > 1 && !token.number && !token.unit)
            word.attribute = index.attributeOf(token.surface);
        if (word.alternatives.empty() && !word.optional)
            parsed.unknownWords << token.surface;
        parsed.words.push_back(std::move(word));
    }

    for (size_t position : SearchText::headPositions(tokens, 1))
        parsed.words[position].head = true;

    // Two query words the catalog writes as one ("deck over" -> "deckover"), and two-word synonyms.
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        const int joined = index.wordId(tokens[i].surface + tokens[i + 1].surface);
        std::vector<Alternative> extra;
        if (joined >= 0)
            extra.push_back(alternative(index, joined, kJoin, Rule::Join));
        for (Alternative& synonym : synonyms.alternativesFor({ tokens[i].stem, tokens[i + 1].stem }))
            extra.push_back(std::move(synonym));
        for (const Alternative& both : extra) {
            addUnique(parsed.words[i], both);
            addUnique(parsed.words[i + 1], both);
        }
        if (!extra.empty()) {
            parsed.unknownWords.removeAll(tokens[i].surface);
            parsed.unknownWords.removeAll(tokens[i + 1].surface);
        }
    }
    return parsed;
}

} // namespace flywheel::search
