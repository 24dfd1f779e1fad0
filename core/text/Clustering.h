#pragma once

#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace flywheel::text {

struct Topic {
    QStringList topTerms; ///< the most distinctive terms or phrases, best first
    std::vector<int> members; ///< document indices, most central first
};

/// Topics among texts that fit no known intent: spherical k-means on TF-IDF rows, k chosen by
/// the silhouette of a sample among a few candidates up to min(maxTopics, sqrt(n/2)); clusters
/// smaller than 3 documents or 2 % of them are dropped; each topic is named by the terms that
/// set it apart from the rest. Largest topic first; the same seed gives the same topics.
[[nodiscard]] std::vector<Topic> discoverTopics(const std::vector<QStringList>& documents, int maxTopics, quint64 seed);

} // namespace flywheel::text
