#pragma once

#include "search/Engine.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace flywheel::bench {

/// One judged query: the products (by document) rated for it, with their gain.
struct JudgedQuery {
    QString text;
    QHash<std::uint32_t, double> gain;
};

/// How far reordering the engine's first `pool` results could take nDCG@10:
///  - `bestOrder`: with the judgments known (the ceiling of any reordering);
///  - `learned`: by a ranker fitted on the other half of the queries' judgments (two folds), from
///    what the titles and the engine say about each result. A ranker that learns from the very
///    judgments it is scored on can only do better than one the product could ship.
struct RankingBound {
    double engine = 0;
    double bestOrder = 0;
    double learned = 0;
};

[[nodiscard]] RankingBound rankingBound(const search::Engine& engine, const std::vector<QString>& titles,
    const std::vector<JudgedQuery>& queries, size_t pool);

} // namespace flywheel::bench
