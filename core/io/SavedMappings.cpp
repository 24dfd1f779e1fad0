#include "io/SavedMappings.h"

#include "io/Importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace flywheel {

namespace {
struct SavedMappingsText {
    Q_DECLARE_TR_FUNCTIONS(SavedMappings)
};

/// Hex digits of the header hash kept in file names: enough to tell a store's layouts apart.
constexpr qsizetype kKeyLength = 12;
} // namespace

SavedMappings::SavedMappings(const QString& storePath)
{
    const QFileInfo store(storePath);
    m_folder = store.absoluteDir().filePath(store.completeBaseName() + QStringLiteral("-mappings"));
}

QString SavedMappings::layoutKey(const std::vector<std::string>& header)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string& name : header) {
        const std::string normalised = normaliseHeader(name);
        hash.addData(QByteArrayView(normalised.data(), static_cast<qsizetype>(normalised.size())));
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex().left(kKeyLength));
}

QStringList SavedMappings::filesFor(const QString& key) const
{
    const QDir folder(m_folder);
    QStringList files;
    for (const QString& name : folder.entryList({ QStringLiteral("*-%1.json").arg(key) }, QDir::Files, QDir::Name))
        files << folder.filePath(name);
    return files;
}

Result<std::optional<ColumnMapping>> SavedMappings::find(const std::vector<std::string>& header) const
{
    const QStringList files = filesFor(layoutKey(header));
    if (files.isEmpty())
        return std::optional<ColumnMapping>();
    auto mapping = ColumnMapping::load(files.constFirst());
    if (!mapping)
        return std::unexpected(mapping.error());
    return std::optional<ColumnMapping>(std::move(*mapping));
}

Result<QString> SavedMappings::save(const std::vector<std::string>& header, const ColumnMapping& mapping) const
{
    if (!QDir().mkpath(m_folder))
        return fail(ErrorCode::Io,
            SavedMappingsText::tr("Could not create the folder %1 for saved column mappings. "
                                  "Check that the store's folder can be written to.")
                .arg(QDir::toNativeSeparators(m_folder)));
    const QString key = layoutKey(header);
    const QString path = QDir(m_folder).filePath(QStringLiteral("%1-%2.json").arg(mapping.format, key));
    if (auto saved = mapping.save(path); !saved)
        return std::unexpected(saved.error());
    // A layout has one mapping: an earlier one saved under another format goes.
    for (const QString& earlier : filesFor(key))
        if (earlier != path)
            QFile::remove(earlier);
    return path;
}

} // namespace flywheel
