#pragma once

#include "Error.h"
#include "search/CatalogDocuments.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace flywheel {

using search::SynonymGroup;

/// The owner's synonym groups in search_synonyms, and the checks a group must pass before it is
/// written: the limits Shopify Search & Discovery sets on the groups it imports, so what the owner
/// writes here can be pushed there unchanged. Same thread rules as the Database passed in.
class SynonymGroups {
    Q_DECLARE_TR_FUNCTIONS(SynonymGroups)
public:
    SynonymGroups() = delete;

    static constexpr int kMaxWordsPerSynonym = 5;
    static constexpr int kMaxSynonymsPerGroup = 20;

    /// "Jumper,  sweater , pullover" -> {"jumper", "sweater", "pullover"}: folded, with empty and
    /// repeated entries dropped.
    [[nodiscard]] static QStringList parse(const QString& text);
    /// Why `words` cannot be a group next to `others`, in words the owner can act on; empty when it can.
    [[nodiscard]] static QString problem(const QStringList& words, const QList<SynonymGroup>& others);

    /// The owner's groups in the order they were made, then the suggested groups the owner accepted
    /// in the action queue.
    [[nodiscard]] static Result<QList<SynonymGroup>> read(Database& db);
    /// Adds the group (`id` 0) or replaces the owner's group `id`. Refused with ErrorCode::InvalidArgument,
    /// and nothing written, when problem() finds one against the store's other groups.
    [[nodiscard]] static Result<void> save(Database& db, std::int64_t id, const QStringList& words);
    [[nodiscard]] static Result<void> remove(Database& db, std::int64_t id);
};

} // namespace flywheel
