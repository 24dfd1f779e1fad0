#include "search/Typos.h"

#include <algorithm>
#include <array>
#include <bit>

namespace flywheel::search {

namespace {
constexpr qsizetype kMinTypoLength = 4;
constexpr qsizetype kTwoEditLength = 8;
/// Words longer than this are ids or glued text, not words a shopper misspells.
constexpr qsizetype kMaxTypoLength = 24;
constexpr qsizetype kNoPosition = -1;

/// The hash of `word` with the letters at `skip` and `skipToo` left out (kNoPosition for none), so a
/// deletion form is hashed without being built. FNV-1a over the UTF-16 units, then a finaliser that
/// spreads the bits, because the buckets are chosen by the top bits.
std::uint64_t formHash(QStringView word, qsizetype skip, qsizetype skipToo)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (i == skip || i == skipToo)
            continue;
        hash = (hash ^ word[i].unicode()) * 0x100000001b3ull;
    }
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdull;
    hash ^= hash >> 33;
    return hash;
}

/// Deleting either letter of a double gives the same form: only the first is deleted.
bool repeatsPrevious(QStringView word, qsizetype at, qsizetype skipped)
{
    qsizetype previous = at - 1;
    if (previous == skipped)
        --previous;
    return previous >= 0 && word[previous] == word[at];
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
    m_forms.clear();
    for (size_t w = 0; w < words.size(); ++w) {
        const QString& word = words[w];
        if (word.size() < kMinTypoLength - 1 || word.size() > kMaxTypoLength + 2)
            continue;
        m_forms.push_back({ formHash(word, kNoPosition, kNoPosition), int(w) });
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (!repeatsPrevious(word, i, kNoPosition))
                m_forms.push_back({ formHash(word, i, kNoPosition), int(w) });
        }
    }
    const auto byHash
        = [](const Form& a, const Form& b) { return a.hash != b.hash ? a.hash < b.hash : a.word < b.word; };
    std::sort(m_forms.begin(), m_forms.end(), byHash);
    m_forms.erase(std::unique(m_forms.begin(), m_forms.end(),
                      [](const Form& a, const Form& b) { return a.hash == b.hash && a.word == b.word; }),
        m_forms.end());

    // About one form per bucket.
    m_bucketBits = std::max(1, int(std::bit_width(m_forms.size())));
    m_buckets.assign((size_t(1) << m_bucketBits) + 1, 0);
    for (const Form& form : m_forms)
        ++m_buckets[size_t(form.hash >> (64 - m_bucketBits)) + 1];
    for (size_t b = 1; b < m_buckets.size(); ++b)
        m_buckets[b] += m_buckets[b - 1];
}

template <typename Visit> void TypoIndex::forEachWordWithForm(std::uint64_t hash, Visit visit) const
{
    if (m_forms.empty())
        return;
    const size_t bucket = size_t(hash >> (64 - m_bucketBits));
    for (std::uint32_t i = m_buckets[bucket]; i < m_buckets[bucket + 1]; ++i) {
        if (m_forms[i].hash == hash)
            visit(m_forms[i].word);
    }
}

std::vector<TypoIndex::Candidate> TypoIndex::corrections(const QString& word, int limit) const
{
    const int allowed = tolerance(word.size());
    if (allowed == 0)
        return {};
    std::vector<Candidate> found;
    std::vector<int> seen;
    const auto consider = [&](std::uint64_t hash) {
        forEachWordWithForm(hash, [&](int id) {
            if (std::find(seen.begin(), seen.end(), id) != seen.end())
                return;
            seen.push_back(id);
            if (m_words[size_t(id)] == word)
                return;
            const int distance = editDistance(word, m_words[size_t(id)], allowed);
            if (distance <= allowed)
                found.push_back({ id, distance });
        });
    };
    consider(formHash(word, kNoPosition, kNoPosition));
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (!repeatsPrevious(word, i, kNoPosition))
            consider(formHash(word, i, kNoPosition));
    }
    // Every word one edit away shares the word or one of its one-deletion forms, and only the
    // closest distance is kept: with such a word found, two-edit forms cannot change the answer.
    const bool oneEditFound
        = std::any_of(found.begin(), found.end(), [](const Candidate& c) { return c.distance == 1; });
    if (allowed >= 2 && !oneEditFound) {
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (repeatsPrevious(word, i, kNoPosition))
                continue;
            for (qsizetype j = i + 1; j < word.size(); ++j) {
                if (!repeatsPrevious(word, j, i))
                    consider(formHash(word, i, j));
            }
        }
    }
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
    // Three rows of the dynamic programme (two back for the swap case), on the stack for the word
    // lengths typo lookups compare.
    constexpr size_t kStackRow = 64;
    const size_t row = size_t(m + 1);
    std::array<int, 3 * kStackRow> stack;
    std::vector<int> heap;
    int* rows = stack.data();
    if (row > kStackRow) {
        heap.resize(3 * row);
        rows = heap.data();
    }
    int* before = rows;
    int* previous = rows + row;
    int* current = rows + 2 * row;
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], max + 1);
}

} // namespace flywheel::search
