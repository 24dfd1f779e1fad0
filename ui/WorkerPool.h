#pragma once

#include <QThreadPool>

namespace flywheel {

/// The threads that read and write stores for the window: opening, overviews, pages, decisions and
/// the pipeline. Kept apart from QThreadPool::globalInstance() because Qt's own painting hands
/// work to the global pool and waits for it; long store work there would freeze the window.
[[nodiscard]] QThreadPool* storeWorkers();

} // namespace flywheel
