#pragma once

#include "search/Index.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel::search {

/// How a query word came to match a catalog term.
enum class Rule : std::uint8_t { Exact, Typo, Prefix, Synonym, Split, Join };

/// One way to meet a query word: catalog terms that must all be present (one for most rules, two or
/// more for "raincoat" -> "rain coat" or a multi-word synonym), and how much such a match counts.
struct Alternative {
    std::vector<int> terms;
    float weight = 1.0f;
    Rule rule = Rule::Exact;
    QString shownAs; ///< the catalog words, for explanations ("jacket", "rain coat")
};

/// A word of the query with every way the catalog can meet it.
struct QueryWord {
    QString surface;
    std::vector<Alternative> alternatives;
    /// A colour, material or size the catalog states as an attribute: results must have it.
    QString attribute;
    [[nodiscard]] bool required() const { return !attribute.isEmpty(); }
    /// A stop word ("can", "down", "with"): it adds to a match but no result needs it.
    bool optional = false;
    /// The word naming what the shopper wants ("sheds" in "wood sheds with floor").
    bool head = false;
};

/// The query as search understood it.
struct ParsedQuery {
    QString text; ///< what was searched, trimmed and capped
    std::vector<QueryWord> words;
    std::optional<double> minPrice;
    std::optional<double> maxPrice;
    /// The words that had no match anywhere in the catalog, not even by a typo.
    QStringList unknownWords;
};

struct ParseOptions {
    bool typos = true;
    bool prefixLastWord = true;
    bool attributeFilters = true;
    bool priceFilters = true;
};

/// Synonym groups ("jumper, sweater, pullover"): any member also finds the others.
class Synonyms {
public:
    void setGroups(const Index& index, const QList<QStringList>& groups);
    /// Other members of the groups `stems` (one or more words) belongs to, as term lists.
    [[nodiscard]] std::vector<Alternative> alternativesFor(const QStringList& stems) const;
    [[nodiscard]] bool isEmpty() const { return m_memberGroups.isEmpty(); }

private:
    struct Member {
        QString key; ///< stems joined by spaces
        std::vector<int> terms; ///< empty when a member's word is not in the catalog
        QString shownAs;
    };
    std::vector<std::vector<Member>> m_groups;
    QHash<QString, std::vector<int>> m_memberGroups;
};

/// Longest query searched; longer input is cut (a pasted page is not a query).
inline constexpr qsizetype kMaxQueryLength = 200;
inline constexpr size_t kMaxQueryWords = 12;

[[nodiscard]] ParsedQuery parseQuery(
    const Index& index, const Synonyms& synonyms, QStringView query, const ParseOptions& options);

} // namespace flywheel::search
