#pragma once

#include <QDir>
#include <QString>

namespace flywheel {

/// Lower-case letters, digits and single hyphens taken from `text`, at most 60 characters: a part
/// of a file name built from the store's data (a vendor, a code) that cannot point into another
/// folder or start with a character a shell or spreadsheet treats specially. Empty when `text` has
/// no letter or digit.
[[nodiscard]] QString safeFileNamePart(const QString& text);

/// `folder/stem.extension`, or `stem-2`, `stem-3`, … when that name is taken: pushed files never
/// replace a file written before, which the owner may not have imported yet.
[[nodiscard]] QString unusedFilePath(const QDir& folder, const QString& stem, const QString& extension);

} // namespace flywheel
