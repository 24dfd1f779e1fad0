#include "AppSettings.h"

#include <QSettings>

namespace flywheel {

namespace {
const QString kLastStoreKey = QStringLiteral("stores/last");
} // namespace

QString AppSettings::lastStore()
{
    return QSettings().value(kLastStoreKey).toString();
}

void AppSettings::setLastStore(const QString& path)
{
    QSettings().setValue(kLastStoreKey, path);
}

} // namespace flywheel
