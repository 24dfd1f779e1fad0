#include "search/TermVectors.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <random>

namespace flywheel::search {

namespace {
constexpr int kDimensions = 64;
/// Extra directions sampled by the randomized SVD, and its power iterations: enough for the
/// leading directions to come out stable.
constexpr int kOversampling = 8;
constexpr int kPowerIterations = 2;
/// A word needs this many titles before its company says anything.
constexpr int kMinTitles = 3;
/// Titles are short; this bounds the pairs a long one adds.
constexpr size_t kMaxTitleWords = 24;
constexpr std::uint32_t kSeed = 7;

Eigen::MatrixXf orthonormalColumns(const Eigen::MatrixXf& m)
{
    const Eigen::HouseholderQR<Eigen::MatrixXf> qr(m);
    return qr.householderQ() * Eigen::MatrixXf::Identity(m.rows(), m.cols());
}
} // namespace

TermVectors TermVectors::learn(const std::vector<std::vector<int>>& titles, const std::vector<float>& idf)
{
    TermVectors vectors;
    vectors.m_idf = idf;
    vectors.m_column.assign(idf.size(), -1);

    // Each title's distinct words, and in how many titles each word is.
    std::vector<std::vector<int>> distinct(titles.size());
    std::vector<int> titlesWith(idf.size(), 0);
    for (size_t d = 0; d < titles.size(); ++d) {
        distinct[d] = titles[d];
        std::sort(distinct[d].begin(), distinct[d].end());
        distinct[d].erase(std::unique(distinct[d].begin(), distinct[d].end()), distinct[d].end());
        for (int term : distinct[d])
            ++titlesWith[size_t(term)];
    }
    int words = 0;
    for (size_t t = 0; t < idf.size(); ++t) {
        if (titlesWith[t] >= kMinTitles)
            vectors.m_column[t] = words++;
    }
    if (words <= kDimensions + kOversampling) {
        // Too few words keep company often enough to learn from: no word gets a vector.
        vectors.m_column.assign(idf.size(), -1);
        return vectors;
    }

    // How often each pair of words shares a title, as sorted pair keys counted in runs.
    std::vector<std::uint64_t> pairs;
    for (std::vector<int>& title : distinct) {
        std::erase_if(title, [&](int term) { return vectors.m_column[size_t(term)] < 0; });
        if (title.size() > kMaxTitleWords)
            title.resize(kMaxTitleWords);
        for (size_t i = 0; i < title.size(); ++i) {
            for (size_t j = i + 1; j < title.size(); ++j)
                pairs.push_back((std::uint64_t(vectors.m_column[size_t(title[i])]) << 32)
                    | std::uint32_t(vectors.m_column[size_t(title[j])]));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<float> count(size_t(words), 0.0f);
    for (size_t t = 0; t < idf.size(); ++t) {
        if (vectors.m_column[t] >= 0)
            count[size_t(vectors.m_column[t])] = float(titlesWith[t]);
    }
    const float total = float(titles.size());
    std::vector<Eigen::Triplet<float>> entries;
    for (size_t i = 0; i < pairs.size();) {
        size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i])
            ++j;
        const int a = int(pairs[i] >> 32);
        const int b = int(pairs[i] & 0xffffffffu);
        const float pmi = std::log(float(j - i) * total / (count[size_t(a)] * count[size_t(b)]));
        if (pmi > 0) {
            entries.emplace_back(a, b, pmi);
            entries.emplace_back(b, a, pmi);
        }
        i = j;
    }
    Eigen::SparseMatrix<float> company(words, words);
    company.setFromTriplets(entries.begin(), entries.end());

    // Randomized truncated SVD of the symmetric matrix: a seeded random sample of its range,
    // sharpened by power iterations, then the exact SVD of its small projection.
    std::mt19937 random(kSeed);
    std::normal_distribution<float> normal;
    Eigen::MatrixXf sample(words, kDimensions + kOversampling);
    for (Eigen::Index c = 0; c < sample.cols(); ++c) {
        for (Eigen::Index r = 0; r < sample.rows(); ++r)
            sample(r, c) = normal(random);
    }
    Eigen::MatrixXf range = company * sample;
    for (int i = 0; i < kPowerIterations; ++i)
        range = company * orthonormalColumns(range);
    const Eigen::MatrixXf basis = orthonormalColumns(range);
    // The small projection P = basisᵀ·company has P·Pᵀ = W·S²·Wᵀ, so its right singular vectors are
    // Pᵀ·W·S⁻¹: the exact SVD of P from a 72×72 symmetric eigenproblem, in double for the squaring.
    const Eigen::MatrixXd projected = (basis.transpose() * company).cast<double>();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> gram(projected * projected.transpose());
    // Eigenvalues come in ascending order: the top ones are the last.
    const Eigen::VectorXd singular = gram.eigenvalues().tail(kDimensions).cwiseMax(0.0).cwiseSqrt();
    const Eigen::VectorXd inverse = singular.unaryExpr([](double s) { return s > 0 ? 1.0 / s : 0.0; });
    const Eigen::VectorXd weights = singular.cwiseSqrt();
    const Eigen::MatrixXd directions
        = projected.transpose() * gram.eigenvectors().rightCols(kDimensions) * inverse.asDiagonal();
    vectors.m_terms = (directions * weights.asDiagonal()).transpose().cast<float>();
    for (Eigen::Index c = 0; c < vectors.m_terms.cols(); ++c) {
        const float norm = vectors.m_terms.col(c).norm();
        if (norm > 0)
            vectors.m_terms.col(c) /= norm;
    }

    vectors.m_documents = Eigen::MatrixXf::Zero(kDimensions, Eigen::Index(titles.size()));
    for (size_t d = 0; d < titles.size(); ++d) {
        const Eigen::VectorXf meaning = vectors.meaning(titles[d]);
        if (meaning.size() > 0)
            vectors.m_documents.col(Eigen::Index(d)) = meaning;
    }
    return vectors;
}

Eigen::VectorXf TermVectors::meaning(std::span<const int> terms) const
{
    Eigen::VectorXf sum = Eigen::VectorXf::Zero(m_terms.rows());
    for (int term : terms) {
        if (term >= 0 && size_t(term) < m_column.size() && m_column[size_t(term)] >= 0)
            sum += m_idf[size_t(term)] * m_terms.col(m_column[size_t(term)]);
    }
    const float norm = sum.norm();
    return norm > 0 ? Eigen::VectorXf(sum / norm) : Eigen::VectorXf();
}

float TermVectors::closeness(const Eigen::VectorXf& meaning, std::uint32_t doc) const
{
    if (meaning.size() == 0 || meaning.size() != m_documents.rows() || doc >= m_documents.cols())
        return 0.0f;
    return meaning.dot(m_documents.col(Eigen::Index(doc)));
}

} // namespace flywheel::search
