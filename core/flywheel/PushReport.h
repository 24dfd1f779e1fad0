#pragma once

#include <QStringList>

namespace flywheel {

/// What a push wrote, and what it left out and why.
struct PushReport {
    QStringList files;
    int products = 0; ///< products (or other subjects) in the files
    int actions = 0; ///< accepted actions now marked pushed
    QStringList notes; ///< for the owner: actions left out and why
};

} // namespace flywheel
