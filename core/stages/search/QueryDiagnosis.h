#pragma once

#include "search/Engine.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel::search {

/// A query as the site-search reports give it, added up over its rows and spellings.
struct ReportedQuery {
    QString query; ///< folded: lower case, spaces collapsed
    int searches = 0;
    int recentSearches = 0; ///< in the last four weeks of the reports
    std::optional<int> clicks;
    std::optional<int> reportedResults; ///< the fewest results a report row gave
    QString firstSearchedAt;
    QString lastSearchedAt;
    std::vector<std::int64_t> rowIds; ///< search_terms rows behind it
};

enum class Diagnosis { Ok, Typo, Wording, Filter, OutOfStock, NotCarried };

/// Why a query fails (or not), what fixes it, and what it finds.
struct QueryDiagnosis {
    Diagnosis diagnosis = Diagnosis::Ok;
    int results = 0; ///< products the query finds as typed
    /// The corrected words (typo), the synonym group (wording), the query without its filters
    /// (filter), or the products out of stock (out of stock).
    QString fix;
    QStringList synonymGroup; ///< for typo and wording: the words to make one group
    double confidence = 0;
    std::vector<Hit> products; ///< what the query (or its fix) finds, best first
};

/// Replays reported queries against the catalog and sorts each failing one into typo, wording gap,
/// filter-caused, out of stock or not carried. Synonym suggestions come from typos, glued or split
/// words, and the project's lexicon, and only when they find the store's products.
class QueryDoctor {
    Q_DECLARE_TR_FUNCTIONS(QueryDoctor)
public:
    QueryDoctor(const Engine& engine, const QString& languageCode);

    [[nodiscard]] QueryDiagnosis diagnose(const QString& query) const;
    [[nodiscard]] static QString name(Diagnosis diagnosis);

private:
    [[nodiscard]] std::optional<QueryDiagnosis> corrected(const QString& query) const;
    [[nodiscard]] std::optional<QueryDiagnosis> fromLexicon(const QString& query) const;

    const Engine& m_engine;
    QString m_language;
};

/// Lower case, spaces collapsed: how queries are told apart.
[[nodiscard]] QString foldQuery(const QString& query);

} // namespace flywheel::search
