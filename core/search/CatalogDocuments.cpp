#include "search/CatalogDocuments.h"

#include "io/Values.h"
#include "stages/shared/RecentSales.h"
#include "store/StoreSettings.h"
#include "text/MessageCleaner.h"

#include <QHash>

#include <cmath>

namespace flywheel::search {

namespace {

constexpr int kRecentSalesDays = 90;
/// Extracted attributes below this confidence are guesses a shopper should not be filtered by.
constexpr double kMinAttributeConfidence = 0.6;

Result<void> readProducts(Database& db, std::vector<Document>& docs, QHash<std::int64_t, size_t>& byId)
{
    // What the storefront shows: Shopify's "active", WooCommerce's "publish"; stores whose export
    // has no status show everything.
    auto select
        = db.prepare("SELECT id, coalesce(handle, ''), title, coalesce(product_type, ''), coalesce(category, ''), "
                     "coalesce(vendor, ''), coalesce(tags, ''), coalesce(description_html, '') FROM products "
                     "WHERE status IS NULL OR lower(status) IN ('active', 'publish', 'published') ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        Document doc;
        doc.productId = row.int64(0);
        doc.handle = row.text(1);
        doc.fields[size_t(Field::Title)] = row.text(2);
        doc.fields[size_t(Field::Type)] = row.text(3) + u' ' + row.text(4).section(u'>', -1).trimmed();
        doc.fields[size_t(Field::Vendor)] = row.text(5);
        doc.fields[size_t(Field::Tags)] = row.text(6);
        doc.fields[size_t(Field::Description)] = text::cleanMessage(row.text(7), 4000);
        byId.insert(doc.productId, docs.size());
        docs.push_back(std::move(doc));
    });
}

Result<void> readVariants(Database& db, std::vector<Document>& docs, const QHash<std::int64_t, size_t>& byId)
{
    auto select
        = db.prepare("SELECT product_id, coalesce(sku, ''), coalesce(option1_name, ''), coalesce(option1, ''), "
                     "coalesce(option2_name, ''), coalesce(option2, ''), coalesce(option3_name, ''), "
                     "coalesce(option3, ''), price_minor, currency FROM variants ORDER BY product_id, position, id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const auto found = byId.constFind(row.int64(0));
        if (found == byId.constEnd())
            return;
        Document& doc = docs[*found];
        const QString sku = row.text(1).trimmed();
        if (!sku.isEmpty()) {
            doc.skus << sku;
            if (doc.sku.isEmpty())
                doc.sku = sku;
        }
        for (int option = 0; option < 3; ++option) {
            const QString name = row.text(2 + option * 2).trimmed().toLower();
            const QString value = row.text(3 + option * 2).trimmed();
            // Shopify's "Title / Default Title" is the absence of options, not an option.
            if (name.isEmpty() || value.isEmpty() || name == u"title")
                continue;
            const bool known = std::any_of(doc.attributes.begin(), doc.attributes.end(),
                [&](const Document::Attribute& a) { return a.name == name && a.value == value; });
            if (!known)
                doc.attributes.push_back({ name, value });
        }
        if (!row.isNull(8)) {
            const double price = double(row.int64(8)) / std::pow(10.0, values::currencyDecimals(row.utf8(9)));
            doc.minPrice = doc.minPrice ? std::min(*doc.minPrice, price) : price;
        }
    });
}

/// What the Content stage read from titles, descriptions and tags ("waterproof", "merino"), so a
/// search finds what a page states in words as well as what its options say.
Result<void> readExtractedAttributes(Database& db, std::vector<Document>& docs, const QHash<std::int64_t, size_t>& byId)
{
    auto select = db.prepare("SELECT product_id, attribute, value FROM product_attributes "
                             "WHERE source <> 'option' AND confidence >= ?1 ORDER BY product_id, attribute, value");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, kMinAttributeConfidence);
    return select->forEachRow([&](Statement& row) {
        const auto found = byId.constFind(row.int64(0));
        if (found == byId.constEnd())
            return;
        Document& doc = docs[*found];
        const QString name = row.text(1);
        const QString value = row.text(2);
        const bool known = std::any_of(doc.attributes.begin(), doc.attributes.end(), [&](const Document::Attribute& a) {
            return a.name == name && a.value.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            doc.attributes.push_back({ name, value });
    });
}

/// A product is out of stock when every tracked variant's latest reading has nothing available.
Result<void> readStock(Database& db, std::vector<Document>& docs, const QHash<std::int64_t, size_t>& byId)
{
    auto select
        = db.prepare("WITH latest AS (SELECT variant_id, location_id, max(read_on) AS read_on FROM inventory_levels "
                     "GROUP BY variant_id, location_id) "
                     "SELECT v.product_id, sum(CASE WHEN coalesce(v.inventory_tracked, 1) = 0 THEN 1 "
                     "WHEN coalesce(il.available, 0) > 0 THEN 1 ELSE 0 END) FROM variants v "
                     "JOIN latest l ON l.variant_id = v.id JOIN inventory_levels il ON il.variant_id = l.variant_id "
                     "AND il.location_id = l.location_id AND il.read_on = l.read_on GROUP BY v.product_id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const auto found = byId.constFind(row.int64(0));
        if (found != byId.constEnd())
            docs[*found].inStock = row.int64(1) > 0;
    });
}

Result<void> readRecentUnits(
    Database& db, std::vector<Document>& docs, const QHash<std::int64_t, size_t>& byId, RunShared* shared)
{
    auto sales = readRecentProductSales(db, kRecentSalesDays, shared);
    if (!sales)
        return std::unexpected(sales.error());
    for (auto it = sales->cbegin(); it != sales->cend(); ++it) {
        const auto found = byId.constFind(it.key());
        if (found != byId.constEnd())
            docs[*found].recentUnits = double(std::max<std::int64_t>(0, it->units));
    }
    return {};
}

} // namespace

Result<std::vector<Document>> readCatalogDocuments(Database& db, RunShared* shared)
{
    std::vector<Document> docs;
    QHash<std::int64_t, size_t> byId;
    if (auto ok = readProducts(db, docs, byId); !ok)
        return std::unexpected(ok.error());
    for (auto step : { &readVariants, &readExtractedAttributes, &readStock }) {
        if (auto ok = step(db, docs, byId); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = readRecentUnits(db, docs, byId, shared); !ok)
        return std::unexpected(ok.error());
    return docs;
}

Result<QList<SynonymGroup>> readStoredSynonymGroups(Database& db)
{
    // An accepted suggestion's group is its action's subject after "synonyms:".
    auto select = db.prepare(
        "SELECT id, words, origin = 'owner' FROM (SELECT id, words, origin, 0 AS part FROM search_synonyms UNION ALL "
        "SELECT 0, substr(subject_key, 10), 'accepted', 1 FROM recommendations WHERE stage = 'search' AND "
        "kind = 'add-synonym' AND status IN ('accepted', 'pushed', 'measured')) ORDER BY part, id, words");
    if (!select)
        return std::unexpected(select.error());
    QList<SynonymGroup> groups;
    auto ok = select->forEachRow([&](Statement& row) {
        SynonymGroup group;
        const bool owner = row.int64(2) != 0;
        group.id = owner ? row.int64(0) : 0;
        group.origin = owner ? SynonymGroup::Origin::Owner : SynonymGroup::Origin::AcceptedSuggestion;
        for (const QString& word : row.text(1).split(u','))
            if (!word.trimmed().isEmpty())
                group.words << word.trimmed();
        groups << group;
    });
    if (!ok)
        return std::unexpected(ok.error());
    return groups;
}

Result<QList<QStringList>> readSynonymGroups(Database& db)
{
    auto stored = readStoredSynonymGroups(db);
    if (!stored)
        return std::unexpected(stored.error());
    QList<QStringList> groups;
    for (const SynonymGroup& group : *stored)
        groups << group.words;
    return groups;
}

Result<std::shared_ptr<Engine>> openCatalogEngine(Database& db, RunShared* shared)
{
    auto docs = readCatalogDocuments(db, shared);
    if (!docs)
        return std::unexpected(docs.error());
    auto synonyms = readSynonymGroups(db);
    if (!synonyms)
        return std::unexpected(synonyms.error());
    IndexOptions options;
    options.language = StoreSettings(db).language();
    auto engine = std::make_shared<Engine>(std::make_shared<const Index>(Index::build(std::move(*docs), options)));
    engine->setSynonyms(*synonyms);
    return engine;
}

} // namespace flywheel::search
