#pragma once

#include "Error.h"
#include "Progress.h"
#include "io/Import.h"
#include "store/Database.h"

#include <QList>
#include <QStringList>

namespace flywheel::demo {

enum class Scale {
    Small,  ///< ~200 products, ~5,000 order lines, 1 year
    Medium, ///< ~2,000 products, ~100,000 order lines, 2 years
    Large,  ///< ~50,000 variants, ~1,000,000 order lines, 3 years
};

[[nodiscard]] std::optional<Scale> scaleFromName(const QString& name);
/// "small", "medium" or "large": the name scaleFromName reads.
[[nodiscard]] QString scaleName(Scale scale);

struct DemoOptions {
    Scale scale = Scale::Small;
    quint64 seed = 42;
    /// Folder the export files and ground_truth.json are written to (created when missing).
    QString outDir;
};

struct DemoFiles {
    QStringList importOrder; ///< every written export file, in the order they should be imported
    QString groundTruth;     ///< path of ground_truth.json
};

/// Writes a believable apparel and outdoor store as the platforms' own export files, with planted
/// situations described in ground_truth.json. Deterministic for the same options on every platform.
[[nodiscard]] Result<DemoFiles> writeDemoFiles(const DemoOptions& options, Progress* progress = nullptr);

/// Writes the demo files and imports every file whose format the store can read, through the
/// normal import path. Also sets the store's currency and time zone.
[[nodiscard]] Result<QList<ImportReport>> createDemoStore(Database& db, const DemoOptions& options,
                                                          Progress* progress = nullptr);

} // namespace flywheel::demo
