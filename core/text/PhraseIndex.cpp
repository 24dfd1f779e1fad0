#include "text/PhraseIndex.h"

#include <algorithm>

namespace flywheel::text {

void PhraseIndex::add(const QStringList& terms, int id)
{
    add(m_ownTerms.add(terms), id);
}

void PhraseIndex::add(TermView terms, int id)
{
    if (terms.empty())
        return;
    const int index = static_cast<int>(m_phrases.size());
    m_phrases.push_back({ TermIds(terms.begin(), terms.end()), id });
    std::vector<int>& bucket = m_byFirstTerm[terms.front()];
    const auto longerFirst = [this](int a, int b) { return m_phrases[a].terms.size() > m_phrases[b].terms.size(); };
    bucket.insert(std::upper_bound(bucket.begin(), bucket.end(), index, longerFirst), index);
}

TermIds PhraseIndex::numbered(const QStringList& terms) const
{
    TermIds ids;
    ids.reserve(static_cast<size_t>(terms.size()));
    for (const QString& term : terms)
        ids.push_back(m_ownTerms.find(term));
    return ids;
}

bool PhraseIndex::matchesAt(const Phrase& phrase, TermView terms, size_t start) const
{
    return start + phrase.terms.size() <= terms.size()
        && std::equal(
            phrase.terms.begin() + 1, phrase.terms.end(), terms.begin() + static_cast<std::ptrdiff_t>(start) + 1);
}

std::vector<PhraseIndex::Match> PhraseIndex::findAll(const QStringList& terms) const
{
    return findAll(numbered(terms));
}

std::vector<PhraseIndex::Match> PhraseIndex::findAll(TermView terms) const
{
    std::vector<Match> matches;
    for (size_t start = 0; start < terms.size(); ++start) {
        const auto bucket = m_byFirstTerm.constFind(terms[start]);
        if (bucket == m_byFirstTerm.cend())
            continue;
        for (int index : *bucket) {
            const Phrase& phrase = m_phrases[static_cast<size_t>(index)];
            if (matchesAt(phrase, terms, start))
                matches.push_back({ phrase.id, static_cast<int>(start), static_cast<int>(phrase.terms.size()) });
        }
    }
    return matches;
}

std::vector<PhraseIndex::Match> PhraseIndex::findLongest(const QStringList& terms) const
{
    return findLongest(numbered(terms));
}

std::vector<PhraseIndex::Match> PhraseIndex::findLongest(TermView terms) const
{
    std::vector<Match> matches;
    for (size_t start = 0; start < terms.size();) {
        const auto bucket = m_byFirstTerm.constFind(terms[start]);
        size_t advance = 1;
        if (bucket != m_byFirstTerm.cend()) {
            size_t longest = 0;
            for (int index : *bucket) {
                const Phrase& phrase = m_phrases[static_cast<size_t>(index)];
                const size_t length = phrase.terms.size();
                if (length < longest)
                    break; // the bucket is ordered longest first; shorter phrases lose here
                if (matchesAt(phrase, terms, start)) {
                    matches.push_back({ phrase.id, static_cast<int>(start), static_cast<int>(length) });
                    longest = length;
                }
            }
            advance = std::max<size_t>(1, longest);
        }
        start += advance;
    }
    return matches;
}

} // namespace flywheel::text
