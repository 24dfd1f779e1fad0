#pragma once

#include <QHash>
#include <QStringList>

#include <vector>

namespace flywheel::text {

/// Finds known phrases (sequences of analyzed terms) in a text's terms: product names in a ticket,
/// cue phrases of an intent, attribute names in a question. Each phrase carries an id chosen by the
/// caller; several phrases may share an id.
class PhraseIndex {
public:
    struct Match {
        int id = 0;
        int start = 0; ///< index of the first term
        int length = 0; ///< number of terms
    };

    /// Adds a phrase; empty phrases are ignored.
    void add(const QStringList& terms, int id);
    [[nodiscard]] bool isEmpty() const { return m_phrases.empty(); }

    /// Every phrase found in `terms`, in text order; where phrases overlap, all are reported.
    [[nodiscard]] std::vector<Match> findAll(const QStringList& terms) const;
    /// Phrases found without overlap, the longest winning at each position (so "true to size" is
    /// not also reported as "size").
    [[nodiscard]] std::vector<Match> findLongest(const QStringList& terms) const;

private:
    struct Phrase {
        QStringList terms;
        int id = 0;
    };
    [[nodiscard]] bool matchesAt(const Phrase& phrase, const QStringList& terms, int start) const;

    std::vector<Phrase> m_phrases;
    QHash<QString, std::vector<int>> m_byFirstTerm; ///< phrase indices, longest first
};

} // namespace flywheel::text
