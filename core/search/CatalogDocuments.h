#pragma once

#include "Error.h"
#include "search/Engine.h"
#include "store/Database.h"

#include <memory>
#include <vector>

namespace flywheel::search {

/// The store's sellable products as search documents: products the storefront shows (active or
/// published), their variants' SKUs, options (as attributes), lowest price, stock and the last 90
/// days' units sold.
[[nodiscard]] Result<std::vector<Document>> readCatalogDocuments(Database& db);

/// The synonym groups the store's search uses: the owner's own (search_synonyms) and the suggested
/// ones the owner accepted.
[[nodiscard]] Result<QList<QStringList>> readSynonymGroups(Database& db);

/// An engine over the store's catalog in the store's language, with the owner's synonyms.
[[nodiscard]] Result<std::shared_ptr<Engine>> openCatalogEngine(Database& db);

} // namespace flywheel::search
