#include "AppSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace flywheel {

namespace {
struct AppSettingsText {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

const QString kLastStoreKey = QStringLiteral("stores/last");
const QString kLastImportFolderKey = QStringLiteral("import/lastFolder");
const QString kRecentStoresKey = QStringLiteral("stores/recent");

QString preferenceKey(const settings::SettingInfo& info)
{
    return QStringLiteral("preferences/") + QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
}
} // namespace

QVariant AppSettings::value(const settings::SettingInfo& info)
{
    Q_ASSERT(info.scope == settings::Scope::App);
    const QVariant stored = QSettings().value(preferenceKey(info));
    if (!stored.isValid())
        return info.defaultValue();
    return info.fromStored(stored.toString()).value_or(info.defaultValue());
}

Result<void> AppSettings::setValue(const settings::SettingInfo& info, const QVariant& value)
{
    Q_ASSERT(info.scope == settings::Scope::App);
    auto checked = info.check(value);
    if (!checked)
        return std::unexpected(checked.error());
    QSettings preferences;
    preferences.setValue(preferenceKey(info), info.toStored(*checked));
    preferences.sync();
    if (preferences.status() != QSettings::NoError)
        return fail(ErrorCode::Io, AppSettingsText::tr("Could not save your preferences to %1. Check that the folder can be "
                                               "written to.")
                                       .arg(preferences.fileName()));
    return {};
}

QString AppSettings::lastStore()
{
    return QSettings().value(kLastStoreKey).toString();
}

void AppSettings::setLastStore(const QString& path)
{
    QSettings settings;
    settings.setValue(kLastStoreKey, path);
    QStringList recent = settings.value(kRecentStoresKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentStoresKey, recent.mid(0, kRecentStores));
}

QStringList AppSettings::recentStores()
{
    return QSettings().value(kRecentStoresKey).toStringList().mid(0, kRecentStores);
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
