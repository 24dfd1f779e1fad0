#pragma once

#include "Error.h"
#include "io/ColumnMapping.h"

#include <optional>
#include <string>
#include <vector>

namespace flywheel {

/// The column mappings an owner saved for one store, so a file layout mapped once is read the
/// same way every time it arrives. They live in a folder beside the store file
/// ("shop.flywheel" -> "shop-mappings/"), one ColumnMapping JSON per layout, named
/// "<format>-<layout key>.json": the same files `flywheel-cli import --mapping` reads. A layout is
/// recognised by its header: the column names, normalised as formats match them, in order.
/// Plain file access; any thread.
class SavedMappings {
public:
    explicit SavedMappings(const QString& storePath);

    [[nodiscard]] QString folder() const { return m_folder; }

    /// The mapping saved for files with `header`; nullopt when there is none. Fails when a saved
    /// mapping exists but cannot be read.
    [[nodiscard]] Result<std::optional<ColumnMapping>> find(const std::vector<std::string>& header) const;
    /// Saves `mapping` for files with `header`, replacing an earlier one for the same layout, and
    /// returns the file it was written to.
    [[nodiscard]] Result<QString> save(const std::vector<std::string>& header, const ColumnMapping& mapping) const;

    /// Short, stable key of a header layout.
    [[nodiscard]] static QString layoutKey(const std::vector<std::string>& header);

private:
    [[nodiscard]] QStringList filesFor(const QString& key) const;

    QString m_folder;
};

} // namespace flywheel
