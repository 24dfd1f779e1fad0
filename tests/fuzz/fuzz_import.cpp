// Format detection and every importer's row parser: arbitrary bytes imported into one store kept
// for the whole run, so later inputs also meet rows earlier ones left behind.
#include "FuzzInput.h"
#include "io/Import.h"
#include "store/Schema.h"

#include <QDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static flywheel::Database db = [] {
        auto store = flywheel::openStore(QStringLiteral(":memory:"));
        if (!store)
            qFatal("cannot create the store");
        return std::move(*store);
    }();
    flywheel::ImportOptions options;
    options.rejectsDir = QDir::temp().filePath(QStringLiteral("flywheel-fuzz-rejects"));
    const flywheel::ImportReport report = flywheel::importFile(db, flywheel::fuzz::writeInputFile(data, size), options);
    if (!report.rejectsFile.isEmpty())
        QFile::remove(report.rejectsFile);
    return 0;
}
