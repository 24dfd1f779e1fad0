#include "search/Typos.h"

#include <algorithm>
#include <array>

namespace flywheel::search {

namespace {
constexpr qsizetype kMinTypoLength = 4;
constexpr qsizetype kTwoEditLength = 8;
/// Words longer than this are ids or glued text, not words a shopper misspells.
constexpr qsizetype kMaxTypoLength = 24;

template <typename Visit> void forEachDeletion(const QString& word, Visit visit)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (i > 0 && word[i] == word[i - 1])
            continue; // deleting either letter of a double gives the same form
        QString shorter = word;
        shorter.remove(i, 1);
        visit(shorter);
    }
}
} // namespace

int TypoIndex::tolerance(qsizetype length)
{
    if (length < kMinTypoLength || length > kMaxTypoLength)
        return 0;
    return length < kTwoEditLength ? 1 : 2;
}

void TypoIndex::build(const std::vector<QString>& words, const std::vector<int>& frequency)
{
    m_words = words;
    m_frequency = frequency;
    m_deletions.clear();
    m_deletions.reserve(qsizetype(words.size() * 8));
    for (size_t w = 0; w < words.size(); ++w) {
        const QString& word = words[w];
        if (word.size() < kMinTypoLength - 1 || word.size() > kMaxTypoLength + 2)
            continue;
        m_deletions[word].push_back(int(w));
        forEachDeletion(word, [&](const QString& form) { m_deletions[form].push_back(int(w)); });
    }
    for (auto& ids : m_deletions) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
}

std::vector<TypoIndex::Candidate> TypoIndex::corrections(const QString& word, int limit) const
{
    const int allowed = tolerance(word.size());
    if (allowed == 0)
        return {};
    std::vector<Candidate> found;
    QHash<int, bool> seen;
    const auto consider = [&](const QString& form) {
        const auto hit = m_deletions.constFind(form);
        if (hit == m_deletions.constEnd())
            return;
        for (int id : *hit) {
            if (seen.contains(id))
                continue;
            seen.insert(id, true);
            if (m_words[size_t(id)] == word)
                continue;
            const int distance = editDistance(word, m_words[size_t(id)], allowed);
            if (distance <= allowed)
                found.push_back({ id, distance });
        }
    };
    consider(word);
    forEachDeletion(word, [&](const QString& once) {
        consider(once);
        if (allowed >= 2)
            forEachDeletion(once, consider);
    });
    std::sort(found.begin(), found.end(), [this](const Candidate& a, const Candidate& b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (m_frequency[size_t(a.word)] != m_frequency[size_t(b.word)])
            return m_frequency[size_t(a.word)] > m_frequency[size_t(b.word)];
        return m_words[size_t(a.word)] < m_words[size_t(b.word)];
    });
    // Only the closest distance counts: a one-edit match beats any two-edit one.
    if (!found.empty()) {
        const int best = found.front().distance;
        found.erase(std::find_if(found.begin(), found.end(), [best](const Candidate& c) { return c.distance > best; }),
            found.end());
    }
    if (found.size() > size_t(limit))
        found.resize(size_t(limit));
    return found;
}

int editDistance(QStringView a, QStringView b, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > max)
        return max + 1;
    // Three rows of the dynamic programme: two back for the swap case.
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value
                = std::min({ previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], max + 1);
}

} // namespace flywheel::search
