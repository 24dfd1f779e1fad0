#pragma once

#include "text/TermTable.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace flywheel::text {

/// Finds known phrases (sequences of analyzed terms) in a text's terms: product names in a ticket,
/// cue phrases of an intent, attribute names in a question. Each phrase carries an id chosen by the
/// caller; several phrases may share an id. Phrases and texts come either as strings or as numbers
/// of one TermTable the caller keeps; one index works with one of the two.
class PhraseIndex {
public:
    struct Match {
        int id = 0;
        int start = 0; ///< index of the first term
        int length = 0; ///< number of terms
    };

    /// Adds a phrase; empty phrases are ignored.
    void add(const QStringList& terms, int id);
    void add(TermView terms, int id);
    [[nodiscard]] bool isEmpty() const { return m_phrases.empty(); }

    /// Every phrase found in `terms`, in text order; where phrases overlap, all are reported.
    [[nodiscard]] std::vector<Match> findAll(const QStringList& terms) const;
    [[nodiscard]] std::vector<Match> findAll(TermView terms) const;
    /// Phrases found without overlap, the longest winning at each position (so "true to size" is
    /// not also reported as "size").
    [[nodiscard]] std::vector<Match> findLongest(const QStringList& terms) const;
    [[nodiscard]] std::vector<Match> findLongest(TermView terms) const;

private:
    struct Phrase {
        TermIds terms;
        int id = 0;
    };
    [[nodiscard]] bool matchesAt(const Phrase& phrase, TermView terms, size_t start) const;
    /// A text's strings as numbers of m_ownTerms; a string no phrase has becomes -1, which matches nothing.
    [[nodiscard]] TermIds numbered(const QStringList& terms) const;

    TermTable m_ownTerms; ///< the numbers of phrases added as strings
    std::vector<Phrase> m_phrases;
    QHash<TermId, std::vector<int>> m_byFirstTerm; ///< phrase indices, longest first
};

} // namespace flywheel::text
