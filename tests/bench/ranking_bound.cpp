#include "ranking_bound.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <random>

namespace flywheel::bench {

namespace {

constexpr size_t kFeatures = 12;
constexpr size_t kFirstPage = 10;
using Features = std::array<double, kFeatures>;

struct Candidate {
    Features features {};
    double gain = 0;
};

/// A query's pool of results with what is known of each, and its best possible DCG@10.
struct Pool {
    std::vector<Candidate> candidates; ///< in the engine's order
    double idealDcg = 0;
};

double dcgAt10(const std::vector<double>& gains)
{
    double dcg = 0;
    for (size_t i = 0; i < gains.size() && i < 10; ++i)
        dcg += gains[i] / std::log2(double(i) + 2.0);
    return dcg;
}

/// nDCG@10 of the pool put in the order of `key` (highest first; the engine's order breaks ties).
template <typename Key> double ndcgBy(const Pool& pool, Key key)
{
    std::vector<size_t> order(pool.candidates.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) > key(b); });
    std::vector<double> gains;
    for (size_t i : order)
        gains.push_back(pool.candidates[i].gain);
    return pool.idealDcg > 0 ? dcgAt10(gains) / pool.idealDcg : 0.0;
}

/// The stems of a text that carry meaning (no stop words).
std::vector<QString> stems(const search::Index& index, const QString& text)
{
    std::vector<QString> out;
    for (const search::SearchToken& token : index.text().tokens(text))
        if (!token.stopWord && !token.stem.isEmpty())
            out.push_back(token.stem);
    return out;
}

QString familyOf(const std::vector<QString>& title)
{
    QStringList first;
    for (size_t i = 0; i < title.size() && i < 3; ++i)
        first << title[i];
    return first.join(u' ');
}

double score(const std::array<double, kFeatures>& weights, const Features& features)
{
    double total = 0;
    for (size_t k = 0; k < kFeatures; ++k)
        total += weights[k] * features[k];
    return total;
}

/// Pairwise logistic regression: within each query, a result with more gain should score higher.
std::array<double, kFeatures> fit(const std::vector<const Pool*>& pools)
{
    struct Pair {
        const Features* better;
        const Features* worse;
        double weight;
    };
    std::vector<Pair> pairs;
    for (const Pool* pool : pools)
        for (const Candidate& a : pool->candidates)
            for (const Candidate& b : pool->candidates)
                if (a.gain > b.gain)
                    pairs.push_back({ &a.features, &b.features, std::min(a.gain - b.gain, 3.0) });
    constexpr int kEpochs = 3;
    constexpr double kRate = 0.01;
    constexpr double kShrink = 1e-4;
    std::array<double, kFeatures> weights {};
    std::mt19937 random(17);
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        std::shuffle(pairs.begin(), pairs.end(), random);
        for (const Pair& pair : pairs) {
            Features difference {};
            for (size_t k = 0; k < kFeatures; ++k)
                difference[k] = (*pair.better)[k] - (*pair.worse)[k];
            const double margin = std::clamp(score(weights, difference), -30.0, 30.0);
            const double slope = (1.0 / (1.0 + std::exp(-margin)) - 1.0) * pair.weight;
            for (size_t k = 0; k < kFeatures; ++k)
                weights[k] -= kRate * (slope * difference[k] + kShrink * weights[k]);
        }
    }
    return weights;
}

} // namespace

RankingBound rankingBound(const search::Engine& engine, const std::vector<QString>& titles,
    const std::vector<JudgedQuery>& queries, size_t pool)
{
    const search::Index& index = engine.index();
    std::vector<std::vector<QString>> titleStems;
    QHash<QString, int> families;
    QHash<QString, int> brands;
    for (const QString& title : titles) {
        titleStems.push_back(stems(index, title));
        ++families[familyOf(titleStems.back())];
        ++brands[titleStems.back().empty() ? QString() : titleStems.back().front()];
    }

    search::SearchOptions options;
    options.top = int(pool);
    options.parse.prefixLastWord = false;
    std::vector<Pool> pools;
    for (const JudgedQuery& query : queries) {
        Pool entry;
        std::vector<double> ideal;
        for (const double gain : query.gain)
            ideal.push_back(gain);
        std::sort(ideal.rbegin(), ideal.rend());
        entry.idealDcg = dcgAt10(ideal);
        const std::vector<QString> asked = stems(index, query.text);
        const QSet<QString> askedSet(asked.begin(), asked.end());
        const search::SearchResult result = engine.search(query.text, options);
        const double top = result.hits.empty() ? 1.0 : std::max(1e-9f, result.hits.front().score);
        for (size_t rank = 0; rank < result.hits.size(); ++rank) {
            const search::Hit& hit = result.hits[rank];
            const std::vector<QString>& title = titleStems[hit.doc];
            const QSet<QString> titleSet(title.begin(), title.end());
            int covered = 0;
            for (const QString& stem : askedSet)
                covered += titleSet.contains(stem) ? 1 : 0;
            int inQuery = 0;
            for (const QString& stem : title)
                inQuery += askedSet.contains(stem) ? 1 : 0;
            int pairs = 0;
            for (size_t a = 0; a + 1 < asked.size(); ++a)
                for (size_t t = 0; t + 1 < title.size(); ++t)
                    if (title[t] == asked[a] && title[t + 1] == asked[a + 1]) {
                        ++pairs;
                        break;
                    }
            const double askedCount = std::max<double>(1.0, double(askedSet.size()));
            Candidate candidate;
            candidate.gain = query.gain.value(hit.doc, 0.0);
            candidate.features = { rank < kFirstPage ? 1.0 : 0.0, hit.score / top, hit.matchedWords / askedCount,
                std::log1p(double(rank)), double(title.size()) / 10.0, covered / askedCount,
                title.empty() ? 0.0 : inQuery / double(title.size()), double(pairs),
                !title.empty() && askedSet.contains(title.front()) ? 1.0 : 0.0,
                !asked.empty() && titleSet.contains(asked.back()) ? 1.0 : 0.0,
                std::log1p(double(families.value(familyOf(title)))),
                std::log1p(double(brands.value(title.empty() ? QString() : title.front()))) };
            entry.candidates.push_back(candidate);
        }
        pools.push_back(std::move(entry));
    }

    RankingBound bound;
    std::array<std::vector<const Pool*>, 2> folds;
    for (size_t q = 0; q < pools.size(); ++q)
        folds[q % 2].push_back(&pools[q]);
    for (size_t fold = 0; fold < 2; ++fold) {
        const std::array<double, kFeatures> weights = fit(folds[1 - fold]);
        for (const Pool* entry : folds[fold]) {
            const auto& c = entry->candidates;
            bound.engine += ndcgBy(*entry, [&](size_t i) { return -double(i); });
            bound.bestOrder += ndcgBy(*entry, [&](size_t i) { return c[i].gain; });
            bound.learned += ndcgBy(*entry, [&](size_t i) { return score(weights, c[i].features); });
        }
    }
    const double n = std::max<double>(1.0, double(pools.size()));
    bound.engine /= n;
    bound.bestOrder /= n;
    bound.learned /= n;
    return bound;
}

} // namespace flywheel::bench
