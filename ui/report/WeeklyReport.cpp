#include "report/WeeklyReport.h"

#include "report/ReportData.h"
#include "report/ReportHtml.h"
#include "report/ReportPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace flywheel::report {

namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

/// The page as one file: each chart inline as a PNG data: URI, so it opens anywhere, mailed or moved.
QString selfContainedHtml(const ReportData& data, const ReportOptions& options)
{
    return composeReportHtml(data, options, [](const QImage& chart) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart.save(&buffer, "PNG");
        return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    });
}
} // namespace

Result<QString> reportHtml(Database& db, const ReportOptions& options)
{
    auto data = loadReportData(db);
    if (!data)
        return std::unexpected(data.error());
    return selfContainedHtml(*data, options);
}

Result<void> writeReport(Database& db, const QString& path, const ReportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == u"pdf"_s;
    if (!pdf && suffix != u"html"_s && suffix != u"htm"_s)
        return fail(ErrorCode::InvalidArgument,
            ReportText::tr("The report is written as a web page or a PDF, and \"%1\" is neither: end the file name "
                           "with .html or .pdf.")
                .arg(QFileInfo(path).fileName()));
    auto data = loadReportData(db);
    if (!data)
        return std::unexpected(data.error());

    // Written beside the target and renamed at the end, so a failed write leaves any older report intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            ReportText::tr("Could not write the report to %1: %2. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (pdf)
        printPdf(*data, options, file);
    else
        file.write(selfContainedHtml(*data, options).toUtf8());
    if (!file.commit())
        return fail(ErrorCode::Io,
            ReportText::tr("Could not write the report to %1: %2. Check that the disk has room and try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace flywheel::report
