#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace flywheel::search {

/// Finds the catalog's words a misspelled word was meant to be. Tolerance scales with length, as
/// shoppers expect: none below 4 letters, one edit from 4, two from 8. Edits are insertions,
/// deletions, substitutions and swaps of neighbours ("jakcet" -> "jacket").
class TypoIndex {
public:
    /// `words` are the catalog's distinct folded words; `frequency` how many products use each.
    void build(const std::vector<QString>& words, const std::vector<int>& frequency);

    struct Candidate {
        int word; ///< index into the words given to build()
        int distance;
    };
    /// The closest words within the tolerance for `word`'s length, the commonest first (at most `limit`).
    [[nodiscard]] std::vector<Candidate> corrections(const QString& word, int limit = 3) const;

    /// Edits allowed for a word of this many letters.
    [[nodiscard]] static int tolerance(qsizetype length);

private:
    // Every word and each form of it with one letter deleted, mapped to the words it came from. A
    // query word and a catalog word one edit apart always share such a form; two edits apart they do
    // for most typos (two substitutions are the exception).
    QHash<QString, std::vector<int>> m_deletions;
    std::vector<QString> m_words;
    std::vector<int> m_frequency;
};

/// Optimal-string-alignment distance (edits plus swaps of neighbours), or max + 1 once above max.
[[nodiscard]] int editDistance(QStringView a, QStringView b, int max);

} // namespace flywheel::search
