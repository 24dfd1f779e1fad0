#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

/// Byte-level formatting for the export writers: a million order lines go through these, so they
/// append to reused std::strings instead of building QStrings.
namespace flywheel::demo::fmt {

void appendInt(std::string& out, qint64 value);
/// Integer zero-padded to `width` digits.
void appendPadded(std::string& out, qint64 value, int width);
/// Minor units as a plain decimal, the way Shopify writes money: 4900 -> "49.00".
void appendCents(std::string& out, qint64 cents);
[[nodiscard]] std::string cents(qint64 value);
[[nodiscard]] std::string integer(qint64 value);

/// Days since 1970-01-01 <-> civil date (proleptic Gregorian), without QDate in hot loops.
[[nodiscard]] qint64 epochDay(int year, int month, int day);
void civilFromEpochDay(qint64 epochDay, int& year, int& month, int& day);
/// "YYYY-MM-DD"
void appendDate(std::string& out, qint64 epochDay);
/// "HH:MM:SS"
void appendTime(std::string& out, int secondOfDay);
/// "-0400" from an offset in seconds east of UTC.
void appendOffset(std::string& out, int offsetSeconds, bool colon);

/// Lowercase ASCII words joined by dashes, as Shopify makes handles: "Men's Shell Jacket" ->
/// "mens-shell-jacket".
[[nodiscard]] std::string handleize(std::string_view text);
[[nodiscard]] std::string lower(std::string_view text);

/// Replaces every occurrence of `key` (a placeholder such as "{product}") in `text` with `value`.
void replaceAll(std::string& text, std::string_view key, std::string_view value);

} // namespace flywheel::demo::fmt
