#include "PushFolder.h"

#include <QDir>
#include <QFileInfo>

namespace flywheel {

QString pushFolderFor(const QString& storePath)
{
    const QFileInfo store(storePath);
    return store.dir().filePath(store.completeBaseName() + QStringLiteral("-push"));
}

} // namespace flywheel
