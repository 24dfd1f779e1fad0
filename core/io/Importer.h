#pragma once

#include "Error.h"
#include "io/TableWriter.h"
#include "io/Values.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flywheel {

/// One column an importer understands, with every header name it goes by (dialects, renamed
/// columns, translated admin languages). Matching ignores case and surrounding spaces.
struct FieldSpec {
    int id;
    std::vector<std::string_view> headers;
    bool required = false;
};

/// Everything an importer needs to know about the file and the store while it runs.
struct ImportContext {
    explicit ImportContext(Database& database) : db(database) {}

    Database& db;
    std::int64_t batchId = 0;
    QString currency;       ///< the store's currency, for files that carry none
    QTimeZone zone;         ///< the store's time zone, for timestamps without an offset
    QDate asOf;             ///< the day inventory levels were read
    values::DecimalSeparator decimal = values::DecimalSeparator::Auto;
    values::DateOrder dateOrder = values::DateOrder::Auto;
    QStringList warnings;   ///< file-level findings for the owner (capped by the caller)

    void warn(const QString& message);
};

/// A row the importer skips, with the reason the owner reads in the rejects file.
struct RowReject {
    QString reason;
    QString column;
};

/// A cell read with a values:: reader: the value (nullopt when empty), or a reject naming the column.
template <typename T>
using Cell = std::expected<std::optional<T>, RowReject>;

/// One record of the file, read through the importer's fields. `header` is the file's own, as
/// written: rejects name a column the way the owner sees it in the file, even under a mapping.
class Row {
    Q_DECLARE_TR_FUNCTIONS(Row)
public:
    Row(std::span<const std::string_view> cells, const std::vector<std::string>& header,
        const std::vector<int>& columnOfField, const ImportContext& context, qint64 line)
        : m_cells(cells), m_header(header), m_columnOfField(columnOfField), m_context(context), m_line(line)
    {
    }
    /// The cell of `field`, trimmed; empty when the file has no such column.
    [[nodiscard]] std::string_view operator[](int field) const;
    /// The cell with Excel's leading-apostrophe text guard removed (IDs, phones, zips, barcodes).
    [[nodiscard]] std::string_view identifier(int field) const { return values::stripTextGuard((*this)[field]); }
    [[nodiscard]] qint64 line() const { return m_line; }
    [[nodiscard]] std::span<const std::string_view> cells() const { return m_cells; }

    [[nodiscard]] Cell<std::int64_t> money(int field, int decimals = 2) const;
    [[nodiscard]] Cell<std::int64_t> integer(int field) const;
    [[nodiscard]] Cell<double> decimal(int field) const;
    [[nodiscard]] Cell<bool> boolean(int field) const;
    [[nodiscard]] Cell<std::string> timestamp(int field) const;
    [[nodiscard]] RowReject reject(int field, const QString& reason) const;
    /// The header the file uses for `field`.
    [[nodiscard]] QString columnName(int field) const;

private:
    template <typename T>
    Cell<T> wrap(int field, values::Parsed<T> parsed) const;

    std::span<const std::string_view> m_cells;
    const std::vector<std::string>& m_header;
    const std::vector<int>& m_columnOfField;
    const ImportContext& m_context;
    qint64 m_line;
};

/// Per-row result: a database failure aborts the whole import (outer error), a reject skips the row.
using RowResult = Result<std::expected<WriteOutcome, RowReject>>;

/// What an importer reads from a row before it touches the store (its own subclass), made on the
/// reading thread ahead of the writing one.
struct ParsedRow {
    virtual ~ParsedRow() = default;
};

/// One platform export format. An importer is created per file and sees its rows in order.
class Importer {
public:
    virtual ~Importer() = default;

    /// Stable machine name, e.g. "shopify-orders".
    [[nodiscard]] virtual std::string_view name() const = 0;
    [[nodiscard]] virtual std::string_view platform() const = 0;
    /// What the format is, for people ("Shopify orders export").
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual const std::vector<FieldSpec>& fields() const = 0;
    /// Columns beyond the named fields the format can use (e.g. one column per location).
    virtual void setHeader(const std::vector<std::string>& /*header*/, const std::vector<int>& /*columnOfField*/) {}

    /// Called once, inside the import transaction, before the first row.
    [[nodiscard]] virtual Result<void> begin(ImportContext& context) = 0;
    /// Reads a row's values without the store, on the reading thread, rows in file order; the
    /// result comes back to importRow. Importers whose rows are cheap to read keep the default.
    [[nodiscard]] virtual std::unique_ptr<ParsedRow> parse(const Row& /*row*/) { return nullptr; }
    /// Writes one row; `parsed` is what parse() made of it (null by default).
    [[nodiscard]] virtual RowResult importRow(const Row& row, ParsedRow* parsed, ImportContext& context) = 0;
    /// Called once after the last row, still inside the transaction.
    [[nodiscard]] virtual Result<void> finish(ImportContext& /*context*/) { return {}; }
};

/// Every format the store reads, for detection, `--format` and `flywheel-cli formats`.
struct FormatEntry {
    std::string_view name;
    std::unique_ptr<Importer> (*create)();
};
[[nodiscard]] std::span<const FormatEntry> importFormats();
[[nodiscard]] std::unique_ptr<Importer> createImporter(std::string_view name);

/// Lower-cases, trims and folds runs of spaces, so headers compare as people read them.
[[nodiscard]] std::string normaliseHeader(std::string_view header);

/// Column index of each field in `header` (-1 when absent).
[[nodiscard]] std::vector<int> matchFields(const std::vector<FieldSpec>& fields, const std::vector<std::string>& header);

} // namespace flywheel
