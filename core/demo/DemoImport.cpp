#include "demo/DemoStore.h"

#include "demo/Calendar.h"
#include "demo/DemoSettings.h"
#include "demo/ImportFiles.h"
#include "store/StoreSettings.h"

#include <QFileInfo>

namespace flywheel::demo {

namespace {
struct DemoImportText {
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
};

constexpr qint64 kWritingPermille = 300;

/// What later periods of the store are generated from (see advanceDemoStore).
Result<void> recordDemoSettings(Database& db, const DemoOptions& options)
{
    if (auto ok = StoreSettings::set(db, demoScaleSetting, scaleName(options.scale)); !ok)
        return ok;
    if (auto ok = StoreSettings::set(db, demoSeedSetting, QString::number(options.seed)); !ok)
        return ok;
    return StoreSettings::set(db, advancedWeeksSetting, 0);
}
} // namespace

Result<QList<ImportReport>> importDemoFiles(Database& db, const QStringList& files, const ImportOptions& options,
                                            Progress* progress, qint64 fromPermille)
{
    qint64 totalBytes = 0;
    for (const QString& path : files)
        totalBytes += QFileInfo(path).size();
    QList<ImportReport> reports;
    qint64 doneBytes = 0;
    for (const QString& path : files) {
        if (progress && progress->cancelled())
            return fail(ErrorCode::Cancelled, DemoImportText::tr("Importing the demo store's files was cancelled."));
        const qint64 size = QFileInfo(path).size();
        const qint64 span = 1000 - fromPermille;
        SliceProgress slice(progress, fromPermille + span * doneBytes / std::max<qint64>(totalBytes, 1),
                            fromPermille + span * (doneBytes + size) / std::max<qint64>(totalBytes, 1));
        ImportReport report = importFile(db, path, options, &slice);
        doneBytes += size;
        if (report.error)
            return std::unexpected(*report.error);
        reports.append(std::move(report));
    }
    if (progress)
        progress->report(1000, 1000);
    return reports;
}

Result<QList<ImportReport>> createDemoStore(Database& db, const DemoOptions& options, Progress* progress)
{
    StoreSettings settings(db);
    if (auto ok = settings.setCurrency(QStringLiteral("USD")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = settings.setTimeZone(QTimeZone(QByteArrayLiteral("America/New_York"))); !ok)
        return std::unexpected(ok.error());
    if (auto ok = settings.setLanguage(QStringLiteral("en")); !ok)
        return std::unexpected(ok.error());

    SliceProgress writing(progress, 0, kWritingPermille);
    auto files = writeDemoFiles(options, &writing);
    if (!files)
        return std::unexpected(files.error());

    // Inventory levels are as of the last day of the history, not the day the files were written.
    ImportOptions importOptions;
    importOptions.asOf = QDate(Calendar::kEndYear, Calendar::kEndMonth, Calendar::kEndDay);
    auto reports = importDemoFiles(db, files->importOrder, importOptions, progress, kWritingPermille);
    if (!reports)
        return reports;
    if (auto ok = recordDemoSettings(db, options); !ok)
        return std::unexpected(ok.error());
    return reports;
}

} // namespace flywheel::demo
