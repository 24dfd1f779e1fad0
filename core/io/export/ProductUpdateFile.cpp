#include "io/export/ProductUpdateFile.h"

#include "io/CsvWriter.h"
#include "io/CsvReader.h"
#include "io/Importer.h"
#include "store/Database.h"

#include <algorithm>

namespace flywheel {

namespace {
using namespace Qt::StringLiterals;

bool anyDescription(const std::vector<ProductUpdate>& updates)
{
    return std::any_of(updates.begin(), updates.end(), [](const ProductUpdate& u) { return u.descriptionChanged; });
}

bool anyTags(const std::vector<ProductUpdate>& updates)
{
    return std::any_of(updates.begin(), updates.end(), [](const ProductUpdate& u) { return u.tagsChanged; });
}
} // namespace

ShopifyDialect shopifyDialectOf(const std::vector<std::string>& header)
{
    for (const std::string& column : header) {
        const std::string name = normaliseHeader(column);
        if (name == "handle" || name == "body (html)")
            return ShopifyDialect::Legacy;
    }
    return ShopifyDialect::Current;
}

Result<void> writeShopifyProductUpdates(
    const QString& path, ShopifyDialect dialect, const std::vector<ProductUpdate>& updates)
{
    auto writer = CsvWriter::open(path, CsvWriter::pushedFile());
    if (!writer)
        return std::unexpected(writer.error());
    const bool legacy = dialect == ShopifyDialect::Legacy;
    const bool descriptions = anyDescription(updates);
    const bool tags = anyTags(updates);
    QStringList header { legacy ? u"Handle"_s : u"URL handle"_s, u"Title"_s };
    if (descriptions)
        header << (legacy ? u"Body (HTML)"_s : u"Description"_s);
    if (tags)
        header << u"Tags"_s;
    writer->writeRow(header);
    for (const ProductUpdate& update : updates) {
        QStringList row { update.key, update.title };
        if (descriptions)
            row << update.description;
        if (tags)
            row << update.tags.join(u", "_s);
        writer->writeRow(row);
    }
    return writer->close();
}

Result<void> writeWooProductUpdates(const QString& path, const std::vector<ProductUpdate>& updates)
{
    auto writer = CsvWriter::open(path, CsvWriter::pushedFile());
    if (!writer)
        return std::unexpected(writer.error());
    const auto byId = [](const ProductUpdate& u) { return u.key.startsWith(u"id:"); };
    const bool ids = std::any_of(updates.begin(), updates.end(), byId);
    const bool skus = !std::all_of(updates.begin(), updates.end(), byId);
    const bool descriptions = anyDescription(updates);
    const bool tags = anyTags(updates);
    QStringList header;
    if (ids)
        header << u"ID"_s;
    if (skus)
        header << u"SKU"_s;
    if (descriptions)
        header << u"Description"_s;
    if (tags)
        header << u"Tags"_s;
    writer->writeRow(header);
    for (const ProductUpdate& update : updates) {
        const QString value = update.key.section(u':', 1);
        QStringList row;
        if (ids)
            row << (byId(update) ? value : QString());
        if (skus)
            row << (byId(update) ? QString() : value);
        if (descriptions)
            row << QString(update.description).replace(u"\r\n"_s, u"\\n"_s).replace(u'\n', u"\\n"_s);
        if (tags)
            row << update.tags.join(u", "_s);
        writer->writeRow(row);
    }
    return writer->close();
}

ShopifyDialect storeShopifyDialect(Database& db)
{
    auto select = db.prepare("SELECT file_name FROM import_batches WHERE format = 'shopify-products' AND undone_at "
                             "IS NULL ORDER BY id DESC LIMIT 1");
    if (!select || !select->step().value_or(false))
        return ShopifyDialect::Current;
    auto reader = CsvReader::open(select->text(0));
    return reader ? shopifyDialectOf(reader->header()) : ShopifyDialect::Current;
}

} // namespace flywheel
