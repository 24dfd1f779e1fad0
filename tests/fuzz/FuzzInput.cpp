#include "FuzzInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace flywheel::fuzz {

QString writeInputFile(const std::uint8_t* data, std::size_t size)
{
    static const QString path
        = QDir::temp().filePath(QStringLiteral("flywheel-fuzz-%1.csv").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the fuzz input file");
    file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    return path;
}

} // namespace flywheel::fuzz
