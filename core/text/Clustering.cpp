#include "text/Clustering.h"

#include "text/SeededOrder.h"
#include "text/Vectorizer.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace flywheel::text {

namespace {

using DenseRows = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr int kIterations = 25;
constexpr int kSilhouetteSample = 600;
constexpr int kNameTerms = 4;

struct Clustering {
    std::vector<int> assignment;
    DenseRows centroids; ///< k x features, unit length
};

SparseMatrix selectRows(const SparseMatrix& rows, const std::vector<int>& which)
{
    std::vector<std::int32_t> outer { 0 };
    std::vector<std::int32_t> inner;
    std::vector<float> values;
    for (const int row : which) {
        for (SparseMatrix::InnerIterator it(rows, row); it; ++it) {
            inner.push_back(std::int32_t(it.index()));
            values.push_back(it.value());
        }
        outer.push_back(std::int32_t(inner.size()));
    }
    const Eigen::Map<const SparseMatrix> map(
        Eigen::Index(which.size()), rows.cols(), Eigen::Index(inner.size()), outer.data(), inner.data(), values.data());
    return SparseMatrix(map);
}

void normalizeRows(DenseRows& rows)
{
    for (Eigen::Index r = 0; r < rows.rows(); ++r) {
        const float norm = rows.row(r).norm();
        if (norm > 0)
            rows.row(r) /= norm;
    }
}

/// k-means++ seeding on cosine distance, then Lloyd steps; an emptied cluster is re-seeded with
/// the document farthest from its centroid.
Clustering sphericalKMeans(const SparseMatrix& rows, int k, quint64 seed)
{
    const int n = int(rows.rows());
    SeededOrder random(seed);
    Clustering result;
    result.centroids.setZero(k, rows.cols());
    std::vector<double> nearest(std::size_t(n), 2.0);
    int chosen = int(random.below(std::size_t(n)));
    for (int c = 0; c < k; ++c) {
        result.centroids.row(c) = rows.row(chosen);
        const Eigen::VectorXf similarity = rows * result.centroids.row(c).transpose();
        double total = 0;
        for (int i = 0; i < n; ++i) {
            nearest[std::size_t(i)] = std::min(nearest[std::size_t(i)], std::max(0.0, 1.0 - double(similarity[i])));
            total += nearest[std::size_t(i)] * nearest[std::size_t(i)];
        }
        double target = random.unit() * total;
        for (chosen = 0; chosen < n - 1; ++chosen) {
            target -= nearest[std::size_t(chosen)] * nearest[std::size_t(chosen)];
            if (target <= 0)
                break;
        }
    }
    result.assignment.assign(std::size_t(n), -1);
    for (int iteration = 0; iteration < kIterations; ++iteration) {
        const Eigen::MatrixXf similarity = rows * result.centroids.transpose();
        bool changed = false;
        std::vector<float> best(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            Eigen::Index cluster = 0;
            best[std::size_t(i)] = similarity.row(i).maxCoeff(&cluster);
            changed = changed || result.assignment[std::size_t(i)] != int(cluster);
            result.assignment[std::size_t(i)] = int(cluster);
        }
        if (!changed)
            break;
        result.centroids.setZero();
        std::vector<int> sizes(std::size_t(k), 0);
        for (int i = 0; i < n; ++i) {
            const int cluster = result.assignment[std::size_t(i)];
            for (SparseMatrix::InnerIterator it(rows, i); it; ++it)
                result.centroids(cluster, it.index()) += it.value();
            ++sizes[std::size_t(cluster)];
        }
        for (int c = 0; c < k; ++c) {
            if (sizes[std::size_t(c)] > 0)
                continue;
            const auto farthest = int(std::min_element(best.begin(), best.end()) - best.begin());
            result.centroids.row(c) = rows.row(farthest);
            best[std::size_t(farthest)] = 2.0f;
        }
        normalizeRows(result.centroids);
    }
    return result;
}

/// Mean silhouette (cosine distance) over a seeded sample of the documents.
double silhouette(const SparseMatrix& rows, const std::vector<int>& assignment, int k, quint64 seed)
{
    const int n = int(rows.rows());
    std::vector<int> sample(static_cast<std::size_t>(n));
    std::iota(sample.begin(), sample.end(), 0);
    SeededOrder(seed).shuffle(sample);
    sample.resize(std::size_t(std::min(n, kSilhouetteSample)));
    const SparseMatrix sampled = selectRows(rows, sample);
    const Eigen::MatrixXf similarity = Eigen::MatrixXf(sampled * sampled.transpose());
    double total = 0;
    for (std::size_t a = 0; a < sample.size(); ++a) {
        std::vector<double> distance(std::size_t(k), 0.0);
        std::vector<int> count(std::size_t(k), 0);
        for (std::size_t b = 0; b < sample.size(); ++b) {
            if (a == b)
                continue;
            const int cluster = assignment[std::size_t(sample[b])];
            distance[std::size_t(cluster)] += 1.0 - double(similarity(Eigen::Index(a), Eigen::Index(b)));
            ++count[std::size_t(cluster)];
        }
        const int own = assignment[std::size_t(sample[a])];
        if (count[std::size_t(own)] == 0)
            continue; // a singleton scores 0
        const double inside = distance[std::size_t(own)] / count[std::size_t(own)];
        double outside = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c)
            if (c != own && count[std::size_t(c)] > 0)
                outside = std::min(outside, distance[std::size_t(c)] / count[std::size_t(c)]);
        if (std::isfinite(outside))
            total += (outside - inside) / std::max(inside, outside);
    }
    return total / double(sample.size());
}

QStringList distinctiveTerms(
    const Vectorizer& vectorizer, const Eigen::VectorXf& centroid, const Eigen::VectorXf& overall)
{
    const Eigen::VectorXf lift = centroid - overall;
    std::vector<int> order(std::size_t(lift.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return lift[a] > lift[b]; });
    QStringList names;
    for (const int feature : order) {
        if (names.size() >= kNameTerms || lift[feature] <= 0)
            break;
        const QString name = vectorizer.featureName(feature);
        // "water resist" already says "water": a term inside a chosen phrase (or the reverse) adds nothing.
        const bool repeats = std::any_of(names.begin(), names.end(),
            [&](const QString& taken) { return taken.split(u' ').contains(name) || name.split(u' ').contains(taken); });
        if (!repeats)
            names.append(name);
    }
    return names;
}

} // namespace

std::vector<Topic> discoverTopics(const std::vector<QStringList>& documents, int maxTopics, quint64 seed)
{
    const int n = int(documents.size());
    const int minimumSize = std::max(3, int(std::ceil(0.02 * n)));
    if (n < 2 * minimumSize || maxTopics < 1)
        return {};
    VectorizerOptions options;
    options.minDocumentFrequency = 2;
    Vectorizer vectorizer(options);
    vectorizer.fit(documents);
    const SparseMatrix all = vectorizer.transform(documents);

    // Documents with no shared term cannot join a topic.
    std::vector<int> kept;
    for (int i = 0; i < n; ++i)
        if (all.row(i).nonZeros() > 0)
            kept.push_back(i);
    const int m = int(kept.size());
    if (m < 2 * minimumSize)
        return {};
    const SparseMatrix rows = selectRows(all, kept);

    const int largestK = std::max(1, std::min({ maxTopics, int(std::sqrt(m / 2.0)), m / minimumSize }));
    std::vector<int> candidates;
    for (double k = 2; int(k) <= largestK; k *= 1.4)
        if (candidates.empty() || candidates.back() != int(k))
            candidates.push_back(int(k));
    if (candidates.empty() || candidates.back() != largestK)
        candidates.push_back(largestK);
    Clustering best;
    double bestScore = -2;
    int bestK = 1;
    for (const int k : candidates) {
        Clustering candidate = sphericalKMeans(rows, k, seed);
        const double score = k == 1 ? 0.0 : silhouette(rows, candidate.assignment, k, seed);
        if (score > bestScore) {
            bestScore = score;
            best = std::move(candidate);
            bestK = k;
        }
    }

    Eigen::VectorXf overall = Eigen::VectorXf::Zero(rows.cols());
    for (int i = 0; i < m; ++i)
        for (SparseMatrix::InnerIterator it(rows, i); it; ++it)
            overall[it.index()] += it.value() / float(m);
    const Eigen::MatrixXf similarity = rows * best.centroids.transpose();
    std::vector<Topic> topics;
    for (int c = 0; c < bestK; ++c) {
        std::vector<int> members;
        for (int i = 0; i < m; ++i)
            if (best.assignment[std::size_t(i)] == c)
                members.push_back(i);
        if (int(members.size()) < minimumSize)
            continue;
        std::stable_sort(
            members.begin(), members.end(), [&](int a, int b) { return similarity(a, c) > similarity(b, c); });
        Eigen::VectorXf mean = Eigen::VectorXf::Zero(rows.cols());
        for (const int i : members)
            for (SparseMatrix::InnerIterator it(rows, i); it; ++it)
                mean[it.index()] += it.value() / float(members.size());
        Topic topic;
        topic.topTerms = distinctiveTerms(vectorizer, mean, overall);
        for (const int i : members)
            topic.members.push_back(kept[std::size_t(i)]);
        topics.push_back(std::move(topic));
    }
    std::stable_sort(topics.begin(), topics.end(),
        [](const Topic& a, const Topic& b) { return a.members.size() > b.members.size(); });
    return topics;
}

} // namespace flywheel::text
