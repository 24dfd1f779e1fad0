#pragma once

#include "Error.h"

#include <QHash>
#include <QString>

#include <string>
#include <vector>

namespace flywheel {

/// Maps an unknown file layout onto a known format: which of the file's columns carries which of
/// the format's headers, plus how to read its values. Saved as a small JSON file:
///
///     {"format": "shopify-customers",
///      "columns": {"E-mail address": "Email", "Given name": "First Name"},
///      "delimiter": ";", "decimal": "comma", "date_order": "dmy"}
///
/// Columns not named keep their own header. The desktop import wizard writes the same JSON.
struct ColumnMapping {
    enum class DecimalSeparator { Auto, Point, Comma };
    enum class DateOrder { Auto, DayMonthYear, MonthDayYear };

    QString format;
    QHash<QString, QString> columns; ///< file header -> format header
    char delimiter = 0;              ///< 0 = sniff
    DecimalSeparator decimal = DecimalSeparator::Auto;
    DateOrder dateOrder = DateOrder::Auto;

    /// `header` with this mapping's renames applied, as the format reads it.
    [[nodiscard]] std::vector<std::string> renamed(const std::vector<std::string>& header) const;

    [[nodiscard]] static Result<ColumnMapping> load(const QString& path);
    [[nodiscard]] Result<void> save(const QString& path) const;
};

} // namespace flywheel
