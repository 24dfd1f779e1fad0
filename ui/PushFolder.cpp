#include "PushFolder.h"

#include "Dialogs.h"
#include "StoreTask.h"
#include "flywheel/Push.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace flywheel {

namespace {
struct PushText {
    Q_DECLARE_TR_FUNCTIONS(PushFolder)
};
} // namespace

QString pushFolderFor(const QString& storePath)
{
    const QFileInfo store(storePath);
    return store.dir().filePath(store.completeBaseName() + QStringLiteral("-push"));
}

void pushAndReport(QWidget* parent, const QString& storePath, const QString& title, const QString& nextStep,
    std::function<Result<PushReport>(Database&, const QString&)> push, std::function<void(const QString&)> done)
{
    const QString folder = pushFolderFor(storePath);
    runOnStore(
        parent, storePath, [folder, push = std::move(push)](Database& db) { return pushWithManifest(db, folder, push); },
        [parent, folder, title, nextStep, done = std::move(done)](const Result<PushReport>& report) {
            if (!report) {
                const QString message = report.error().describe();
                Dialogs::critical(parent, title, message);
                done(message);
                return;
            }
            QStringList lines;
            lines << PushText::tr("%n file(s) written into %1:", nullptr, int(report->files.size()))
                         .arg(QDir::toNativeSeparators(folder));
            for (const QString& path : report->files)
                lines << QStringLiteral("  ") + QDir::toNativeSeparators(path);
            if (!report->files.isEmpty())
                lines << nextStep;
            lines << report->notes;
            const QString message = lines.join(u'\n');
            Dialogs::information(parent, title, message);
            done(message);
        });
}

} // namespace flywheel
