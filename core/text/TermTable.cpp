#include "text/TermTable.h"

namespace flywheel::text {

TermId TermTable::add(const QString& term)
{
    if (const auto found = m_ids.constFind(term); found != m_ids.cend())
        return *found;
    const auto id = static_cast<TermId>(m_texts.size());
    m_ids.insert(term, id);
    m_texts.append(term);
    return id;
}

TermIds TermTable::add(const QStringList& terms)
{
    TermIds ids;
    ids.reserve(static_cast<size_t>(terms.size()));
    for (const QString& term : terms)
        ids.push_back(add(term));
    return ids;
}

TermId TermTable::find(QStringView term) const
{
    // A view of the caller's characters serves as the key: looking up copies nothing.
    return m_ids.value(QString::fromRawData(term.constData(), term.size()), -1);
}

QStringList TermTable::texts(TermView ids) const
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(ids.size()));
    for (const TermId id : ids)
        out.append(m_texts[id]);
    return out;
}

TermIds TermTable::absorb(const TermTable& other)
{
    TermIds here;
    here.reserve(static_cast<size_t>(other.size()));
    for (const QString& term : other.m_texts)
        here.push_back(add(term));
    return here;
}

NumberedTexts::NumberedTexts(const std::vector<QStringList>& texts)
{
    m_ids.reserve(texts.size());
    for (const QStringList& text : texts)
        m_ids.push_back(m_table.add(text));
    m_views.assign(m_ids.begin(), m_ids.end());
}

} // namespace flywheel::text
