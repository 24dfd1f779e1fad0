#pragma once

#include "io/ColumnMapping.h"

#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <expected>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flywheel::values {

// Readers for the cell values export files carry. Each returns std::nullopt for an empty cell
// and an error (a short translated reason, e.g. "expected a number") for text it cannot read.
template <typename T>
using Parsed = std::expected<std::optional<T>, QString>;

using DecimalSeparator = ColumnMapping::DecimalSeparator;
using DateOrder = ColumnMapping::DateOrder;

[[nodiscard]] std::string_view trim(std::string_view text);

/// Removes the apostrophe Excel and Shopify put before IDs, phones, zips and barcodes so that a
/// spreadsheet keeps them as text ("'0812" -> "0812").
[[nodiscard]] std::string_view stripTextGuard(std::string_view text);

/// True for what Excel makes of a long number it re-saved ("3.65275E+11"): the digits are lost.
[[nodiscard]] bool isExcelMangledNumber(std::string_view text);

/// Money as integer minor units ("1,234.50", "12,50", "$1 659.95", "-3.10" -> cents).
/// Auto reads "12,50" and "1.234,50" as decimal commas, "1,234" as thousands.
[[nodiscard]] Parsed<std::int64_t> minorUnits(std::string_view text, DecimalSeparator separator = DecimalSeparator::Auto,
                                              int decimals = 2);
/// A whole number; "3.0" is accepted, "3.5" is not.
[[nodiscard]] Parsed<std::int64_t> integer(std::string_view text);
/// A decimal number such as a weight.
[[nodiscard]] Parsed<double> decimal(std::string_view text, DecimalSeparator separator = DecimalSeparator::Auto);
/// true/false, yes/no, 1/0, y/n in any case.
[[nodiscard]] Parsed<bool> boolean(std::string_view text);
/// A timestamp in any of the platforms' forms ("2025-05-11 09:55:16 -0400", "2026-02-02T00:00:00",
/// "2024-05-01 0:00:00", "2025-05-11", "05/11/2025 9:55", "11.05.2025"), returned as UTC ISO-8601
/// "2025-05-11T13:55:16Z". Times without an offset are read in `zone`.
[[nodiscard]] Parsed<std::string> utcTimestamp(std::string_view text, const QTimeZone& zone,
                                               DateOrder order = DateOrder::Auto);

/// The minor units of a currency (JPY 0, KWD 3, most 2).
[[nodiscard]] int currencyDecimals(std::string_view currency);
/// An amount for a message or a file: "USD 1234.50" (the code, then the amount in its decimals).
[[nodiscard]] QString moneyText(std::int64_t minor, const QString& currency);
/// The amount alone, in the currency's decimals: "1234.50".
[[nodiscard]] QString amountText(std::int64_t minor, const QString& currency);

/// Numbers rounded to two decimals as a JSON array, "[1.5,2,0.33]", as QJsonArray writes the rounded
/// values (a value that is not finite is null). Written directly: a large catalog's forecasts are
/// millions of numbers, and building QJsonArrays of them took most of their writing time.
[[nodiscard]] QString hundredthsJsonArray(std::span<const double> numbers);
/// The array of numbers under `key` in a flat JSON object such as those ("{"mean":[1.5,null]}"; null
/// reads as NaN), read without building the document; nullopt when the key or a well-formed array
/// of numbers is not there.
[[nodiscard]] std::optional<std::vector<double>> jsonNumberArray(std::string_view json, std::string_view key);

} // namespace flywheel::values
