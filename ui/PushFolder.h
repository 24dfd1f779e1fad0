#pragma once

#include <QString>

namespace flywheel {

/// Where pushed files go: a folder beside the store named after it ("shop.flywheel" ->
/// "shop-push"), so the owner finds the files where the store lives.
[[nodiscard]] QString pushFolderFor(const QString& storePath);

} // namespace flywheel
