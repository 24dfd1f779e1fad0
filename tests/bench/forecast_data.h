#pragma once

// The public data sets the forecasting report scores on: a CSV reader that finds columns by
// header name, and the weekly retail demand sets with their held-out weeks.
#include "forecast/Series.h"
#include "io/CsvReader.h"

#include <QStringList>
#include <QTextStream>

#include <string_view>
#include <vector>

namespace report {

QTextStream& out();
double number(std::string_view text);
QString fromUtf8(std::string_view text);

/// Calls `row(fields)` for each record of a CSV file, with columns found by header name.
template <typename Row> bool readCsv(const QString& path, const QStringList& columns, Row row)
{
    auto reader = flywheel::CsvReader::open(path);
    if (!reader) {
        out() << "  cannot read " << path << ": " << reader.error().describe() << Qt::endl;
        return false;
    }
    std::vector<size_t> indices;
    for (const QString& column : columns) {
        const auto& header = reader->header();
        const auto found = std::find(header.begin(), header.end(), column.toStdString());
        if (found == header.end()) {
            out() << "  " << path << " has no column " << column << Qt::endl;
            return false;
        }
        indices.push_back(size_t(found - header.begin()));
    }
    std::vector<std::string_view> fields(indices.size());
    while (true) {
        auto more = reader->next();
        if (!more || !*more)
            return bool(more);
        for (size_t i = 0; i < indices.size(); ++i)
            fields[i] = indices[i] < reader->fields().size() ? reader->fields()[indices[i]] : std::string_view();
        row(fields);
    }
}

/// Weekly demand histories (oldest first, all ending on the same week), the weeks held out after
/// each, and the product category each belongs to. Histories are in key order, so a sample taken
/// by position is the same in every run.
struct RetailSet {
    QString description; ///< what one series is, the data's last day, how many weeks are held out
    std::vector<flywheel::forecast::Series> histories;
    std::vector<std::vector<double>> holdouts;
    std::vector<int> groups; ///< per history, an index into groupNames
    QStringList groupNames;
};

/// UCI Online Retail (both files), weekly orders per StockCode without cancellations; the
/// category is the first three digits of the StockCode (the shop numbers related products alike).
/// Empty when the files cannot be read.
[[nodiscard]] RetailSet loadUciRetail(const QString& shared, int holdout);

/// dunnhumby "Breakfast at the Frat": weekly units per store and UPC; the category is the UPC's
/// category in products.csv. Empty when the files cannot be read.
[[nodiscard]] RetailSet loadDunnhumby(const QString& shared, int holdout);

} // namespace report
