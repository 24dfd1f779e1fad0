#include "io/FileNames.h"

#include <QFileInfo>

namespace flywheel {

namespace {
constexpr int kMaxPartLength = 60;
} // namespace

QString safeFileNamePart(const QString& text)
{
    QString safe;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            safe += c;
        else if (!safe.isEmpty() && !safe.endsWith(u'-'))
            safe += u'-';
    }
    safe.truncate(kMaxPartLength);
    while (safe.endsWith(u'-'))
        safe.chop(1);
    return safe;
}

QString unusedFilePath(const QDir& folder, const QString& stem, const QString& extension)
{
    QString path = folder.filePath(stem + u'.' + extension);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(extension));
    return path;
}

} // namespace flywheel
