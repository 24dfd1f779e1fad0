#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <span>
#include <vector>

namespace flywheel::search {

/// What the catalog's words mean, learned from the store's own titles: words that keep company in
/// titles ("vanity", "sink", "faucet") get nearby vectors, through the positive pointwise mutual
/// information of their co-occurrence, reduced to a few dimensions by a truncated SVD. A product's
/// title and a query get the idf-weighted mean of their words' vectors, so products whose title is
/// about what the query is about can be told from those that only share its words.
/// Read-only after learn(); safe to share between threads.
class TermVectors {
public:
    /// `titles`: each product's title as term ids; `idf` per term id. Words used by fewer than a
    /// few titles get no vector (too little evidence), nor do titles without such words.
    static TermVectors learn(const std::vector<std::vector<int>>& titles, const std::vector<float>& idf);

    [[nodiscard]] bool isEmpty() const { return m_documents.cols() == 0; }
    /// The unit vector of these terms, or an empty vector when none has a vector.
    [[nodiscard]] Eigen::VectorXf meaning(std::span<const int> terms) const;
    /// Cosine between a meaning and a product's title, 0 when either has no vector.
    [[nodiscard]] float closeness(const Eigen::VectorXf& meaning, std::uint32_t doc) const;

private:
    std::vector<int> m_column; ///< per term id: its column in m_terms, or -1
    std::vector<float> m_idf;
    Eigen::MatrixXf m_terms; ///< unit vectors, one column per word with a vector
    Eigen::MatrixXf m_documents; ///< one unit (or zero) column per product
};

} // namespace flywheel::search
