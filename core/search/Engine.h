#pragma once

#include "search/Index.h"
#include "search/Query.h"

#include <QCoreApplication>

#include <memory>

namespace flywheel::search {

struct SearchOptions {
    int top = 10;
    ParseOptions parse;
    bool explain = false;
};

/// What one query word, the title phrase bonus or a business signal added to a result's score.
struct Contribution {
    QString word; ///< the query word, or empty for whole-result parts
    QString matchedAs; ///< the catalog words it met
    Rule rule = Rule::Exact;
    std::uint8_t fields = 0; ///< bit per Field
    float score = 0;
    QString note; ///< for whole-result parts: "phrase in title", "best seller", "out of stock"
};

struct Hit {
    std::uint32_t doc = 0;
    float score = 0;
    int matchedWords = 0;
    std::vector<Contribution> explanation; ///< filled when SearchOptions::explain
};

struct SearchResult {
    ParsedQuery query;
    std::vector<Hit> hits; ///< best first, at most SearchOptions::top
    /// How many products meet the query (all its words, or all but a few of a long one, and its filters).
    int total = 0;
    /// How many would, without the query's attribute words and price limits as filters.
    int totalWithoutFilters = 0;
    /// Nothing met the query in full; hits are the products that meet most of its words. (With
    /// fewer results than asked for, such products also follow the full matches.)
    bool relaxed = false;
};

/// Fielded, typo-tolerant product search over an Index. Thread-safe for searches: each thread keeps
/// its own scratch space.
class Engine {
    Q_DECLARE_TR_FUNCTIONS(Engine)
public:
    explicit Engine(std::shared_ptr<const Index> index);

    void setSynonyms(const QList<QStringList>& groups) { m_synonyms.setGroups(*m_index, groups); }
    [[nodiscard]] const Index& index() const { return *m_index; }
    [[nodiscard]] SearchResult search(QStringView query, const SearchOptions& options = {}) const;

    /// "title, tags" for a posting's field bits, in the owner's language.
    [[nodiscard]] static QString fieldNames(std::uint8_t fields);
    /// One line per contribution, for people.
    [[nodiscard]] static QStringList describe(const Hit& hit);

private:
    std::shared_ptr<const Index> m_index;
    Synonyms m_synonyms;
};

} // namespace flywheel::search
