#include "forecast/SalesFile.h"

#include "io/CsvReader.h"
#include "io/Values.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <array>

namespace flywheel::forecast {

namespace {
struct SalesFileText {
    Q_DECLARE_TR_FUNCTIONS(SalesFile)
};

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Index of the first header cell equal (ignoring case and spaces) to one of `names`, or -1.
int findColumn(const std::vector<std::string>& header, std::initializer_list<QStringView> names)
{
    for (size_t i = 0; i < header.size(); ++i) {
        const QString cell = fromView(values::trim(header[i]));
        for (const QStringView name : names)
            if (cell.compare(name, Qt::CaseInsensitive) == 0)
                return int(i);
    }
    return -1;
}
} // namespace

Result<SalesFile> readSalesFile(const QString& path)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const std::array<int, 3> columns = { findColumn(reader->header(), { u"date" }),
        findColumn(reader->header(), { u"sku" }), findColumn(reader->header(), { u"qty", u"quantity" }) };
    static const char* const names[] = { "date", "sku", "qty" };
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] < 0) {
            Error error { ErrorCode::Format,
                SalesFileText::tr("The sales file needs the columns date, sku and qty; \"%1\" is missing.")
                    .arg(QString::fromLatin1(names[c])),
                path, 1, QString::fromLatin1(names[c]) };
            return std::unexpected(error);
        }
    }
    SalesFile sales;
    const auto skip = [&](const QString& reason) {
        if (sales.skippedRows++ == 0)
            sales.firstSkip = SalesFileText::tr("line %1: %2").arg(reader->line()).arg(reason);
    };
    while (true) {
        auto more = reader->next();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        ++sales.rows;
        const auto& fields = reader->fields();
        const auto field = [&](size_t c) {
            return size_t(columns[c]) < fields.size() ? fields[size_t(columns[c])] : std::string_view();
        };
        const auto timestamp = values::utcTimestamp(field(0), QTimeZone::utc());
        const auto quantity = values::decimal(field(2));
        const QString sku = fromView(values::trim(field(1)));
        if (!timestamp || !*timestamp) {
            skip(timestamp ? SalesFileText::tr("no date") : timestamp.error());
            continue;
        }
        if (!quantity || !*quantity) {
            skip(quantity ? SalesFileText::tr("no quantity") : quantity.error());
            continue;
        }
        if (sku.isEmpty()) {
            skip(SalesFileText::tr("no SKU"));
            continue;
        }
        const QDate date = QDate::fromString(QString::fromLatin1((**timestamp).substr(0, 10)), Qt::ISODate);
        sales.bySku[sku].push_back({ date, **quantity });
        if (!sales.lastDay.isValid() || date > sales.lastDay)
            sales.lastDay = date;
    }
    if (sales.bySku.empty())
        return fail(
            ErrorCode::Format, SalesFileText::tr("%1 has no row with a readable date, SKU and quantity.").arg(path));
    return sales;
}

} // namespace flywheel::forecast
