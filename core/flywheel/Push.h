#pragma once

#include "Error.h"
#include "flywheel/PushReport.h"
#include "store/Database.h"

#include <QStringList>

#include <functional>
#include <span>

namespace flywheel {

/// Writes files into a folder and returns what it wrote: one stage's push, or all of them.
using PushFunction = std::function<Result<PushReport>(Database&, const QString&)>;

/// The file in a push folder that lists every push made into it: when, which files, for which actions.
inline constexpr auto kPushManifest = "push-manifest.json";

/// Runs `push` into `dir`, then appends to the folder's manifest when it ran, the files it wrote and
/// the actions it marked pushed (id, stage, kind, subject, title).
[[nodiscard]] Result<PushReport> pushWithManifest(Database& db, const QString& dir, const PushFunction& push);

/// The stages whose actions are pushed as files, in the order a push writes them.
[[nodiscard]] QStringList pushableStages();

/// Writes every stage's accepted actions (or only `stages`' when given) as the files the store's
/// platforms take (Content: product files; Search: synonym lists and redirects; Merchandising:
/// collection orders and trending tags; Inventory: purchase orders per vendor; Promotions: discount
/// codes, audiences and email drafts) into `dir`, marks them pushed and records the push in the
/// folder's manifest. One report for all.
[[nodiscard]] Result<PushReport> pushAccepted(Database& db, const QString& dir, const QStringList& stages = {});

/// Pushes exactly `ids` (accepting those still new) as pushAccepted() does; other accepted actions
/// stay accepted for a later push. Fails, writing nothing, when an id is unknown, dismissed or
/// already pushed.
[[nodiscard]] Result<PushReport> pushActions(Database& db, const QString& dir, std::span<const std::int64_t> ids);

} // namespace flywheel
