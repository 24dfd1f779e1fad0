#pragma once

#include "demo/PhaseProgress.h"
#include "demo/World.h"

namespace flywheel::demo {

/// Independent random streams, so each part of the store stays put when another part changes.
/// Later periods of an advanced store draw from streams of their own (see AdvanceStreams.h).
enum Stream : quint64 { CatalogStream = 1, OrdersStream, InventoryStream, TicketsStream, ReviewsStream, SearchStream };

/// How big a store each Scale is.
[[nodiscard]] ScaleSpec specFor(Scale scale);

/// The generated history's catalog, customers and orders for `options`, reporting progress from
/// `fromPermille` to `toPermille`: what writeDemoFiles writes, and what every later period of an
/// advanced demo store starts from (the same options give the same world).
[[nodiscard]] Result<World> buildHistory(
    const DemoOptions& options, PhaseProgress& phases, int fromPermille, int toPermille);

} // namespace flywheel::demo
