#include "search/Index.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace flywheel::search {

namespace {
quint64 pairKey(int first, int second)
{
    return (quint64(quint32(first)) << 32) | quint32(second);
}

float inverseFrequency(size_t documents, size_t withTerm)
{
    const double n = double(documents);
    const double df = double(withTerm);
    return float(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
}

/// Merges per-field counts of one document into BM25F postings.
struct FieldCounts {
    std::array<float, kFieldCount> count {};
    std::uint8_t fields = 0;
};
} // namespace

int Index::internTerm(const QString& stem)
{
    const auto found = m_termIds.constFind(stem);
    if (found != m_termIds.constEnd())
        return *found;
    const int id = int(m_terms.size());
    m_termIds.insert(stem, id);
    m_terms.push_back(stem);
    m_postings.emplace_back();
    return id;
}

Index Index::build(std::vector<Document> documents, const IndexOptions& options)
{
    Index index;
    index.m_options = options;
    index.m_documents = std::move(documents);
    const size_t n = index.m_documents.size();

    // Tokens per document and field, and the average field lengths BM25F normalises by.
    std::vector<std::array<std::vector<SearchToken>, kFieldCount>> tokens(n);
    std::array<double, kFieldCount> totalLength {};
    for (size_t d = 0; d < n; ++d) {
        Document& doc = index.m_documents[d];
        if (doc.fields[size_t(Field::Attributes)].isEmpty()) {
            QStringList values;
            for (const Document::Attribute& attribute : doc.attributes)
                values << attribute.value;
            doc.fields[size_t(Field::Attributes)] = values.join(u' ');
        }
        for (int f = 0; f < kFieldCount; ++f) {
            tokens[d][size_t(f)] = index.text().tokens(doc.fields[size_t(f)]);
            totalLength[size_t(f)] += double(tokens[d][size_t(f)].size());
        }
    }
    std::array<float, kFieldCount> averageLength {};
    for (int f = 0; f < kFieldCount; ++f)
        averageLength[size_t(f)] = n ? std::max(1.0f, float(totalLength[size_t(f)] / double(n))) : 1.0f;

    std::vector<int> wordProducts;
    QHash<int, FieldCounts> counts;
    QHash<quint64, float> pairs;
    QHash<int, bool> wordsSeen;
    for (size_t d = 0; d < n; ++d) {
        counts.clear();
        pairs.clear();
        wordsSeen.clear();
        for (int f = 0; f < kFieldCount; ++f) {
            const std::vector<SearchToken>& fieldTokens = tokens[d][size_t(f)];
            if (fieldTokens.empty())
                continue;
            const float norm = 1.0f - options.lengthNormalisation[size_t(f)]
                + options.lengthNormalisation[size_t(f)] * float(fieldTokens.size()) / averageLength[size_t(f)];
            const float weight = options.weights[size_t(f)] / norm;
            int previous = -1;
            for (const SearchToken& token : fieldTokens) {
                // Stop words are indexed too: in product names they are often the point ("watering
                // can", "down jacket", "top load"); queries give them little weight.
                if (token.stem.isEmpty()) {
                    previous = -1;
                    continue;
                }
                const int term = index.internTerm(token.stem);
                FieldCounts& c = counts[term];
                c.count[size_t(f)] += weight;
                c.fields |= std::uint8_t(1u << f);
                if (f == int(Field::Title) && previous >= 0)
                    pairs[pairKey(previous, term)] = weight;
                previous = term;

                auto word = index.m_wordIds.constFind(token.surface);
                int wordId = word == index.m_wordIds.constEnd() ? -1 : *word;
                if (wordId < 0) {
                    wordId = int(index.m_words.size());
                    index.m_wordIds.insert(token.surface, wordId);
                    index.m_words.push_back({ token.surface, term, 0 });
                }
                if (!wordsSeen.contains(wordId)) {
                    wordsSeen.insert(wordId, true);
                    ++index.m_words[size_t(wordId)].products;
                }
            }
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            float frequency = 0;
            for (float c : it->count)
                frequency += c;
            index.m_postings[size_t(it.key())].push_back({ std::uint32_t(d), frequency, it->fields });
        }
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
            index.m_titlePairs[it.key()].push_back(
                { std::uint32_t(d), it.value(), std::uint8_t(1u << int(Field::Title)) });
    }
    index.m_headTerms.assign(n, { -1, -1 });
    for (size_t d = 0; d < n; ++d) {
        const auto& title = tokens[d][size_t(Field::Title)];
        const std::vector<size_t> heads = SearchText::headPositions(title, 2);
        for (size_t h = 0; h < heads.size(); ++h)
            index.m_headTerms[d][h] = index.termId(title[heads[h]].stem);
    }
    index.m_idf.resize(index.m_terms.size());
    for (size_t t = 0; t < index.m_terms.size(); ++t)
        index.m_idf[t] = inverseFrequency(n, index.m_postings[t].size());
    // The words of titles that carry meaning: no stop words, numbers or units.
    std::vector<std::vector<int>> titleTerms(n);
    for (size_t d = 0; d < n; ++d) {
        for (const SearchToken& token : tokens[d][size_t(Field::Title)]) {
            if (!token.stopWord && !token.number && !token.unit && !token.stem.isEmpty())
                titleTerms[d].push_back(index.termId(token.stem));
        }
    }
    index.m_meanings = TermVectors::learn(titleTerms, index.m_idf);

    std::vector<QString> surfaces;
    std::vector<int> frequency;
    for (const Word& word : index.m_words) {
        surfaces.push_back(word.surface);
        frequency.push_back(word.products);
    }
    index.m_typos.build(surfaces, frequency);
    index.m_wordsByText.resize(index.m_words.size());
    for (size_t w = 0; w < index.m_words.size(); ++w)
        index.m_wordsByText[w] = int(w);
    std::sort(index.m_wordsByText.begin(), index.m_wordsByText.end(),
        [&index](int a, int b) { return index.m_words[size_t(a)].surface < index.m_words[size_t(b)].surface; });

    // Attribute values, SKUs and sales.
    double mostUnits = 0;
    for (const Document& doc : index.m_documents)
        mostUnits = std::max(mostUnits, doc.recentUnits);
    index.m_popularity.resize(n);
    index.m_price.resize(n);
    index.m_inStock.resize(n);
    for (size_t d = 0; d < n; ++d) {
        const Document& doc = index.m_documents[d];
        for (const Document::Attribute& attribute : doc.attributes) {
            for (const SearchToken& token : index.text().tokens(attribute.value)) {
                if (token.stopWord || token.number)
                    continue;
                if (!index.m_attributeOfValue.contains(token.surface))
                    index.m_attributeOfValue.insert(token.surface, attribute.name);
            }
        }
        for (const QString& sku : doc.skus) {
            if (!sku.isEmpty())
                index.m_skus[sku.toLower()].push_back(std::uint32_t(d));
        }
        index.m_price[d] = doc.minPrice ? float(*doc.minPrice) : std::numeric_limits<float>::quiet_NaN();
        index.m_inStock[d] = doc.inStock ? 1 : 0;
        index.m_popularity[d] = mostUnits > 0 ? float(std::log1p(doc.recentUnits) / std::log1p(mostUnits)) : 0.0f;
    }
    return index;
}

const SearchText& Index::text() const
{
    thread_local QHash<QString, std::shared_ptr<SearchText>> perLanguage;
    std::shared_ptr<SearchText>& text = perLanguage[m_options.language];
    if (!text)
        text = std::make_shared<SearchText>(m_options.language);
    return *text;
}

const std::vector<Posting>* Index::titlePair(int first, int second) const
{
    const auto found = m_titlePairs.constFind(pairKey(first, second));
    return found == m_titlePairs.constEnd() ? nullptr : &*found;
}

float Index::pairIdf(int first, int second) const
{
    const std::vector<Posting>* pair = titlePair(first, second);
    return pair ? inverseFrequency(m_documents.size(), pair->size()) : 0.0f;
}

std::vector<int> Index::wordsWithPrefix(const QString& prefix, int limit) const
{
    auto from = std::lower_bound(m_wordsByText.begin(), m_wordsByText.end(), prefix,
        [this](int word, const QString& p) { return m_words[size_t(word)].surface < p; });
    std::vector<int> found;
    for (auto it = from; it != m_wordsByText.end() && m_words[size_t(*it)].surface.startsWith(prefix); ++it)
        found.push_back(*it);
    std::sort(found.begin(), found.end(),
        [this](int a, int b) { return m_words[size_t(a)].products > m_words[size_t(b)].products; });
    if (found.size() > size_t(limit))
        found.resize(size_t(limit));
    return found;
}

std::vector<std::uint32_t> Index::productsWithSku(const QString& sku) const
{
    return m_skus.value(sku.toLower());
}

} // namespace flywheel::search
