#include "forecast_data.h"

#include "forecast/Aggregation.h"

#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <charconv>
#include <cmath>
#include <map>

namespace report {

using namespace flywheel::forecast;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double number(std::string_view text)
{
    double value = std::nan("");
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

namespace {
/// Dated demand per series key, and the category of each key.
struct DemandByKey {
    std::map<QString, std::vector<DatedQuantity>> demand;
    std::map<QString, QString> category;
};

/// Weekly totals per key up to `lastDay`, the last `holdout` weeks held out. Keys with fewer than
/// two holdouts' worth of weeks, or without demand before the held-out weeks, are left out.
RetailSet weeklyHoldouts(const DemandByKey& data, QDate lastDay, int holdout)
{
    RetailSet set;
    std::map<QString, int> groupIndex;
    for (const auto& [key, demand] : data.demand) {
        auto weekly = aggregateByPeriod(demand, Frequency::Weekly, lastDay);
        if (!weekly || weekly->series.values.size() < size_t(2 * holdout))
            continue;
        const std::vector<double>& values = weekly->series.values;
        std::vector<double> history(values.begin(), values.end() - holdout);
        if (std::all_of(history.begin(), history.end(), [](double v) { return v == 0; }))
            continue;
        const auto category = data.category.find(key);
        const QString group = category == data.category.end() ? QStringLiteral("unknown") : category->second;
        const auto [found, added] = groupIndex.try_emplace(group, int(set.groupNames.size()));
        if (added)
            set.groupNames << group;
        set.groups.push_back(found->second);
        set.holdouts.emplace_back(values.end() - holdout, values.end());
        set.histories.push_back(Series { std::move(history), weekly->series.period });
    }
    return set;
}

/// Unzips a .csv.gz into the temporary folder; empty on failure.
QString gunzip(const QString& path, const QTemporaryDir& folder)
{
    const QString target = folder.filePath(QFileInfo(path).completeBaseName());
    QProcess gzip;
    gzip.setStandardOutputFile(target);
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-dc"), path });
    if (!gzip.waitForFinished(-1) || gzip.exitCode() != 0) {
        out() << "  cannot unzip " << path << " (needs gzip on the PATH)" << Qt::endl;
        return {};
    }
    return target;
}
} // namespace

RetailSet loadUciRetail(const QString& shared, int holdout)
{
    const QString folder = shared + QStringLiteral("/data/uci_online_retail");
    QTemporaryDir temporary;
    // The two files overlap from 2010-12-01; the older one is read up to that day.
    const QDate overlap(2010, 12, 1);
    DemandByKey data;
    QDate lastDay;
    for (const auto& [file, invoiceColumn] :
        { std::pair { QStringLiteral("online_retail_II_2009-2010.csv.gz"), QStringLiteral("Invoice") },
            std::pair { QStringLiteral("online_retail.csv.gz"), QStringLiteral("InvoiceNo") } }) {
        const QString csv = gunzip(folder + u'/' + file, temporary);
        const bool older = file.contains(QStringLiteral("_II_"));
        if (csv.isEmpty()
            || !readCsv(csv,
                { invoiceColumn, QStringLiteral("StockCode"), QStringLiteral("Quantity"),
                    QStringLiteral("InvoiceDate") },
                [&](const std::vector<std::string_view>& f) {
                    // Demand is what customers ordered: cancellations (invoice "C...") are not demand.
                    if (f[0].starts_with('C') || f[3].size() < 10)
                        return;
                    const QDate date = QDate::fromString(fromUtf8(f[3].substr(0, 10)), Qt::ISODate);
                    const double quantity = number(f[2]);
                    if (!date.isValid() || !(quantity > 0) || (older && date >= overlap))
                        return;
                    const QString code = fromUtf8(f[1]);
                    data.demand[code].push_back({ date, quantity });
                    data.category.try_emplace(code, code.left(3));
                    if (!lastDay.isValid() || date > lastDay)
                        lastDay = date;
                }))
            return {};
    }
    RetailSet set = weeklyHoldouts(data, lastDay, holdout);
    set.description = QStringLiteral("UCI Online Retail, weekly orders per StockCode without cancellations, data to "
                                     "%1, last %2 complete weeks held out")
                          .arg(lastDay.toString(Qt::ISODate))
                          .arg(holdout);
    return set;
}

RetailSet loadDunnhumby(const QString& shared, int holdout)
{
    const QString folder = shared + QStringLiteral("/data/dunnhumby_breakfast_at_the_frat");
    QHash<QString, QString> categoryOfUpc;
    if (!readCsv(folder + QStringLiteral("/products.csv"), { QStringLiteral("upc_id"), QStringLiteral("category") },
            [&](const std::vector<std::string_view>& f) { categoryOfUpc.insert(fromUtf8(f[0]), fromUtf8(f[1])); }))
        return {};
    DemandByKey data;
    QDate lastWeekEnd;
    if (!readCsv(folder + QStringLiteral("/transactions.csv"),
            { QStringLiteral("week_end_date"), QStringLiteral("store_id"), QStringLiteral("upc_id"),
                QStringLiteral("units") },
            [&](const std::vector<std::string_view>& f) {
                const QDate weekEnd = QDate::fromString(fromUtf8(f[0]), Qt::ISODate);
                const double units = number(f[3]);
                if (!weekEnd.isValid() || !std::isfinite(units))
                    return;
                const QString upc = fromUtf8(f[2]);
                const QString key = fromUtf8(f[1]) + u'/' + upc;
                data.demand[key].push_back({ weekEnd, units });
                data.category.try_emplace(key, categoryOfUpc.value(upc, QStringLiteral("unknown")));
                if (!lastWeekEnd.isValid() || weekEnd > lastWeekEnd)
                    lastWeekEnd = weekEnd;
            }))
        return {};
    // Each row is a whole week ending on its date, so the calendar week holding the last date is complete.
    const QDate lastDay = periodStart(lastWeekEnd, Frequency::Weekly).addDays(6);
    RetailSet set = weeklyHoldouts(data, lastDay, holdout);
    set.description = QStringLiteral("dunnhumby Breakfast at the Frat, weekly units per store and UPC, weeks to %1, "
                                     "last %2 weeks held out")
                          .arg(lastWeekEnd.toString(Qt::ISODate))
                          .arg(holdout);
    return set;
}

} // namespace report
