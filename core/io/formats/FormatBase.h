#pragma once

#include "io/Importer.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <unordered_map>

namespace flywheel::formats {

/// Field id for values an importer derives itself (keys, links, fallbacks): always written.
inline constexpr int kDerived = -1;

/// What the format importers share: the header's field positions and small value helpers.
class FormatBase : public Importer {
public:
    void setHeader(const std::vector<std::string>& header, const std::vector<int>& columnOfField) override
    {
        m_header = header;
        m_columnOfField = columnOfField;
    }

protected:
    /// Which of these fields the file carries, in order, for TableWriter's `present` list.
    [[nodiscard]] std::vector<bool> presence(std::initializer_list<int> fields) const
    {
        std::vector<bool> present;
        for (int field : fields)
            present.push_back(field == kDerived || m_columnOfField[static_cast<size_t>(field)] >= 0);
        return present;
    }
    [[nodiscard]] bool has(int field) const { return m_columnOfField[static_cast<size_t>(field)] >= 0; }

    std::vector<std::string> m_header;
    std::vector<int> m_columnOfField;
};

/// Lets maps keyed by std::string be searched with a string_view, without a copy per lookup.
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// Text for SQL: an empty cell is NULL. The value only views the text, which must outlive it.
[[nodiscard]] inline SqlValue text(std::string_view cell)
{
    return cell.empty() ? SqlValue{} : SqlValue{cell};
}
/// A temporary string would be gone before the value is written: keep it in a variable first.
SqlValue text(std::string&&) = delete;

template <typename T>
[[nodiscard]] SqlValue optional(const std::optional<T>& value)
{
    if (!value)
        return SqlValue{};
    if constexpr (std::is_same_v<T, bool>)
        return SqlValue{std::int64_t(*value ? 1 : 0)};
    else if constexpr (std::is_same_v<T, std::string>)
        return SqlValue{std::string_view(*value)};
    else
        return SqlValue{*value};
}
/// As text(): the value would view a temporary that is gone before it is written.
template <typename T>
SqlValue optional(std::optional<T>&&) = delete;

/// The strongest of two row outcomes: a row that inserted anything counts as inserted.
[[nodiscard]] inline WriteOutcome strongest(WriteOutcome a, WriteOutcome b)
{
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

/// ASCII lower-casing for keys such as e-mail addresses.
[[nodiscard]] inline std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

[[nodiscard]] inline RowResult rejectRow(RowReject reject)
{
    return RowResult(std::in_place, std::unexpected(std::move(reject)));
}

[[nodiscard]] inline RowResult accepted(WriteOutcome outcome)
{
    return RowResult(std::in_place, outcome);
}

/// The trimmed, non-empty items of a list in one cell: "SUMMER20, VIP" -> {"SUMMER20", "VIP"}.
/// A separator preceded by a backslash belongs to the item (WooCommerce writes "a\, b" for "a, b").
[[nodiscard]] inline std::vector<std::string_view> splitList(std::string_view list, std::string_view separator = ",")
{
    std::vector<std::string_view> items;
    size_t start = 0;
    while (start < list.size()) {
        size_t end = list.find(separator, start);
        while (end != std::string_view::npos && end > start && list[end - 1] == '\\')
            end = list.find(separator, end + 1);
        if (end == std::string_view::npos)
            end = list.size();
        const std::string_view item = values::trim(list.substr(start, end - start));
        if (!item.empty())
            items.push_back(item);
        start = end + separator.size();
    }
    return items;
}

/// "Ann Lee" -> {"Ann", "Lee"}, "Ann van Dyke" -> {"Ann", "van Dyke"}; a single word is the first name.
[[nodiscard]] inline std::pair<std::string_view, std::string_view> splitFullName(std::string_view fullName)
{
    fullName = values::trim(fullName);
    const size_t space = fullName.find(' ');
    if (space == std::string_view::npos)
        return {fullName, {}};
    return {fullName.substr(0, space), values::trim(fullName.substr(space))};
}

/// Unwraps a Cell into `target`, or makes the calling importRow reject the row.
#define FLYWHEEL_READ_CELL(target, expression)                                                                         \
    auto target##Cell = (expression);                                                                                  \
    if (!target##Cell)                                                                                                 \
        return rejectRow(std::move(target##Cell.error()));                                                             \
    auto target = std::move(*target##Cell)

/// Unwraps a database Result, or aborts the calling importRow with its error.
#define FLYWHEEL_TRY(target, expression)                                                                               \
    auto target##Result = (expression);                                                                                \
    if (!target##Result)                                                                                               \
        return std::unexpected(std::move(target##Result.error()));                                                     \
    auto target = *target##Result

} // namespace flywheel::formats
