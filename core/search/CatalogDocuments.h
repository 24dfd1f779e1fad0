#pragma once

#include "Error.h"
#include "search/Engine.h"
#include "store/Database.h"

#include <memory>
#include <vector>

namespace flywheel {
class RunShared;
}

namespace flywheel::search {

/// The store's sellable products as search documents: products the storefront shows (active or
/// published), their variants' SKUs, options (as attributes), lowest price, stock and the last 90
/// days' units sold (the run's, readRecentProductSales, when `shared` is given).
[[nodiscard]] Result<std::vector<Document>> readCatalogDocuments(Database& db, RunShared* shared = nullptr);

/// One synonym group the store's search uses.
struct SynonymGroup {
    enum class Origin { Owner, AcceptedSuggestion };
    std::int64_t id = 0; ///< the search_synonyms row of an owner's group; 0 for accepted suggestions
    QStringList words;
    Origin origin = Origin::Owner;
};

/// The synonym groups the store's search uses: the owner's own (search_synonyms) in the order they
/// were made, then the suggested ones the owner accepted in the action queue.
[[nodiscard]] Result<QList<SynonymGroup>> readStoredSynonymGroups(Database& db);
/// The same groups, words only, as the engine takes them.
[[nodiscard]] Result<QList<QStringList>> readSynonymGroups(Database& db);

/// An engine over the store's catalog in the store's language, with the owner's synonyms.
[[nodiscard]] Result<std::shared_ptr<Engine>> openCatalogEngine(Database& db, RunShared* shared = nullptr);

} // namespace flywheel::search
