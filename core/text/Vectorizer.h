#pragma once

#include "text/TermTable.h"

#include <QString>
#include <QStringList>

#include <Eigen/SparseCore>

#include <cstdint>
#include <vector>

namespace flywheel::text {

/// One document per row, one feature per column.
using SparseMatrix = Eigen::SparseMatrix<float, Eigen::RowMajor, std::int32_t>;

struct VectorizerOptions {
    int minDocumentFrequency = 2; ///< features in fewer documents are dropped
    int maxFeatures = 200000; ///< the most frequent are kept
    bool wordBigrams = true;
    bool charNgrams = false; ///< n-grams of characters inside each word of the raw text (typos, inflections)
    int charMin = 3;
    int charMax = 5;
    bool sublinearTf = true; ///< 1 + ln(count) instead of the count
};

/// Sparse TF-IDF: smoothed idf, each row L2-normalised (words and characters each to an equal
/// share when both are on). Features are identified by a 64-bit hash of their text, so
/// transform() builds no strings.
class Vectorizer {
public:
    explicit Vectorizer(VectorizerOptions options = {});

    /// documents are already-analysed terms; rawTexts (same size) are read only for character
    /// n-grams when those are enabled.
    void fit(const std::vector<QStringList>& documents, const std::vector<QString>& rawTexts = {});
    /// The same with the terms as numbers of `terms`; the features are those of the terms' text.
    void fit(const std::vector<TermView>& documents, const TermTable& terms, const std::vector<QString>& rawTexts = {});
    /// One L2-normalised row per document; features not seen in fit() are ignored.
    [[nodiscard]] SparseMatrix transform(
        const std::vector<QStringList>& documents, const std::vector<QString>& rawTexts = {}) const;
    /// The same with the terms as numbers of `terms`, which need not be the table fit() saw.
    [[nodiscard]] SparseMatrix transform(const std::vector<TermView>& documents, const TermTable& terms,
        const std::vector<QString>& rawTexts = {}) const;

    [[nodiscard]] int featureCount() const { return int(m_idf.size()); }
    /// A term, "term term" for a bigram, "[gram]" for a character n-gram.
    [[nodiscard]] QString featureName(int index) const { return m_names.value(index); }
    [[nodiscard]] bool isWordFeature(int index) const { return index < m_wordFeatureCount; }
    [[nodiscard]] const VectorizerOptions& options() const { return m_options; }

private:
    /// Feature hash -> column as one flat table probed in place: a look-up touches one or two slots
    /// where a node-based map chases a pointer, and transform() looks up every word of every message.
    class FeatureIndex {
    public:
        /// Empties the table and makes room for `count` features.
        void reset(std::size_t count);
        void insert(std::uint64_t hash, int column);
        /// The column of a feature, -1 when it was not kept.
        [[nodiscard]] int find(std::uint64_t hash) const;

    private:
        struct Slot {
            std::uint64_t hash = 0;
            int column = -1; ///< -1: empty
        };
        std::vector<Slot> m_slots;
        std::uint64_t m_mask = 0;
    };
    struct DocumentFeatures {
        std::vector<std::uint64_t> words; ///< unigram and bigram hashes, repeated per occurrence
        std::vector<std::uint64_t> chars;
    };
    class WordHashes;
    void extract(TermView terms, WordHashes& hashes, const QString* raw, DocumentFeatures& out) const;

    VectorizerOptions m_options;
    FeatureIndex m_index;
    std::vector<float> m_idf;
    QStringList m_names;
    int m_wordFeatureCount = 0;
};

} // namespace flywheel::text
