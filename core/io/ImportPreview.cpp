#include "io/ImportPreview.h"

#include "io/CsvReader.h"
#include "io/Values.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace flywheel {

namespace {
/// Below this a guess is more likely wrong than right; the owner picks the column instead.
constexpr double kMinimumGuessScore = 0.6;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// Letters and digits only, lower case: "E-Mail Address" and "email address" become equal.
QString compact(const QString& text)
{
    QString letters;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            letters += c.toLower();
    return letters;
}

/// Sørensen–Dice coefficient of the letter pairs of two words: 1 for equal, 0 for nothing shared.
double letterPairSimilarity(const QString& a, const QString& b)
{
    if (a.size() < 2 || b.size() < 2)
        return 0;
    std::multiset<QStringView> pairs;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        pairs.insert(QStringView(a).mid(i, 2));
    int shared = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        const auto found = pairs.find(QStringView(b).mid(i, 2));
        if (found != pairs.end()) {
            ++shared;
            pairs.erase(found);
        }
    }
    return 2.0 * shared / static_cast<double>(a.size() - 1 + b.size() - 1);
}

/// How alike a field's header and a file's column name are, from 0 to 1.
double similarity(std::string_view alias, const std::string& column)
{
    if (normaliseHeader(column) == alias)
        return 1.0;
    const QString a = compact(fromView(alias));
    const QString c = compact(QString::fromStdString(column));
    if (a.isEmpty() || c.isEmpty())
        return 0;
    if (a == c)
        return 0.95;
    const qsizetype shorter = std::min(a.size(), c.size());
    if (shorter >= 3 && (a.contains(c) || c.contains(a)))
        return 0.6 + 0.3 * static_cast<double>(shorter) / static_cast<double>(std::max(a.size(), c.size()));
    return letterPairSimilarity(a, c);
}

bool matchesAnyField(const std::vector<FieldSpec>& fields, const std::string& column)
{
    const std::string name = normaliseHeader(column);
    return std::ranges::any_of(fields,
        [&name](const FieldSpec& field) { return std::ranges::find(field.headers, name) != field.headers.end(); });
}
} // namespace

Result<FileSample> sampleFile(const QString& path, int maxRows)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    FileSample sample;
    sample.header = reader->header();
    for (;;) {
        auto more = reader->next();
        if (!more)
            return std::unexpected(more.error());
        if (!*more) {
            sample.complete = true;
            break;
        }
        if (static_cast<int>(sample.rows.size()) == maxRows)
            break;
        sample.rows.emplace_back(reader->fields().begin(), reader->fields().end());
    }
    return sample;
}

QString fieldLabel(const FieldSpec& field)
{
    // Headers are kept normalised (lower case); people read them the way the platforms write them.
    static constexpr std::array kAbbreviations = { "id", "sku", "seo", "gtin", "upc", "ean", "isbn", "hs", "url" };
    QStringList words = fromView(field.headers.front()).split(u' ');
    for (QString& word : words) {
        if (std::ranges::any_of(kAbbreviations, [&word](const char* a) { return word == QLatin1String(a); }))
            word = word.toUpper();
    }
    QString label = words.join(u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

PreviewTable previewAs(const Importer& importer, const FileSample& sample, const ColumnMapping* mapping)
{
    const std::vector<std::string> header = mapping ? mapping->renamed(sample.header) : sample.header;
    const std::vector<int> columnOfField = matchFields(importer.fields(), header);
    PreviewTable table;
    std::vector<int> shown;
    for (const FieldSpec& field : importer.fields()) {
        const int column = columnOfField[static_cast<size_t>(field.id)];
        if (column >= 0) {
            table.columns << fieldLabel(field);
            shown.push_back(column);
        } else if (field.required) {
            table.missingRequired << fieldLabel(field);
        }
    }
    for (const std::vector<std::string>& cells : sample.rows) {
        QStringList row;
        for (int column : shown)
            row << (static_cast<size_t>(column) < cells.size()
                    ? fromView(values::trim(cells[static_cast<size_t>(column)]))
                    : QString());
        table.rows << row;
    }
    return table;
}

std::vector<int> suggestColumns(const std::vector<FieldSpec>& fields, const std::vector<std::string>& header)
{
    // Best pairs first; ties go to the earlier field and column, so the guess is stable.
    std::vector<std::tuple<double, int, int>> candidates; // score, field, column
    for (const FieldSpec& field : fields) {
        for (size_t column = 0; column < header.size(); ++column) {
            double best = 0;
            for (std::string_view alias : field.headers)
                best = std::max(best, similarity(alias, header[column]));
            if (best >= kMinimumGuessScore)
                candidates.emplace_back(best, field.id, static_cast<int>(column));
        }
    }
    std::ranges::stable_sort(candidates, [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    std::vector<int> columnOfField(fields.size(), -1);
    std::vector<bool> taken(header.size(), false);
    for (const auto& [score, field, column] : candidates) {
        if (columnOfField[static_cast<size_t>(field)] >= 0 || taken[static_cast<size_t>(column)])
            continue;
        columnOfField[static_cast<size_t>(field)] = column;
        taken[static_cast<size_t>(column)] = true;
    }
    return columnOfField;
}

ColumnMapping mappingFor(
    const Importer& importer, const std::vector<std::string>& header, const std::vector<int>& columnOfField)
{
    ColumnMapping mapping;
    mapping.format = fromView(importer.name());
    std::vector<bool> chosen(header.size(), false);
    for (const FieldSpec& field : importer.fields()) {
        const int column = columnOfField[static_cast<size_t>(field.id)];
        if (column < 0 || static_cast<size_t>(column) >= header.size())
            continue;
        chosen[static_cast<size_t>(column)] = true;
        mapping.columns.insert(QString::fromStdString(header[static_cast<size_t>(column)]), fieldLabel(field));
    }
    for (size_t column = 0; column < header.size(); ++column) {
        if (!chosen[column] && matchesAnyField(importer.fields(), header[column])) {
            const QString name = QString::fromStdString(header[column]);
            mapping.columns.insert(name, name + QStringLiteral(" (not used)"));
        }
    }
    return mapping;
}

std::vector<int> columnsOf(
    const Importer& importer, const std::vector<std::string>& header, const ColumnMapping& mapping)
{
    return matchFields(importer.fields(), mapping.renamed(header));
}

} // namespace flywheel
