#include "text/Vectorizer.h"

#include "text/Analyzer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace flywheel::text {

namespace {

enum class Space : std::uint64_t { Word = 1, Bigram = 2, Char = 3 };

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

std::uint64_t hashText(QStringView text, Space space)
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ (static_cast<std::uint64_t>(space) << 56);
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

std::uint64_t hashPair(std::uint64_t first, std::uint64_t second)
{
    return mix(first * 31 + mix(second) + static_cast<std::uint64_t>(Space::Bigram));
}

/// Counts of each distinct hash, sorted by hash.
void countRuns(std::vector<std::uint64_t>& hashes, std::vector<std::pair<std::uint64_t, int>>& out)
{
    out.clear();
    std::sort(hashes.begin(), hashes.end());
    for (std::size_t i = 0; i < hashes.size();) {
        std::size_t j = i;
        while (j < hashes.size() && hashes[j] == hashes[i])
            ++j;
        out.emplace_back(hashes[i], int(j - i));
        i = j;
    }
}

/// Character n-grams of each whitespace-separated word, padded with a space on each side so
/// that beginnings and ends of words are features of their own.
template <typename Visit> void forEachCharGram(const QString& folded, int minN, int maxN, Visit&& visit)
{
    QString padded;
    qsizetype i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && folded[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < folded.size() && !folded[i].isSpace())
            ++i;
        if (i == start)
            break;
        padded = QChar(u' ') + QStringView(folded).mid(start, i - start).toString() + QChar(u' ');
        for (int n = minN; n <= maxN; ++n) {
            if (padded.size() < n) {
                if (n == minN)
                    visit(QStringView(padded));
                break;
            }
            for (qsizetype at = 0; at + n <= padded.size(); ++at)
                visit(QStringView(padded).mid(at, n));
        }
    }
}

} // namespace

void Vectorizer::FeatureIndex::reset(std::size_t count)
{
    std::size_t capacity = 16;
    while (capacity < 2 * count) // at most half full, so probes stay short
        capacity *= 2;
    m_slots.assign(capacity, {});
    m_mask = capacity - 1;
}

void Vectorizer::FeatureIndex::insert(std::uint64_t hash, int column)
{
    // The hashes are mixed already, so their low bits serve as the slot. A hash seen before keeps its
    // first column.
    for (std::uint64_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
        if (m_slots[slot].column < 0) {
            m_slots[slot] = { hash, column };
            return;
        }
        if (m_slots[slot].hash == hash)
            return;
    }
}

int Vectorizer::FeatureIndex::find(std::uint64_t hash) const
{
    if (m_slots.empty())
        return -1;
    for (std::uint64_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
        const Slot& probed = m_slots[slot];
        if (probed.column < 0 || probed.hash == hash)
            return probed.column;
    }
}

Vectorizer::Vectorizer(VectorizerOptions options)
    : m_options(options)
{
}

/// The word hash of each term of a table, worked out once per call however often the term comes.
class Vectorizer::WordHashes {
public:
    explicit WordHashes(const TermTable& terms)
        : m_terms(terms)
        , m_hashes(static_cast<size_t>(terms.size()), 0)
    {
    }
    std::uint64_t operator()(TermId id)
    {
        std::uint64_t& hash = m_hashes[static_cast<size_t>(id)];
        if (hash == 0) // a hash that is 0 itself is merely worked out again
            hash = hashText(m_terms.text(id), Space::Word);
        return hash;
    }

private:
    const TermTable& m_terms;
    std::vector<std::uint64_t> m_hashes;
};

void Vectorizer::extract(TermView terms, WordHashes& hashes, const QString* raw, DocumentFeatures& out) const
{
    out.words.clear();
    out.chars.clear();
    std::uint64_t previous = 0;
    for (size_t i = 0; i < terms.size(); ++i) {
        const std::uint64_t h = hashes(terms[i]);
        out.words.push_back(h);
        if (m_options.wordBigrams && i > 0)
            out.words.push_back(hashPair(previous, h));
        previous = h;
    }
    if (m_options.charNgrams && raw)
        forEachCharGram(foldText(*raw), m_options.charMin, m_options.charMax,
            [&](QStringView gram) { out.chars.push_back(hashText(gram, Space::Char)); });
}

void Vectorizer::fit(const std::vector<QStringList>& documents, const std::vector<QString>& rawTexts)
{
    const NumberedTexts numbered(documents);
    fit(numbered.views(), numbered.table(), rawTexts);
}

void Vectorizer::fit(
    const std::vector<TermView>& documents, const TermTable& terms, const std::vector<QString>& rawTexts)
{
    m_index.reset(0);
    m_idf.clear();
    m_names.clear();
    const bool haveRaw = rawTexts.size() == documents.size();
    WordHashes hashes(terms);
    std::unordered_map<std::uint64_t, int> wordFrequency;
    std::unordered_map<std::uint64_t, int> charFrequency;
    DocumentFeatures features;
    std::vector<std::pair<std::uint64_t, int>> counts;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        extract(documents[d], hashes, haveRaw ? &rawTexts[d] : nullptr, features);
        countRuns(features.words, counts);
        for (const auto& [hash, count] : counts)
            ++wordFrequency[hash];
        countRuns(features.chars, counts);
        for (const auto& [hash, count] : counts)
            ++charFrequency[hash];
    }

    // Keep the most frequent features of each kind (ties broken by hash, so the choice is stable).
    struct Kept {
        std::uint64_t hash;
        int frequency;
    };
    const auto select = [&](const std::unordered_map<std::uint64_t, int>& frequency, int limit) {
        std::vector<Kept> kept;
        for (const auto& [hash, count] : frequency)
            if (count >= m_options.minDocumentFrequency)
                kept.push_back({ hash, count });
        std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) {
            return a.frequency != b.frequency ? a.frequency > b.frequency : a.hash < b.hash;
        });
        if (int(kept.size()) > limit)
            kept.resize(std::size_t(limit));
        return kept;
    };
    const int limit = std::max(1, m_options.maxFeatures);
    const std::vector<Kept> words = select(wordFrequency, m_options.charNgrams ? limit / 2 : limit);
    const std::vector<Kept> chars = select(charFrequency, limit - int(words.size()));
    const double n = double(documents.size());
    m_index.reset(words.size() + chars.size());
    for (const std::vector<Kept>* kind : { &words, &chars })
        for (const Kept& feature : *kind) {
            m_index.insert(feature.hash, int(m_idf.size()));
            m_idf.push_back(float(std::log((1.0 + n) / (1.0 + feature.frequency)) + 1.0));
        }
    m_wordFeatureCount = int(words.size());

    // Names are recovered in a second pass, only for the features kept.
    m_names = QStringList(qsizetype(m_idf.size()));
    const auto name = [&](std::uint64_t hash, const auto& makeName) {
        const int column = m_index.find(hash);
        if (column >= 0 && m_names[column].isEmpty())
            m_names[column] = makeName();
    };
    for (std::size_t d = 0; d < documents.size(); ++d) {
        const TermView document = documents[d];
        for (size_t i = 0; i < document.size(); ++i) {
            const std::uint64_t h = hashes(document[i]);
            name(h, [&] { return terms.text(document[i]); });
            if (m_options.wordBigrams && i > 0)
                name(hashPair(hashes(document[i - 1]), h),
                    [&] { return terms.text(document[i - 1]) + QChar(u' ') + terms.text(document[i]); });
        }
        if (m_options.charNgrams && haveRaw)
            forEachCharGram(foldText(rawTexts[d]), m_options.charMin, m_options.charMax, [&](QStringView gram) {
                name(hashText(gram, Space::Char), [&] { return QChar(u'[') + gram.toString() + QChar(u']'); });
            });
    }
}

SparseMatrix Vectorizer::transform(
    const std::vector<QStringList>& documents, const std::vector<QString>& rawTexts) const
{
    const NumberedTexts numbered(documents);
    return transform(numbered.views(), numbered.table(), rawTexts);
}

SparseMatrix Vectorizer::transform(
    const std::vector<TermView>& documents, const TermTable& terms, const std::vector<QString>& rawTexts) const
{
    const bool haveRaw = rawTexts.size() == documents.size();
    WordHashes hashes(terms);
    std::vector<std::int32_t> outer { 0 };
    std::vector<std::int32_t> inner;
    std::vector<float> values;
    DocumentFeatures features;
    std::vector<std::pair<std::uint64_t, int>> counts;
    std::vector<std::pair<std::int32_t, float>> row;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        extract(documents[d], hashes, haveRaw ? &rawTexts[d] : nullptr, features);
        row.clear();
        int blocks = 0;
        for (std::vector<std::uint64_t>* wordOrChar : { &features.words, &features.chars }) {
            countRuns(*wordOrChar, counts);
            const std::size_t blockStart = row.size();
            double squares = 0;
            for (const auto& [hash, count] : counts) {
                const int column = m_index.find(hash);
                if (column < 0)
                    continue;
                const double tf = m_options.sublinearTf ? 1.0 + std::log(double(count)) : double(count);
                const float value = float(tf * m_idf[std::size_t(column)]);
                row.emplace_back(column, value);
                squares += double(value) * value;
            }
            if (squares > 0) {
                ++blocks;
                const float scale = float(1.0 / std::sqrt(squares));
                for (std::size_t i = blockStart; i < row.size(); ++i)
                    row[i].second *= scale;
            }
        }
        const float share = blocks > 1 ? float(1.0 / std::sqrt(double(blocks))) : 1.0f;
        std::sort(row.begin(), row.end());
        for (const auto& [column, value] : row) {
            inner.push_back(column);
            values.push_back(value * share);
        }
        outer.push_back(std::int32_t(inner.size()));
    }
    const Eigen::Map<const SparseMatrix> map(Eigen::Index(documents.size()), Eigen::Index(m_idf.size()),
        Eigen::Index(inner.size()), outer.data(), inner.data(), values.data());
    return SparseMatrix(map);
}

} // namespace flywheel::text
