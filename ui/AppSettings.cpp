#include "AppSettings.h"

#include <QSettings>

namespace flywheel {

namespace {
const QString kLastStoreKey = QStringLiteral("stores/last");
const QString kLastImportFolderKey = QStringLiteral("import/lastFolder");
} // namespace

QString AppSettings::lastStore()
{
    return QSettings().value(kLastStoreKey).toString();
}

void AppSettings::setLastStore(const QString& path)
{
    QSettings().setValue(kLastStoreKey, path);
}

QString AppSettings::lastImportFolder()
{
    return QSettings().value(kLastImportFolderKey).toString();
}

void AppSettings::setLastImportFolder(const QString& folder)
{
    QSettings().setValue(kLastImportFolderKey, folder);
}

} // namespace flywheel
