#include "Commands.h"

#include "report/WeeklyReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace flywheel::cli {

namespace {
struct ReportCommandText {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};
} // namespace

int runReport(Invocation& call)
{
    const QString path = call.parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return reportError(call,
            Error { ErrorCode::InvalidArgument,
                ReportCommandText::tr("Name the report file: flywheel-cli --db STORE report --out "
                                      "FILE.html (a web page) or --out FILE.pdf."),
                {}, 0, {} });
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    if (auto written = report::writeReport(*db, path); !written)
        return reportError(call, written.error());
    const QString file = QFileInfo(path).absoluteFilePath();
    if (call.json)
        printJson(call, QJsonObject { { QStringLiteral("file"), file } });
    else
        call.out << QDir::toNativeSeparators(file) << Qt::endl;
    return Ok;
}

} // namespace flywheel::cli
