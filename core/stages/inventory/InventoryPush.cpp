#include "stages/inventory/InventoryPush.h"

#include "flywheel/Recommendation.h"
#include "io/CsvWriter.h"
#include "io/FileNames.h"
#include "io/Values.h"
#include "stages/inventory/InventoryQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QMap>

namespace flywheel::inventory {

namespace {
struct PushText {
    Q_DECLARE_TR_FUNCTIONS(InventoryPush)
};

/// "Acme Outdoor Co." -> "acme-outdoor-co": a file-name part that is safe on every platform.
} // namespace

Result<PushReport> pushPurchaseOrders(Database& db, const QString& dir)
{
    auto reorders = readOpenReorders(db);
    if (!reorders)
        return std::unexpected(reorders.error());
    QMap<QString, std::vector<ReorderRow>> byVendor;
    PushReport report;
    std::vector<std::int64_t> pushed;
    for (ReorderRow& reorder : *reorders) {
        if (reorder.status != u"accepted")
            continue;
        if (reorder.quantity <= 0) {
            report.notes << PushText::tr("%1: no longer needs a reorder (the latest run found enough stock); "
                                         "left out.")
                                .arg(reorder.name);
            continue;
        }
        byVendor[reorder.vendor].push_back(std::move(reorder));
    }
    if (byVendor.isEmpty())
        return report;
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io,
            PushText::tr("Could not create the folder %1. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(dir)));

    const QString date = QDate::currentDate().toString(Qt::ISODate);
    CsvWriter::Options options;
    options.crlf = true;
    options.byteOrderMark = true;
    options.neutraliseFormulas = true;
    for (auto vendor = byVendor.cbegin(); vendor != byVendor.cend(); ++vendor) {
        const QString part = safeFileNamePart(vendor.key());
        const QString file = unusedFilePath(QDir(dir),
            QStringLiteral("purchase-order-%1-%2").arg(part.isEmpty() ? QStringLiteral("no-vendor") : part, date),
            QStringLiteral("csv"));
        auto csv = CsvWriter::open(file, options);
        if (!csv)
            return std::unexpected(csv.error());
        csv->writeRow({ "Vendor", "SKU", "Product", "Quantity", "Unit cost", "Line total", "Currency" });
        for (const ReorderRow& line : *vendor) {
            const QString cost
                = line.unitCostMinor ? values::amountText(*line.unitCostMinor, line.currency) : QString();
            const QString total = line.unitCostMinor
                ? values::amountText(*line.unitCostMinor * line.quantity, line.currency)
                : QString();
            csv->writeRow(QStringList {
                vendor.key(), line.sku, line.name, QString::number(line.quantity), cost, total, line.currency });
            pushed.push_back(line.actionId);
        }
        if (auto ok = csv->close(); !ok)
            return std::unexpected(ok.error());
        report.files << file;
    }
    report.products = int(pushed.size());
    RecommendationQueue queue(db);
    for (const std::int64_t id : pushed) {
        if (auto ok = queue.setStatus(id, QStringLiteral("pushed")); !ok)
            return std::unexpected(ok.error());
        ++report.actions;
    }
    return report;
}

} // namespace flywheel::inventory
