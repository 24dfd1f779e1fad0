#include "io/Importer.h"

#include <QString>

namespace flywheel {

namespace {
constexpr qsizetype kMaxWarnings = 20;
}

void ImportContext::warn(const QString& message)
{
    if (warnings.size() < kMaxWarnings)
        warnings << message;
}

std::string_view Row::operator[](int field) const
{
    const int column = m_columnOfField[static_cast<size_t>(field)];
    if (column < 0 || static_cast<size_t>(column) >= m_cells.size())
        return {};
    return values::trim(m_cells[static_cast<size_t>(column)]);
}

QString Row::columnName(int field) const
{
    const int column = m_columnOfField[static_cast<size_t>(field)];
    if (column < 0)
        return {};
    return QString::fromStdString(m_header[static_cast<size_t>(column)]);
}

RowReject Row::reject(int field, const QString& reason) const
{
    return RowReject{reason, columnName(field)};
}

template <typename T>
Cell<T> Row::wrap(int field, values::Parsed<T> parsed) const
{
    if (!parsed) {
        const QString cell = QString::fromUtf8((*this)[field].data(), static_cast<qsizetype>((*this)[field].size()));
        return std::unexpected(reject(field, tr("\"%1\" %2").arg(cell, parsed.error())));
    }
    return std::move(*parsed);
}

Cell<std::int64_t> Row::money(int field, int decimals) const
{
    return wrap(field, values::minorUnits((*this)[field], m_context.decimal, decimals));
}

Cell<std::int64_t> Row::integer(int field) const
{
    return wrap(field, values::integer((*this)[field]));
}

Cell<double> Row::decimal(int field) const
{
    return wrap(field, values::decimal((*this)[field], m_context.decimal));
}

Cell<bool> Row::boolean(int field) const
{
    return wrap(field, values::boolean((*this)[field]));
}

Cell<std::string> Row::timestamp(int field) const
{
    return wrap(field, values::utcTimestamp((*this)[field], m_context.zone, m_context.dateOrder));
}

std::string normaliseHeader(std::string_view header)
{
    const QString folded = QString::fromUtf8(header.data(), static_cast<qsizetype>(header.size())).simplified().toLower();
    return folded.toStdString();
}

std::vector<int> matchFields(const std::vector<FieldSpec>& fields, const std::vector<std::string>& header)
{
    std::vector<std::string> normalised;
    normalised.reserve(header.size());
    for (const std::string& name : header)
        normalised.push_back(normaliseHeader(name));
    std::vector<int> columnOfField(fields.size(), -1);
    for (const FieldSpec& field : fields) {
        // Earlier aliases win, so the current dialect's name beats a legacy one present in the same file.
        for (std::string_view alias : field.headers) {
            for (size_t column = 0; column < normalised.size(); ++column) {
                if (normalised[column] == alias) {
                    columnOfField[static_cast<size_t>(field.id)] = static_cast<int>(column);
                    break;
                }
            }
            if (columnOfField[static_cast<size_t>(field.id)] >= 0)
                break;
        }
    }
    return columnOfField;
}

std::unique_ptr<Importer> createImporter(std::string_view name)
{
    for (const FormatEntry& entry : importFormats())
        if (entry.name == name)
            return entry.create();
    return nullptr;
}

} // namespace flywheel
