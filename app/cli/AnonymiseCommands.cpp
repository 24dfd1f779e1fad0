#include "Commands.h"

#include "privacy/AnonymisedCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace flywheel::cli {

namespace {
struct AnonymiseCommandText {
    Q_DECLARE_TR_FUNCTIONS(AnonymiseCommands)
};
} // namespace

int runAnonymise(Invocation& call)
{
    const QString path = call.parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return reportError(call,
            Error { ErrorCode::InvalidArgument,
                AnonymiseCommandText::tr("Name the copy to write: flywheel-cli --db STORE anonymise --out "
                                         "FILE.flywheel"),
                {}, 0, {} });
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto copy = privacy::writeAnonymisedCopy(*db, path);
    if (!copy)
        return reportError(call, copy.error());
    if (call.json) {
        printJson(call,
            QJsonObject { { QStringLiteral("file"), copy->path }, { QStringLiteral("customers"), copy->customers },
                { QStringLiteral("messages"), copy->messages } });
    } else {
        call.out << AnonymiseCommandText::tr("Wrote %1: %n customer(s) and their messages anonymised.", nullptr,
                        int(copy->customers))
                        .arg(QDir::toNativeSeparators(copy->path))
                 << Qt::endl;
    }
    return Ok;
}

} // namespace flywheel::cli
