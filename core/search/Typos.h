#pragma once

#include <QString>

#include <cstdint>
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
    /// A catalog word, or a form of it with one letter deleted, known by the hash of its letters. A
    /// query word and a catalog word one edit apart always share such a form; two edits apart they do
    /// when the query has two letters too many, one too many and one wrong, or one too many and one
    /// missing (two wrong letters, or a missing and a wrong one, are not found). Hashes rather than
    /// strings keep the lookups of a query's many deletion forms free of allocations; a shared hash
    /// only nominates a word, the edit distance decides.
    struct Form {
        std::uint64_t hash;
        int word;
    };
    template <typename Visit> void forEachWordWithForm(std::uint64_t hash, Visit visit) const;

    std::vector<Form> m_forms; ///< sorted by hash
    /// Where the forms whose hash starts with each run of m_bucketBits bits begin in m_forms, so a
    /// lookup reads one short run instead of searching the whole list.
    std::vector<std::uint32_t> m_buckets;
    int m_bucketBits = 0;
    std::vector<QString> m_words;
    std::vector<int> m_frequency;
};

/// Optimal-string-alignment distance (edits plus swaps of neighbours), or max + 1 once above max.
[[nodiscard]] int editDistance(QStringView a, QStringView b, int max);

} // namespace flywheel::search
