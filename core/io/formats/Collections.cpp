#include "io/formats/Formats.h"

#include "io/formats/CatalogWriter.h"
#include "io/formats/FormatBase.h"

#include <array>

namespace flywheel::formats {

namespace {

enum Field { CollectionHandle, CollectionTitle, ProductHandle, Position };

const std::vector<FieldSpec> kFields = {
    {CollectionHandle, {"collection handle"}, true},
    {CollectionTitle, {"collection title"}},
    {ProductHandle, {"product handle"}, true},
    {Position, {"position"}},
};

/// Flywheel's own collections layout, for platforms whose exports leave collections out (Shopify):
/// `Collection handle,Collection title,Product handle,Position`, one row per product in a collection.
class CollectionsImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(CollectionsImporter)
public:
    std::string_view name() const override { return "collections"; }
    std::string_view platform() const override { return "store"; }
    QString title() const override { return tr("collections list"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        m_links.emplace(context.db, context.batchId);
        m_memberships.emplace(context.db, context.batchId, "collection_products",
                              std::vector<std::string>{"collection_id", "product_id"},
                              std::vector<std::string>{"position"}, presence({Position}));
        auto lookup = context.db.prepare("SELECT id FROM products WHERE handle = ?1 ORDER BY id LIMIT 1");
        if (!lookup)
            return std::unexpected(lookup.error());
        m_productByHandle = std::move(*lookup);
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext&) override
    {
        const std::string_view collection = row[CollectionHandle];
        if (collection.empty())
            return rejectRow(row.reject(CollectionHandle, tr("the collection has no handle")));
        FLYWHEEL_READ_CELL(position, row.integer(Position));
        m_productByHandle.reset();
        m_productByHandle.bind(1, row[ProductHandle]);
        FLYWHEEL_TRY(found, m_productByHandle.step());
        if (!found)
            return rejectRow(row.reject(ProductHandle, tr("no product in the store has this handle; import the "
                                                          "products first")));
        const std::int64_t productId = m_productByHandle.int64(0);
        FLYWHEEL_TRY(collectionId, m_links->collection("store", collection, row[CollectionTitle]));
        FLYWHEEL_TRY(membership, m_memberships->upsert(std::array{SqlValue{collectionId}, SqlValue{productId}},
                                                       std::array{optional(position)}));
        return accepted(membership.outcome);
    }

private:
    std::optional<CatalogLinks> m_links;
    std::optional<TableWriter> m_memberships;
    Statement m_productByHandle;
};

} // namespace

std::unique_ptr<Importer> makeCollectionsImporter()
{
    return std::make_unique<CollectionsImporter>();
}

} // namespace flywheel::formats
