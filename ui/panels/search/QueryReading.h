#pragma once

#include "search/Engine.h"

#include <QCoreApplication>
#include <QStringList>

namespace flywheel {

/// How the store's search understood a query, in the owner's words: how many products matched,
/// the typo corrections, synonyms and completions the shown results used, the attribute filters and
/// price limits it applied, and the words nothing in the catalog is called.
class QueryReading {
    Q_DECLARE_TR_FUNCTIONS(QueryReading)
public:
    QueryReading() = delete;

    /// One line per point, the match count first. `result` must have been searched with explain on.
    [[nodiscard]] static QStringList lines(const search::SearchResult& result, const QString& currency);
    /// A price in major units ("49.9") as the owner reads it ("$49.90").
    [[nodiscard]] static QString price(double major, const QString& currency);
};

} // namespace flywheel
