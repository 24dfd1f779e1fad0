#pragma once

#include "io/Importer.h"

#include <string_view>
#include <vector>

namespace flywheel::formats {

/// Importers that read one kind of record from several platforms' exports (tickets from each help
/// desk, reviews from each review app) name its fields with one shared enum, and each layout lists
/// only the columns its export has. Importer::fields() wants ids 0..n-1, so a layout's fields are
/// numbered in order here and reached through their shared ids.
class FieldSlots {
public:
    FieldSlots(const std::vector<FieldSpec>& layout, int sharedCount);

    /// The layout's fields, numbered for Importer::fields().
    [[nodiscard]] const std::vector<FieldSpec>& fields() const { return m_fields; }
    /// The position of a shared field in fields(), or -1 when the layout has no such column.
    [[nodiscard]] int operator[](int shared) const { return m_slot[static_cast<size_t>(shared)]; }
    /// Whether a file whose header gave `columnOfField` (indexed like fields()) has the field.
    [[nodiscard]] bool inFile(int shared, const std::vector<int>& columnOfField) const;

private:
    std::vector<FieldSpec> m_fields;
    std::vector<int> m_slot;
};

/// A row read through shared field ids; a field the layout or the file lacks reads as empty.
class SharedRow {
public:
    SharedRow(const Row& row, const FieldSlots& fieldSlots, const std::vector<int>& columnOfField)
        : m_row(row)
        , m_slots(fieldSlots)
        , m_columnOfField(columnOfField)
    {
    }

    /// Whether the file has a column for the field.
    [[nodiscard]] bool has(int field) const;
    /// The cell, trimmed.
    [[nodiscard]] std::string_view operator[](int field) const;
    /// The cell without Excel's leading-apostrophe guard (ids, SKUs, order numbers).
    [[nodiscard]] std::string_view identifier(int field) const;
    /// The cell exactly as exported, surrounding spaces and line breaks included: message bodies
    /// are kept as the customer wrote them.
    [[nodiscard]] std::string_view raw(int field) const;
    [[nodiscard]] Cell<std::int64_t> integer(int field) const;
    [[nodiscard]] Cell<std::string> timestamp(int field) const;
    [[nodiscard]] RowReject reject(int field, const QString& reason) const;

private:
    const Row& m_row;
    const FieldSlots& m_slots;
    const std::vector<int>& m_columnOfField;
};

} // namespace flywheel::formats
