#include "stages/merchandising/MerchandisingPush.h"

#include "flywheel/Recommendation.h"
#include "io/CsvWriter.h"
#include "io/FileNames.h"
#include "io/export/ProductUpdateFile.h"
#include "stages/content/ContentCatalog.h"
#include "stages/merchandising/MerchandisingQueries.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QRegularExpression>

#include <map>

namespace flywheel::merchandising {

namespace {
using namespace Qt::StringLiterals;

struct PushText {
    Q_DECLARE_TR_FUNCTIONS(MerchandisingPush)
};

struct AcceptedOrder {
    std::int64_t actionId = 0;
    std::int64_t collectionId = 0;
    QString handle;
    QString title;
    QString platform;
    std::vector<RankRow> products;
};

struct Accepted {
    std::vector<AcceptedOrder> orders;
    std::map<std::int64_t, std::int64_t> features; ///< product id -> action id
};

std::optional<std::int64_t> subjectId(const QString& subjectKey, QStringView prefix)
{
    if (!subjectKey.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const std::int64_t id = subjectKey.mid(prefix.size()).toLongLong(&ok);
    return ok ? std::optional(id) : std::nullopt;
}

Result<Accepted> readAccepted(Database& db, PushReport& report)
{
    auto actions = RecommendationQueue(db).list(u"merchandising"_s);
    if (!actions)
        return std::unexpected(actions.error());
    auto collection = db.prepare("SELECT source_key, title, platform FROM collections WHERE id = ?1");
    if (!collection)
        return std::unexpected(collection.error());
    Accepted accepted;
    for (const Recommendation& action : *actions) {
        if (action.status != u"accepted")
            continue;
        if (const auto productId = subjectId(action.subjectKey, u"product:"); productId && action.kind == u"feature") {
            accepted.features.emplace(*productId, action.id);
            continue;
        }
        const auto collectionId = subjectId(action.subjectKey, u"collection:");
        if (!collectionId || action.kind != u"collection-order")
            continue;
        auto ranks = readCollectionRanks(db, *collectionId);
        if (!ranks)
            return std::unexpected(ranks.error());
        collection->bind(1, *collectionId);
        auto found = collection->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found || ranks->empty()) {
            report.notes << PushText::tr("%1: the latest run no longer ranks this collection (it was removed or "
                                         "emptied); left out.")
                                .arg(action.title);
            collection->reset();
            continue;
        }
        accepted.orders.push_back({ action.id, *collectionId, collection->text(0), collection->text(1),
            collection->text(2), std::move(*ranks) });
        collection->reset();
    }
    return accepted;
}

/// A handle that is already a safe file-name part (a Shopify handle is), else the collection's id.
QString fileNamePart(const AcceptedOrder& order)
{
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9-]{0,59}$"_s);
    return slug.match(order.handle).hasMatch() ? order.handle : QString::number(order.collectionId);
}

CsvWriter::Options spreadsheetOptions()
{
    CsvWriter::Options options;
    options.crlf = true;
    options.byteOrderMark = true;
    options.neutraliseFormulas = true;
    return options;
}

Result<QString> writeGenericOrder(const AcceptedOrder& order, const QString& dir, const QString& date)
{
    const QString file = unusedFilePath(QDir(dir), u"collection-order-%1-%2"_s.arg(fileNamePart(order), date), u"csv"_s);
    auto csv = CsvWriter::open(file, spreadsheetOptions());
    if (!csv)
        return std::unexpected(csv.error());
    csv->writeRow({ "Collection handle", "Collection title", "Position", "Product handle", "Product title" });
    for (const RankRow& product : order.products)
        csv->writeRow(QStringList {
            order.handle, order.title, QString::number(product.suggestedPosition), product.handle, product.title });
    if (auto ok = csv->close(); !ok)
        return std::unexpected(ok.error());
    return file;
}

/// Matrixify's "Custom Collections" sheet as a CSV (the file name must hold "custom collections"):
/// Handle finds the collection, Command UPDATE leaves the rest of it alone, Sort Order "Manual" makes
/// the positions count, and one row per product gives "Product: Handle" its "Product: Position"
/// (1-based) with "Product: Command" MERGE, which keeps the product in the collection. These columns
/// follow Matrixify's published Custom Collections template; a smart (automated) collection's manual
/// order is not documented there, so a smart collection may need its order set by hand.
Result<QString> writeMatrixify(const std::vector<const AcceptedOrder*>& orders, const QString& dir, const QString& date)
{
    const QString file = unusedFilePath(QDir(dir), u"matrixify-custom-collections-%1"_s.arg(date), u"csv"_s);
    auto csv = CsvWriter::open(file, CsvWriter::pushedFile());
    if (!csv)
        return std::unexpected(csv.error());
    csv->writeRow({ "Handle", "Command", "Sort Order", "Product: Handle", "Product: Position", "Product: Command" });
    for (const AcceptedOrder* order : orders)
        for (const RankRow& product : order->products)
            csv->writeRow(QStringList { order->handle, u"UPDATE"_s, u"Manual"_s, product.handle,
                QString::number(product.suggestedPosition), u"MERGE"_s });
    if (auto ok = csv->close(); !ok)
        return std::unexpected(ok.error());
    return file;
}

/// The accepted features whose product the latest run still finds trending and in stock, each
/// with the tag added; the rest get a note.
Result<std::map<QString, std::vector<ProductUpdate>>> taggedProducts(
    Database& db, const Accepted& accepted, PushReport& report, std::vector<std::int64_t>& done)
{
    auto product = db.prepare(
        "SELECT p.platform, p.source_key, coalesce(p.handle, ''), p.title, coalesce(p.description_html, ''), "
        "coalesce(p.tags, ''), t.trend IN ('spike', 'rise') AND t.stock IN ('healthy', 'unknown') "
        "FROM products p LEFT JOIN merch_trends t ON t.subject = 'product' AND t.key = CAST(p.id AS TEXT) "
        "WHERE p.id = ?1");
    if (!product)
        return std::unexpected(product.error());
    const QString tag = QString::fromLatin1(kTrendingTag);
    std::map<QString, std::vector<ProductUpdate>> byPlatform;
    for (const auto& [productId, actionId] : accepted.features) {
        product->bind(1, productId);
        auto found = product->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found) {
            product->reset();
            continue; // removed by an undone import
        }
        const QString platform = product->text(0);
        ProductUpdate update;
        update.key = platform == u"shopify" && !product->text(2).isEmpty() ? product->text(2) : product->text(1);
        update.title = product->text(3);
        update.description = product->text(4);
        update.tags = content::splitTags(product->text(5));
        const bool stillTrending = product->int64(6) != 0;
        product->reset();
        if (!stillTrending) {
            report.notes << PushText::tr("“%1” was left out: the latest run no longer finds it trending, or finds it "
                                         "out of stock or nearly so. It stays accepted.")
                                .arg(update.title);
            continue;
        }
        if (platform != u"shopify" && platform != u"woocommerce") {
            report.notes << PushText::tr("“%1” was left out: Flywheel writes product files for Shopify and "
                                         "WooCommerce; this product came from %2.")
                                .arg(update.title, platform);
            continue;
        }
        done.push_back(actionId);
        const bool tagged = std::any_of(update.tags.begin(), update.tags.end(),
            [&](const QString& t) { return t.compare(tag, Qt::CaseInsensitive) == 0; });
        if (tagged)
            continue; // already carries it: nothing to write, the action is done
        update.tags << tag;
        update.tagsChanged = true;
        byPlatform[platform].push_back(std::move(update));
    }
    return byPlatform;
}
} // namespace

Result<PushReport> pushMerchandising(Database& db, const QString& dir)
{
    PushReport report;
    auto accepted = readAccepted(db, report);
    if (!accepted)
        return std::unexpected(accepted.error());
    std::vector<std::int64_t> done;
    auto tagged = taggedProducts(db, *accepted, report, done);
    if (!tagged)
        return std::unexpected(tagged.error());
    if (accepted->orders.empty() && done.empty())
        return report;
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io,
            PushText::tr("Could not create the folder %1. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(dir)));

    const QString date = QDate::currentDate().toString(Qt::ISODate);
    std::vector<const AcceptedOrder*> forMatrixify;
    for (const AcceptedOrder& order : accepted->orders) {
        auto file = writeGenericOrder(order, dir, date);
        if (!file)
            return std::unexpected(file.error());
        report.files << *file;
        if (order.platform == u"woocommerce")
            report.notes << PushText::tr("%1: WooCommerce orders a category by each product's menu order; set it "
                                         "from the positions in the collection-order file.")
                                .arg(order.title);
        else
            forMatrixify.push_back(&order);
        done.push_back(order.actionId);
        ++report.products;
    }
    if (!forMatrixify.empty()) {
        auto file = writeMatrixify(forMatrixify, dir, date);
        if (!file)
            return std::unexpected(file.error());
        report.files << *file;
    }
    for (const auto& [platform, updates] : *tagged) {
        const QString file = unusedFilePath(QDir(dir), u"merchandising-%1-products-%2"_s.arg(platform, date), u"csv"_s);
        auto written = platform == u"shopify" ? writeShopifyProductUpdates(file, storeShopifyDialect(db), updates)
                                              : writeWooProductUpdates(file, updates);
        if (!written)
            return std::unexpected(written.error());
        report.files << file;
        report.products += int(updates.size());
    }
    if (auto ok = RecommendationQueue(db).setStatus(done, u"pushed"_s); !ok)
        return std::unexpected(ok.error());
    report.actions = int(done.size());
    return report;
}

} // namespace flywheel::merchandising
