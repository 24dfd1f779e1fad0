#include "demo/DemoStore.h"

#include "demo/Calendar.h"
#include "store/StoreSettings.h"

#include <QFileInfo>

namespace flywheel::demo {

namespace {
struct DemoImportText {
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
};

/// Passes a part of the job's progress (one file's bytes) on as a slice of the whole, in permille.
class SliceProgress final : public Progress {
public:
    SliceProgress(Progress* outer, qint64 from, qint64 to) : m_outer(outer), m_from(from), m_to(to) {}

    void report(qint64 done, qint64 total) override
    {
        if (m_outer && total > 0)
            m_outer->report(m_from + (m_to - m_from) * std::min(done, total) / total, 1000);
    }
    [[nodiscard]] bool cancelled() const override { return m_outer && m_outer->cancelled(); }

private:
    Progress* m_outer;
    qint64 m_from;
    qint64 m_to;
};

constexpr qint64 kWritingPermille = 300;
} // namespace

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

    qint64 totalBytes = 0;
    for (const QString& path : files->importOrder)
        totalBytes += QFileInfo(path).size();
    // Inventory levels are as of the last day of the history, not the day the files were written.
    ImportOptions importOptions;
    importOptions.asOf = QDate(Calendar::kEndYear, Calendar::kEndMonth, Calendar::kEndDay);

    QList<ImportReport> reports;
    qint64 doneBytes = 0;
    for (const QString& path : files->importOrder) {
        if (progress && progress->cancelled())
            return fail(ErrorCode::Cancelled, DemoImportText::tr("Creating the demo store was cancelled."));
        const qint64 size = QFileInfo(path).size();
        const qint64 span = 1000 - kWritingPermille;
        SliceProgress slice(progress, kWritingPermille + span * doneBytes / std::max<qint64>(totalBytes, 1),
                            kWritingPermille + span * (doneBytes + size) / std::max<qint64>(totalBytes, 1));
        ImportReport report = importFile(db, path, importOptions, &slice);
        doneBytes += size;
        if (report.error)
            return std::unexpected(*report.error);
        reports.append(std::move(report));
    }
    if (progress)
        progress->report(1000, 1000);
    return reports;
}

} // namespace flywheel::demo
