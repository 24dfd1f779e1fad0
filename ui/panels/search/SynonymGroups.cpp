#include "panels/search/SynonymGroups.h"

#include <QDateTime>

namespace flywheel {

namespace {
/// The group as search_synonyms and Shopify keep it.
QString joined(const QStringList& words)
{
    return words.join(QStringLiteral(", "));
}

QString quoted(const QString& text)
{
    return SynonymGroups::tr("“%1”").arg(text);
}
} // namespace

QStringList SynonymGroups::parse(const QString& text)
{
    QStringList words;
    for (const QString& part : text.split(u',')) {
        const QString word = part.simplified().toLower();
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    return words;
}

QString SynonymGroups::problem(const QStringList& words, const QList<SynonymGroup>& others)
{
    if (words.size() < 2)
        return tr("A group needs at least two words that mean the same, separated by commas, e.g. “jumper, "
                  "sweater”.");
    if (words.size() > kMaxSynonymsPerGroup)
        return tr("A group can hold at most %1 synonyms and this one has %2. Split it into smaller groups.")
            .arg(kMaxSynonymsPerGroup)
            .arg(words.size());
    for (const QString& word : words) {
        const qsizetype length = word.split(u' ', Qt::SkipEmptyParts).size();
        if (length > kMaxWordsPerSynonym)
            return tr("%1 has %2 words; a synonym can have at most %3. Shorten it.")
                .arg(quoted(word))
                .arg(length)
                .arg(kMaxWordsPerSynonym);
    }
    // A word in two groups would make them one group for the shopper; Shopify refuses it.
    for (const SynonymGroup& other : others) {
        for (const QString& word : words) {
            if (other.words.contains(word))
                return tr("%1 is already in the group %2, and a word can be in only one group. Add the other words "
                          "to that group instead.")
                    .arg(quoted(word), quoted(joined(other.words)));
        }
    }
    return {};
}

Result<QList<SynonymGroup>> SynonymGroups::read(Database& db)
{
    auto groups = search::readStoredSynonymGroups(db);
    if (!groups)
        return std::unexpected(groups.error());
    for (SynonymGroup& group : *groups)
        group.words = parse(group.words.join(u','));
    return *groups;
}

Result<void> SynonymGroups::save(Database& db, std::int64_t id, const QStringList& words)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto groups = read(db);
    if (!groups)
        return std::unexpected(groups.error());
    QList<SynonymGroup> others;
    for (const SynonymGroup& group : *groups) {
        if (group.origin != SynonymGroup::Origin::Owner || group.id != id)
            others.append(group);
    }
    if (const QString why = problem(words, others); !why.isEmpty())
        return fail(ErrorCode::InvalidArgument, why);
    auto write = id == 0
        ? db.prepare("INSERT INTO search_synonyms (words, origin, created_at) VALUES (?1, 'owner', ?2)")
        : db.prepare("UPDATE search_synonyms SET words = ?1 WHERE id = ?2 AND origin = 'owner'");
    if (!write)
        return std::unexpected(write.error());
    write->bind(1, joined(words));
    if (id == 0)
        write->bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    else
        write->bind(2, id);
    if (auto ok = write->run(); !ok)
        return ok;
    if (db.changes() == 0)
        return fail(ErrorCode::InvalidArgument,
            tr("That synonym group is no longer there; it may have been deleted. Add it again."));
    return transaction->commit();
}

Result<void> SynonymGroups::remove(Database& db, std::int64_t id)
{
    auto erase = db.prepare("DELETE FROM search_synonyms WHERE id = ?1 AND origin = 'owner'");
    if (!erase)
        return std::unexpected(erase.error());
    erase->bind(1, id);
    return erase->run();
}

} // namespace flywheel
