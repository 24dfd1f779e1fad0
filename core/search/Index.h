#pragma once

#include "search/SearchText.h"
#include "search/TermVectors.h"
#include "search/Typos.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace flywheel::search {

/// The parts of a product search looks at, each with its own weight.
enum class Field : std::uint8_t { Title, Type, Vendor, Tags, Attributes, Description };
inline constexpr int kFieldCount = 6;

/// A product as search sees it.
struct Document {
    std::int64_t productId = 0;
    QString handle;
    QString sku; ///< the first variant's, for display
    QStringList skus; ///< every variant's: a query that is a SKU finds its product first
    std::array<QString, kFieldCount> fields; ///< text per Field
    /// Values the catalog states for a named attribute ("colour" -> "navy"): a query word that is
    /// such a value must be met by the product, it is a filter and not just a word.
    struct Attribute {
        QString name;
        QString value;
    };
    std::vector<Attribute> attributes;
    std::optional<double> minPrice; ///< lowest variant price, major units
    bool inStock = true;
    double recentUnits = 0; ///< units sold lately: a tie-breaker between equally good matches
};

/// A product's match on one term: the fields it occurs in and its weighted frequency across them
/// (BM25F: each field's count, weighted and normalised by the field's length).
struct Posting {
    std::uint32_t doc;
    float frequency;
    std::uint8_t fields; ///< bit per Field
};

struct IndexOptions {
    QString language = QStringLiteral("en");
    std::array<float, kFieldCount> weights { 4.0f, 2.5f, 1.5f, 1.5f, 2.0f, 0.4f };
    std::array<float, kFieldCount> lengthNormalisation { 0.6f, 0.3f, 0.3f, 0.5f, 0.5f, 0.75f };
};

/// An inverted index over the catalog, built once per catalog and shared read-only by searches.
class Index {
public:
    static Index build(std::vector<Document> documents, const IndexOptions& options = {});

    [[nodiscard]] const std::vector<Document>& documents() const { return m_documents; }
    [[nodiscard]] const IndexOptions& options() const { return m_options; }
    [[nodiscard]] int termId(const QString& stem) const { return m_termIds.value(stem, -1); }
    [[nodiscard]] const QString& term(int id) const { return m_terms[size_t(id)]; }
    [[nodiscard]] const std::vector<Posting>& postings(int term) const { return m_postings[size_t(term)]; }
    [[nodiscard]] float idf(int term) const { return m_idf[size_t(term)]; }
    /// Products whose title has the two stems next to each other, in this order.
    [[nodiscard]] const std::vector<Posting>* titlePair(int first, int second) const;
    [[nodiscard]] float pairIdf(int first, int second) const;

    /// Folded words as written in the catalog, how many products use each, and their stem.
    struct Word {
        QString surface;
        int term = -1;
        int products = 0;
    };
    [[nodiscard]] const std::vector<Word>& words() const { return m_words; }
    [[nodiscard]] int wordId(const QString& surface) const { return m_wordIds.value(surface, -1); }
    /// Words starting with `prefix`, the commonest first.
    [[nodiscard]] std::vector<int> wordsWithPrefix(const QString& prefix, int limit) const;
    [[nodiscard]] const TypoIndex& typos() const { return m_typos; }
    /// What the titles' words mean, learned from the titles themselves.
    [[nodiscard]] const TermVectors& meanings() const { return m_meanings; }

    /// Which attribute a folded one-word value belongs to ("navy" -> "colour"), if the catalog has it.
    [[nodiscard]] QString attributeOf(const QString& value) const { return m_attributeOfValue.value(value); }
    /// Products that carry a SKU.
    [[nodiscard]] std::vector<std::uint32_t> productsWithSku(const QString& sku) const;
    /// 0..1: how well the product sells next to the best seller.
    [[nodiscard]] float popularity(std::uint32_t doc) const { return m_popularity[doc]; }
    /// The product's lowest price, NaN when unknown. Kept apart from the documents, as are the
    /// stock flags, so ranking thousands of matches does not walk the whole documents.
    [[nodiscard]] float price(std::uint32_t doc) const { return m_price[doc]; }
    [[nodiscard]] bool inStock(std::uint32_t doc) const { return m_inStock[doc] != 0; }
    /// The text analysis of the catalog's language, one per thread (the stemmer keeps state), so
    /// searches may run on several threads at once.
    [[nodiscard]] const SearchText& text() const;
    /// Whether `term` names what the product is: one of the last words of its title's main part
    /// ("Wood Storage Shed Kit in Cedar" -> shed, kit), where titles put the product type.
    [[nodiscard]] bool isHeadTerm(std::uint32_t doc, int term) const
    {
        const auto& heads = m_headTerms[doc];
        return term >= 0 && (heads[0] == term || heads[1] == term);
    }

private:
    int internTerm(const QString& stem);

    IndexOptions m_options;
    std::vector<Document> m_documents;
    QHash<QString, int> m_termIds;
    std::vector<QString> m_terms;
    std::vector<std::vector<Posting>> m_postings;
    std::vector<float> m_idf;
    QHash<quint64, std::vector<Posting>> m_titlePairs;
    std::vector<Word> m_words;
    QHash<QString, int> m_wordIds;
    std::vector<int> m_wordsByText; ///< word ids in text order, for prefixes
    TypoIndex m_typos;
    TermVectors m_meanings;
    QHash<QString, QString> m_attributeOfValue;
    QHash<QString, std::vector<std::uint32_t>> m_skus;
    std::vector<float> m_popularity;
    std::vector<float> m_price;
    std::vector<std::uint8_t> m_inStock;
    std::vector<std::array<int, 2>> m_headTerms;
};

} // namespace flywheel::search
