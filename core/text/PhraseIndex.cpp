#include "text/PhraseIndex.h"

#include <algorithm>

namespace flywheel::text {

void PhraseIndex::add(const QStringList& terms, int id)
{
    if (terms.isEmpty())
        return;
    const int index = static_cast<int>(m_phrases.size());
    m_phrases.push_back({ terms, id });
    std::vector<int>& bucket = m_byFirstTerm[terms.front()];
    const auto longerFirst = [this](int a, int b) { return m_phrases[a].terms.size() > m_phrases[b].terms.size(); };
    bucket.insert(std::upper_bound(bucket.begin(), bucket.end(), index, longerFirst), index);
}

bool PhraseIndex::matchesAt(const Phrase& phrase, const QStringList& terms, int start) const
{
    if (start + phrase.terms.size() > terms.size())
        return false;
    for (qsizetype i = 1; i < phrase.terms.size(); ++i) {
        if (phrase.terms[i] != terms[start + i])
            return false;
    }
    return true;
}

std::vector<PhraseIndex::Match> PhraseIndex::findAll(const QStringList& terms) const
{
    std::vector<Match> matches;
    for (int start = 0; start < terms.size(); ++start) {
        const auto bucket = m_byFirstTerm.constFind(terms[start]);
        if (bucket == m_byFirstTerm.cend())
            continue;
        for (int index : *bucket) {
            const Phrase& phrase = m_phrases[static_cast<size_t>(index)];
            if (matchesAt(phrase, terms, start))
                matches.push_back({ phrase.id, start, static_cast<int>(phrase.terms.size()) });
        }
    }
    return matches;
}

std::vector<PhraseIndex::Match> PhraseIndex::findLongest(const QStringList& terms) const
{
    std::vector<Match> matches;
    for (int start = 0; start < terms.size();) {
        const auto bucket = m_byFirstTerm.constFind(terms[start]);
        int advance = 1;
        if (bucket != m_byFirstTerm.cend()) {
            int longest = 0;
            for (int index : *bucket) {
                const Phrase& phrase = m_phrases[static_cast<size_t>(index)];
                const auto length = static_cast<int>(phrase.terms.size());
                if (length < longest)
                    break; // the bucket is ordered longest first; shorter phrases lose here
                if (matchesAt(phrase, terms, start)) {
                    matches.push_back({ phrase.id, start, length });
                    longest = length;
                }
            }
            advance = std::max(1, longest);
        }
        start += advance;
    }
    return matches;
}

} // namespace flywheel::text
