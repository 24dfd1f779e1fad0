#include "io/formats/SharedFields.h"

namespace flywheel::formats {

FieldSlots::FieldSlots(const std::vector<FieldSpec>& layout, int sharedCount)
    : m_fields(layout)
    , m_slot(static_cast<size_t>(sharedCount), -1)
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        m_slot[static_cast<size_t>(m_fields[i].id)] = static_cast<int>(i);
        m_fields[i].id = static_cast<int>(i);
    }
}

bool FieldSlots::inFile(int shared, const std::vector<int>& columnOfField) const
{
    const int slot = (*this)[shared];
    return slot >= 0 && columnOfField[static_cast<size_t>(slot)] >= 0;
}

bool SharedRow::has(int field) const
{
    return m_slots.inFile(field, m_columnOfField);
}

std::string_view SharedRow::operator[](int field) const
{
    return has(field) ? m_row[m_slots[field]] : std::string_view {};
}

std::string_view SharedRow::identifier(int field) const
{
    return has(field) ? m_row.identifier(m_slots[field]) : std::string_view {};
}

std::string_view SharedRow::raw(int field) const
{
    if (!has(field))
        return {};
    const auto column = static_cast<size_t>(m_columnOfField[static_cast<size_t>(m_slots[field])]);
    return column < m_row.cells().size() ? m_row.cells()[column] : std::string_view {};
}

Cell<std::int64_t> SharedRow::integer(int field) const
{
    return has(field) ? m_row.integer(m_slots[field]) : Cell<std::int64_t> { std::nullopt };
}

Cell<std::string> SharedRow::timestamp(int field) const
{
    return has(field) ? m_row.timestamp(m_slots[field]) : Cell<std::string> { std::nullopt };
}

RowReject SharedRow::reject(int field, const QString& reason) const
{
    return m_slots[field] >= 0 ? m_row.reject(m_slots[field], reason) : RowReject { reason, {} };
}

} // namespace flywheel::formats
