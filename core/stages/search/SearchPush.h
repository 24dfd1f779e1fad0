#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"
#include "store/Database.h"

namespace flywheel::search {

/// Writes what the store's search should use, as files to take into the platform:
///  - `search-synonyms-<date>.txt`: every synonym group, one per line, the way Shopify Search &
///    Discovery's synonym form takes them (it has no import; groups are pasted one by one);
///  - `search-synonyms-<date>.csv`: the same groups with where each came from and the searches
///    behind it, for other search apps and the owner's records;
///  - `search-redirects-<date>.csv` (when any redirect was accepted): Shopify's URL-redirect import
///    (`Redirect from,Redirect to`), a query's search page to the collection it names.
/// Accepted synonym and redirect actions are marked pushed. Files go to `dir` (created when missing).
[[nodiscard]] Result<PushReport> pushSearch(Database& db, const QString& dir);

} // namespace flywheel::search
