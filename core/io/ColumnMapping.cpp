#include "io/ColumnMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace flywheel {

namespace {
struct MappingText {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

const QString kFormat = QStringLiteral("format");
const QString kColumns = QStringLiteral("columns");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kDecimal = QStringLiteral("decimal");
const QString kDateOrder = QStringLiteral("date_order");
} // namespace

std::vector<std::string> ColumnMapping::renamed(const std::vector<std::string>& header) const
{
    std::vector<std::string> names = header;
    for (std::string& name : names) {
        const auto renamedTo = columns.constFind(QString::fromStdString(name));
        if (renamedTo != columns.constEnd())
            name = renamedTo.value().toStdString();
    }
    return names;
}

Result<ColumnMapping> ColumnMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, MappingText::tr("Could not open the column mapping %1 (%2).").arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return fail(ErrorCode::InvalidArgument,
                    MappingText::tr("The column mapping %1 is not valid JSON (%2 at byte %3).")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonObject object = document.object();
    ColumnMapping mapping;
    mapping.format = object.value(kFormat).toString();
    const QJsonObject columns = object.value(kColumns).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        mapping.columns.insert(it.key(), it.value().toString());
    const QString delimiter = object.value(kDelimiter).toString();
    if (delimiter == QStringLiteral("\\t") || delimiter == QStringLiteral("tab"))
        mapping.delimiter = '\t';
    else if (delimiter.size() == 1 && delimiter.at(0).unicode() < 0x80)
        mapping.delimiter = static_cast<char>(delimiter.at(0).unicode());
    else if (!delimiter.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    MappingText::tr("The column mapping %1 names the delimiter \"%2\"; use one character such as "
                                    "\",\" or \";\", or \"tab\".")
                        .arg(path, delimiter));
    const QString decimal = object.value(kDecimal).toString();
    mapping.decimal = decimal == QStringLiteral("comma")   ? DecimalSeparator::Comma
                      : decimal == QStringLiteral("point") ? DecimalSeparator::Point
                                                           : DecimalSeparator::Auto;
    const QString order = object.value(kDateOrder).toString();
    mapping.dateOrder = order == QStringLiteral("dmy")   ? DateOrder::DayMonthYear
                        : order == QStringLiteral("mdy") ? DateOrder::MonthDayYear
                                                         : DateOrder::Auto;
    return mapping;
}

Result<void> ColumnMapping::save(const QString& path) const
{
    QJsonObject object;
    object.insert(kFormat, format);
    QJsonObject columnObject;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        columnObject.insert(it.key(), it.value());
    object.insert(kColumns, columnObject);
    if (delimiter == '\t')
        object.insert(kDelimiter, QStringLiteral("tab"));
    else if (delimiter)
        object.insert(kDelimiter, QString(QLatin1Char(delimiter)));
    if (decimal != DecimalSeparator::Auto)
        object.insert(kDecimal, decimal == DecimalSeparator::Comma ? QStringLiteral("comma") : QStringLiteral("point"));
    if (dateOrder != DateOrder::Auto)
        object.insert(kDateOrder, dateOrder == DateOrder::DayMonthYear ? QStringLiteral("dmy") : QStringLiteral("mdy"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, MappingText::tr("Could not save the column mapping to %1 (%2).").arg(path, file.errorString()));
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return fail(ErrorCode::Io, MappingText::tr("Could not save the column mapping to %1 (%2).").arg(path, file.errorString()));
    return {};
}

} // namespace flywheel
