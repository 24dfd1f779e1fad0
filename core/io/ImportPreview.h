#pragma once

#include "Error.h"
#include "io/ColumnMapping.h"
#include "io/Importer.h"

#include <QList>
#include <QStringList>

#include <string>
#include <vector>

// What the import wizard shows before anything is written: the first records of a file, how a
// format reads them, and a first guess at which column is which for a layout nothing detects.
namespace flywheel {

/// The header and first records of an export file, as the importer's reader splits them.
struct FileSample {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    /// True when the file has no records beyond `rows`.
    bool complete = false;
};

/// Reads the header and at most `maxRows` records; only those are read, however big the file.
/// Fails when the file cannot be opened or decoded.
[[nodiscard]] Result<FileSample> sampleFile(const QString& path, int maxRows);

/// A field's name for people: its main header as the platform writes it ("Email", "Total spent").
[[nodiscard]] QString fieldLabel(const FieldSpec& field);

/// The sample as `importer` will read it: one column per field the (mapped) header provides,
/// in the format's field order, with the cells it will get.
struct PreviewTable {
    QStringList columns;
    QList<QStringList> rows;
    /// Labels of required fields the header lacks; the import would refuse the file.
    QStringList missingRequired;
};
[[nodiscard]] PreviewTable previewAs(const Importer& importer, const FileSample& sample, const ColumnMapping* mapping);

/// For each of `fields`, the column of `header` most likely to hold it (-1 when none is close):
/// exact header names first, then names that contain each other or share most letters. Each
/// column goes to one field at most.
[[nodiscard]] std::vector<int> suggestColumns(
    const std::vector<FieldSpec>& fields, const std::vector<std::string>& header);

/// The mapping that makes `importer` read field `i` from column `columnOfField[i]` (-1 = none):
/// chosen columns are renamed to their field's header, and columns that would otherwise match a
/// field by name are renamed away so only the owner's choices count.
[[nodiscard]] ColumnMapping mappingFor(
    const Importer& importer, const std::vector<std::string>& header, const std::vector<int>& columnOfField);

/// The column chosen for each field of `importer` under `mapping` (-1 = none): the inverse of
/// mappingFor, used to show a saved mapping in the wizard.
[[nodiscard]] std::vector<int> columnsOf(
    const Importer& importer, const std::vector<std::string>& header, const ColumnMapping& mapping);

} // namespace flywheel
