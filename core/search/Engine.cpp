#include "search/Engine.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

namespace flywheel::search {

namespace {

/// BM25's term-frequency saturation.
constexpr float kSaturation = 1.2f;
/// What a query's words side by side in a title add, next to one word's match.
constexpr float kTitlePhrase = 0.5f;
/// Business signals only break near-ties: a best seller gains at most this share of its score.
constexpr float kPopularityShare = 0.05f;
constexpr float kOutOfStock = 0.9f;
/// A product whose title names it with the query's main word ("sheds" in "wood sheds") is what
/// the shopper looks for, more than one that only mentions it ("Shed Door Hinge").
constexpr float kHeadWord = 0.3f;
/// The best matches are ranked again by how close their title's meaning is to the query's: a title
/// exactly on it gains this share of its score. Measured on the Home Depot judgments, gains level
/// off from about 0.3 to 2; it only reorders products that meet the same number of query words.
constexpr size_t kMeaningPool = 50;
constexpr float kMeaning = 0.6f;

float termScore(float frequency, float idf)
{
    return idf * frequency * (kSaturation + 1.0f) / (frequency + kSaturation);
}

const Posting* find(const std::vector<Posting>& postings, std::uint32_t doc)
{
    const auto it = std::lower_bound(
        postings.begin(), postings.end(), doc, [](const Posting& p, std::uint32_t d) { return p.doc < d; });
    return it != postings.end() && it->doc == doc ? &*it : nullptr;
}

/// The score of one alternative on one product (0 when it does not match), and where it matched.
std::pair<float, std::uint8_t> alternativeScore(const Index& index, const Alternative& alternative, std::uint32_t doc)
{
    float total = 0;
    std::uint8_t fields = 0;
    for (int term : alternative.terms) {
        const Posting* posting = find(index.postings(term), doc);
        if (!posting)
            return { 0.0f, 0 };
        total += termScore(posting->frequency, index.idf(term));
        fields |= posting->fields;
    }
    return { alternative.weight * total / float(alternative.terms.size()), fields };
}

/// A product in the running for the results, before it becomes a Hit.
enum class Tier : std::uint8_t { Match, OtherFilters, FewerWords };
struct Ranked {
    std::uint32_t doc;
    Tier tier;
    int matched;
    float score;
};

/// Per-thread accumulators sized to the catalog, left zeroed after every search.
struct Scratch {
    std::vector<Ranked> ranked;
    std::vector<float> score;
    std::vector<float> best;
    std::vector<std::uint32_t> matched;
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> wordTouched;

    void fit(size_t n)
    {
        if (score.size() < n) {
            score.assign(n, 0.0f);
            best.assign(n, 0.0f);
            matched.assign(n, 0);
        }
    }
};

/// Products matching `word` with the score of its best alternative, into scratch.best.
void collect(const Index& index, const QueryWord& word, Scratch& s)
{
    for (const Alternative& alternative : word.alternatives) {
        if (alternative.terms.size() == 1) {
            const int term = alternative.terms.front();
            const float idf = index.idf(term);
            for (const Posting& p : index.postings(term)) {
                const float value = alternative.weight * termScore(p.frequency, idf);
                if (s.best[p.doc] == 0.0f)
                    s.wordTouched.push_back(p.doc);
                s.best[p.doc] = std::max(s.best[p.doc], value);
            }
            continue;
        }
        // Several terms that must all be present: walk the rarest one's products.
        const int rarest = *std::min_element(alternative.terms.begin(), alternative.terms.end(),
            [&index](int a, int b) { return index.postings(a).size() < index.postings(b).size(); });
        for (const Posting& p : index.postings(rarest)) {
            const float value = alternativeScore(index, alternative, p.doc).first;
            if (value == 0.0f)
                continue;
            if (s.best[p.doc] == 0.0f)
                s.wordTouched.push_back(p.doc);
            s.best[p.doc] = std::max(s.best[p.doc], value);
        }
    }
}

/// Adds each product's best match on `word` to its score, and `bit` to the words it matches.
void addWord(const Index& index, const QueryWord& word, std::uint32_t bit, Scratch& s)
{
    // One term, one way to match it (most words): the postings give each product's score at once.
    if (word.alternatives.size() == 1 && word.alternatives.front().terms.size() == 1) {
        const Alternative& alternative = word.alternatives.front();
        const int term = alternative.terms.front();
        const float idf = index.idf(term);
        for (const Posting& p : index.postings(term)) {
            if (s.matched[p.doc] == 0)
                s.touched.push_back(p.doc);
            s.score[p.doc] += alternative.weight * termScore(p.frequency, idf);
            s.matched[p.doc] |= bit;
        }
        return;
    }
    s.wordTouched.clear();
    collect(index, word, s);
    for (std::uint32_t doc : s.wordTouched) {
        if (s.matched[doc] == 0)
            s.touched.push_back(doc);
        s.score[doc] += s.best[doc];
        s.matched[doc] |= bit;
        s.best[doc] = 0.0f;
    }
}

/// The term a query word matches as written, or -1.
int exactTerm(const QueryWord& word)
{
    return !word.alternatives.empty() && word.alternatives.front().rule == Rule::Exact
        ? word.alternatives.front().terms.front()
        : -1;
}

/// The query's meaning: its words as the catalog has them (the word itself, or else its best reading).
Eigen::VectorXf queryMeaning(const Index& index, const ParsedQuery& parsed)
{
    std::vector<int> terms;
    for (const QueryWord& word : parsed.words) {
        if (!word.optional && !word.alternatives.empty())
            terms.insert(terms.end(), word.alternatives.front().terms.begin(), word.alternatives.front().terms.end());
    }
    return index.meanings().meaning(terms);
}

/// How many words of a query of `count` words a product may miss and still be a result.
int allowedMissing(size_t count)
{
    return count >= 3 ? int(count / 3) : 0;
}

/// Where a result's score came from: each query word's best match, title phrases, business signals.
std::vector<Contribution> explain(const Index& index, const ParsedQuery& parsed, std::uint32_t doc)
{
    std::vector<Contribution> parts;
    float text = 0;
    for (const QueryWord& word : parsed.words) {
        Contribution part { word.surface, {}, Rule::Exact, 0, 0.0f, {} };
        for (const Alternative& alternative : word.alternatives) {
            const auto [value, fields] = alternativeScore(index, alternative, doc);
            if (value > part.score)
                part = { word.surface, alternative.shownAs, alternative.rule, fields, value, {} };
        }
        if (part.score > 0) {
            text += part.score;
            parts.push_back(part);
        }
    }
    for (size_t w = 0; w + 1 < parsed.words.size(); ++w) {
        const int a = exactTerm(parsed.words[w]);
        const int b = exactTerm(parsed.words[w + 1]);
        const std::vector<Posting>* pair = a >= 0 && b >= 0 ? index.titlePair(a, b) : nullptr;
        if (const Posting* p = pair ? find(*pair, doc) : nullptr) {
            const float value = kTitlePhrase * termScore(p->frequency, index.pairIdf(a, b));
            text += value;
            parts.push_back({ parsed.words[w].surface + u' ' + parsed.words[w + 1].surface, {}, Rule::Exact,
                std::uint8_t(1u << int(Field::Title)), value, Engine::tr("side by side in the title") });
        }
    }
    if (const float popularity = index.popularity(doc); popularity > 0)
        parts.push_back({ {}, {}, Rule::Exact, 0, text * kPopularityShare * popularity, Engine::tr("sales") });
    if (!index.inStock(doc))
        parts.push_back({ {}, {}, Rule::Exact, 0, -text * (1.0f - kOutOfStock), Engine::tr("out of stock") });
    return parts;
}

} // namespace

Engine::Engine(std::shared_ptr<const Index> index)
    : m_index(std::move(index))
{
}

SearchResult Engine::search(QStringView query, const SearchOptions& options) const
{
    const Index& index = *m_index;
    SearchResult result;
    result.query = parseQuery(index, m_synonyms, query, options.parse);
    const ParsedQuery& parsed = result.query;
    const std::vector<Document>& docs = index.documents();

    thread_local Scratch s;
    s.fit(docs.size());
    s.touched.clear();

    std::uint32_t requiredMask = 0;
    std::uint32_t optionalMask = 0;
    for (size_t w = 0; w < parsed.words.size(); ++w) {
        const QueryWord& word = parsed.words[w];
        if (word.required())
            requiredMask |= 1u << w;
        if (word.optional)
            optionalMask |= 1u << w;
        addWord(index, word, 1u << w, s);
    }
    // Query words side by side in a title.
    for (size_t w = 0; w + 1 < parsed.words.size(); ++w) {
        const int a = exactTerm(parsed.words[w]);
        const int b = exactTerm(parsed.words[w + 1]);
        if (const std::vector<Posting>* pair = a >= 0 && b >= 0 ? index.titlePair(a, b) : nullptr) {
            const float idf = index.pairIdf(a, b);
            for (const Posting& p : *pair)
                s.score[p.doc] += kTitlePhrase * termScore(p.frequency, idf);
        }
    }

    // The words a result is counted on: not stop words, and not attribute words (those are filters).
    const std::uint32_t allWords = parsed.words.size() < 32 ? (1u << parsed.words.size()) - 1u : ~0u;
    const std::uint32_t wordsMask = allWords & ~optionalMask & ~requiredMask;
    const int wordCount = std::popcount(wordsMask);
    // Attribute words ("navy") and price limits are filters: a result must meet them.
    const auto passesFilters = [&](std::uint32_t doc) {
        if ((s.matched[doc] & requiredMask) != requiredMask)
            return false;
        if (!parsed.maxPrice && !parsed.minPrice)
            return true;
        const float price = index.price(doc);
        if (std::isnan(price))
            return true;
        return !(parsed.maxPrice && price > *parsed.maxPrice) && !(parsed.minPrice && price < *parsed.minPrice);
    };
    const QueryWord* head = nullptr;
    for (const QueryWord& word : parsed.words) {
        if (word.head)
            head = &word;
    }
    const auto finalScore = [&](std::uint32_t doc) {
        float value = s.score[doc];
        if (head && std::any_of(head->alternatives.begin(), head->alternatives.end(), [&](const Alternative& a) {
                return a.terms.size() == 1 && index.isHeadTerm(doc, a.terms.front());
            }))
            value *= 1.0f + kHeadWord;
        value *= 1.0f + kPopularityShare * index.popularity(doc);
        return index.inStock(doc) ? value : value * kOutOfStock;
    };

    // Results meet (nearly) every word and the filters. When they are fewer than asked for, the
    // products that meet the words but not a filter follow (the sweater in another colour), then
    // those meeting fewer words, so a shopper always has somewhere to go.
    const size_t wanted = size_t(std::max(options.top, 0));
    const int needed = wordCount - allowedMissing(size_t(wordCount));
    std::vector<Ranked>& ranked = s.ranked;
    ranked.clear();
    bool anyRelaxed = false;
    for (std::uint32_t doc : s.touched) {
        const int matched = std::popcount(s.matched[doc] & wordsMask);
        if (matched >= needed && passesFilters(doc))
            ranked.push_back({ doc, Tier::Match, matched, finalScore(doc) });
        else if (matched >= needed)
            ++result.totalWithoutFilters;
        else
            anyRelaxed = anyRelaxed || matched > 0;
    }
    result.total = int(ranked.size());
    result.totalWithoutFilters += result.total;
    result.relaxed = ranked.empty() && (anyRelaxed || result.totalWithoutFilters > 0);
    if (ranked.size() < wanted && (anyRelaxed || result.totalWithoutFilters > result.total)) {
        for (std::uint32_t doc : s.touched) {
            const int matched = std::popcount(s.matched[doc] & wordsMask);
            if (matched >= needed && !passesFilters(doc))
                ranked.push_back({ doc, Tier::OtherFilters, matched, finalScore(doc) });
            else if (matched < needed && matched > 0 && passesFilters(doc))
                ranked.push_back({ doc, Tier::FewerWords, matched, finalScore(doc) });
        }
    }
    // A query that is a SKU finds its product first.
    for (std::uint32_t doc : index.productsWithSku(parsed.text)) {
        auto existing = std::find_if(ranked.begin(), ranked.end(), [doc](const Ranked& r) { return r.doc == doc; });
        if (existing == ranked.end()) {
            ranked.push_back({ doc, Tier::Match, wordCount, 0.0f });
            existing = ranked.end() - 1;
            ++result.total;
        }
        existing->score += 1e6f;
        existing->matched = std::max(existing->matched, wordCount);
    }
    // Ties go to the earlier document: the catalog's own order, stable from run to run.
    const auto better = [](const Ranked& a, const Ranked& b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.matched != b.matched)
            return a.matched > b.matched;
        if (a.score != b.score)
            return a.score > b.score;
        return a.doc < b.doc;
    };
    const size_t top = std::min(ranked.size(), wanted);
    const size_t pool = std::min(ranked.size(), std::max(top, kMeaningPool));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(pool), ranked.end(), better);
    // The best matches again, now also by how close each title's meaning is to the query's.
    if (const Eigen::VectorXf meaning = queryMeaning(index, parsed); top > 0 && meaning.size() > 0) {
        for (size_t i = 0; i < pool; ++i)
            ranked[i].score *= 1.0f + kMeaning * std::max(0.0f, index.meanings().closeness(meaning, ranked[i].doc));
        std::sort(ranked.begin(), ranked.begin() + qsizetype(pool), better);
    }
    for (size_t i = 0; i < top; ++i)
        result.hits.push_back({ ranked[i].doc, ranked[i].score, ranked[i].matched, {} });

    for (std::uint32_t doc : s.touched) {
        s.score[doc] = 0.0f;
        s.matched[doc] = 0;
    }
    if (options.explain) {
        for (Hit& hit : result.hits)
            hit.explanation = explain(index, parsed, hit.doc);
    }
    return result;
}

} // namespace flywheel::search

namespace flywheel::search {

QString Engine::fieldNames(std::uint8_t fields)
{
    static const std::array<const char*, kFieldCount> names { QT_TR_NOOP("title"), QT_TR_NOOP("type"),
        QT_TR_NOOP("vendor"), QT_TR_NOOP("tags"), QT_TR_NOOP("attributes"), QT_TR_NOOP("description") };
    QStringList found;
    for (int f = 0; f < kFieldCount; ++f) {
        if (fields & (1u << f))
            found << tr(names[size_t(f)]);
    }
    return found.join(QStringLiteral(", "));
}

QStringList Engine::describe(const Hit& hit)
{
    QStringList lines;
    for (const Contribution& part : hit.explanation) {
        const QString score = QString::number(part.score, 'f', 2);
        if (!part.note.isEmpty() && part.word.isEmpty()) {
            lines << tr("%1: %2").arg(part.note, score);
            continue;
        }
        if (!part.note.isEmpty()) {
            lines << tr("\u201c%1\u201d %2: %3").arg(part.word, part.note, score);
            continue;
        }
        QString how;
        switch (part.rule) {
        case Rule::Exact:
            how = tr("\u201c%1\u201d in %2").arg(part.word, fieldNames(part.fields));
            break;
        case Rule::Typo:
            how = tr("\u201c%1\u201d read as \u201c%2\u201d (typo) in %3")
                      .arg(part.word, part.matchedAs, fieldNames(part.fields));
            break;
        case Rule::Prefix:
            how = tr("\u201c%1\u201d completed to \u201c%2\u201d in %3")
                      .arg(part.word, part.matchedAs, fieldNames(part.fields));
            break;
        case Rule::Synonym:
            how = tr("\u201c%1\u201d found as its synonym \u201c%2\u201d in %3")
                      .arg(part.word, part.matchedAs, fieldNames(part.fields));
            break;
        case Rule::Split:
        case Rule::Join:
            how = tr("\u201c%1\u201d found as \u201c%2\u201d in %3")
                      .arg(part.word, part.matchedAs, fieldNames(part.fields));
            break;
        }
        lines << tr("%1: %2").arg(how, score);
    }
    return lines;
}

} // namespace flywheel::search
