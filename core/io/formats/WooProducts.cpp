#include "io/formats/Formats.h"

#include "io/formats/CatalogWriter.h"
#include "io/formats/FormatBase.h"

#include <array>
#include <unordered_map>

namespace flywheel::formats {

namespace {

enum Field {
    Id, Type, Sku, Gtin, Name, Published, ShortDescription, Description, Stock, WeightKg, WeightLbs, SalePrice,
    RegularPrice, Categories, Tags, Parent, TaxStatus, Attribute1Name, Attribute1Value, Attribute2Name,
    Attribute2Value, Attribute3Name, Attribute3Value,
};

// WooCommerce translates its export headers into the admin's language: English, then Brazilian
// Portuguese (pt_BR). Other languages import through a column mapping.
const std::vector<FieldSpec> kFields = {
    {Id, {"id"}},
    {Type, {"type", "tipo"}, true},
    {Sku, {"sku", "ref"}},
    {Gtin, {"gtin, upc, ean, or isbn", "gtin, upc, ean ou isbn"}},
    {Name, {"name", "nome"}, true},
    {Published, {"published", "publicado"}},
    {ShortDescription, {"short description", "descrição curta"}},
    {Description, {"description", "descrição"}},
    {Stock, {"stock", "estoque"}},
    {WeightKg, {"weight (kg)", "peso (kg)"}},
    {WeightLbs, {"weight (lbs)", "peso (lbs)"}},
    {SalePrice, {"sale price", "preço promocional"}},
    {RegularPrice, {"regular price", "preço"}, true},
    {Categories, {"categories", "categorias"}},
    {Tags, {"tags"}},
    {Parent, {"parent", "produto ascendente"}},
    {TaxStatus, {"tax status", "status da taxa"}},
    {Attribute1Name, {"attribute 1 name", "nome do atributo 1"}},
    {Attribute1Value, {"attribute 1 value(s)", "valores do atributo 1"}},
    {Attribute2Name, {"attribute 2 name", "nome do atributo 2"}},
    {Attribute2Value, {"attribute 2 value(s)", "valores do atributo 2"}},
    {Attribute3Name, {"attribute 3 name", "nome do atributo 3"}},
    {Attribute3Value, {"attribute 3 value(s)", "valores do atributo 3"}},
};

constexpr std::string_view kPlatform = "woocommerce";
/// Woo keeps stock per product, not per place; its quantities are filed under this location.
constexpr std::string_view kStockLocation = "WooCommerce";

/// WooCommerce's product CSV: one row per product and one per variation (Type "variation",
/// Parent = the parent's SKU or "id:N").
class WooProductsImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(WooProductsImporter)
public:
    std::string_view name() const override { return "woocommerce-products"; }
    std::string_view platform() const override { return kPlatform; }
    QString title() const override { return tr("WooCommerce products export"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        m_currency = context.currency.toStdString();
        m_readOn = context.asOf.toString(Qt::ISODate).toStdString();
        m_links.emplace(context.db, context.batchId);
        m_products.emplace(context.db, context.batchId, "products", std::vector<std::string>{"platform", "source_key"},
                           std::vector<std::string>{"title", "description_html", "product_type", "category", "tags",
                                                    "status", "published"},
                           presence({Name, kDerived, Type, Categories, Tags, Published, Published}));
        m_variants.emplace(context.db, context.batchId, "variants", std::vector<std::string>{"product_id", "source_key"},
                           std::vector<std::string>{"sku", "barcode", "option1_name", "option1", "option2_name",
                                                    "option2", "option3_name", "option3", "price_minor",
                                                    "compare_at_minor", "currency", "weight_grams", "taxable"},
                           presence({Sku, Gtin, Attribute1Name, Attribute1Value, Attribute2Name, Attribute2Value,
                                     Attribute3Name, Attribute3Value, RegularPrice, RegularPrice, kDerived, kDerived,
                                     TaxStatus}));
        m_memberships.emplace(context.db, context.batchId, "collection_products",
                              std::vector<std::string>{"collection_id", "product_id"}, std::vector<std::string>{});
        m_levels.emplace(context.db, context.batchId, "inventory_levels",
                         std::vector<std::string>{"variant_id", "location_id", "read_on"},
                         std::vector<std::string>{"stocked", "available"});
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext&) override
    {
        const std::string type = lowered(row[Type]);
        const bool variation = type.find("variation") != std::string::npos;
        const std::string key = !row[Id].empty()    ? "id:" + std::string(row[Id])
                                : !row[Sku].empty() ? "sku:" + std::string(row.identifier(Sku))
                                                    : std::string();
        if (key.empty())
            return rejectRow(row.reject(Id, tr("the product has neither an ID nor a SKU")));

        const int decimals = values::currencyDecimals(m_currency);
        FLYWHEEL_READ_CELL(regular, row.money(RegularPrice, decimals));
        FLYWHEEL_READ_CELL(sale, row.money(SalePrice, decimals));
        FLYWHEEL_READ_CELL(stock, row.integer(Stock));
        FLYWHEEL_READ_CELL(weightKg, row.decimal(WeightKg));
        FLYWHEEL_READ_CELL(weightLbs, row.decimal(WeightLbs));
        std::optional<double> grams;
        if (weightKg)
            grams = *weightKg * 1000.0;
        else if (weightLbs)
            grams = *weightLbs * 453.59237;

        WriteOutcome outcome = WriteOutcome::Unchanged;
        std::int64_t productId = 0;
        if (variation) {
            auto parent = findParent(row);
            if (!parent)
                return std::unexpected(parent.error());
            if (!*parent)
                return rejectRow(row.reject(Parent, tr("the variation's parent product is neither in this file nor in "
                                                       "the store")));
            productId = **parent;
        } else {
            FLYWHEEL_READ_CELL(published, row.integer(Published));
            const std::string_view description = row[Description].empty() ? row[ShortDescription] : row[Description];
            const std::array keys{SqlValue{kPlatform}, SqlValue{std::string_view(key)}};
            const std::array vals{SqlValue{row[Name]}, text(description), text(type), text(row[Categories]),
                                  text(row[Tags]), text(statusOf(published)),
                                  published ? SqlValue{std::int64_t(*published == 1 ? 1 : 0)} : SqlValue{}};
            FLYWHEEL_TRY(product, m_products->upsert(keys, vals));
            productId = product.id;
            outcome = product.outcome;
            if (!row[Sku].empty())
                m_productBySku[std::string(row.identifier(Sku))] = productId;
            m_productByKey[key] = productId;
            FLYWHEEL_TRY(categorised, linkCategories(row[Categories], productId));
            outcome = strongest(outcome, categorised);
            // Simple and external products are sold as they are; variable, grouped and custom types
            // are sold through their variations or member products.
            if (type.find("simple") == std::string::npos && type.find("external") == std::string::npos)
                return accepted(outcome);
        }

        // A sale price is the price paid; the regular price becomes the compare-at price.
        const SqlValue price = sale ? optional(sale) : optional(regular);
        const SqlValue compareAt = sale ? optional(regular) : SqlValue{};
        const std::string_view taxStatus = row[TaxStatus];
        const std::array keys{SqlValue{productId}, SqlValue{variation ? std::string_view(key) : std::string_view("default")}};
        const std::array vals{text(row.identifier(Sku)),
                              text(row.identifier(Gtin)),
                              text(row[Attribute1Name]),
                              text(row[Attribute1Value]),
                              text(row[Attribute2Name]),
                              text(row[Attribute2Value]),
                              text(row[Attribute3Name]),
                              text(row[Attribute3Value]),
                              price,
                              compareAt,
                              SqlValue{std::string_view(m_currency)},
                              optional(grams),
                              taxStatus.empty() ? SqlValue{} : SqlValue{std::int64_t(lowered(taxStatus) == "none" ? 0 : 1)}};
        FLYWHEEL_TRY(variant, m_variants->upsert(keys, vals));
        outcome = strongest(outcome, variant.outcome);

        if (stock) {
            FLYWHEEL_TRY(locationId, m_links->location(kStockLocation));
            const std::array levelKeys{SqlValue{variant.id}, SqlValue{locationId}, SqlValue{std::string_view(m_readOn)}};
            const std::array levelValues{SqlValue{std::int64_t(1)}, SqlValue{*stock}};
            FLYWHEEL_TRY(level, m_levels->upsert(levelKeys, levelValues));
            outcome = strongest(outcome, level.outcome);
        }
        return accepted(outcome);
    }

private:
    static std::string_view statusOf(const std::optional<std::int64_t>& published)
    {
        if (!published)
            return {};
        switch (*published) {
        case 1:
            return "active";
        case -1:
            return "draft";
        case 2:
            return "pending";
        default:
            return "private";
        }
    }

    Result<std::optional<std::int64_t>> findParent(const Row& row)
    {
        const std::string_view parent = row[Parent];
        if (parent.empty())
            return std::nullopt;
        const std::string key = parent.starts_with("id:") ? std::string(parent) : "sku:" + std::string(parent);
        if (auto it = m_productByKey.find(key); it != m_productByKey.end())
            return it->second;
        if (auto it = m_productBySku.find(std::string(parent)); it != m_productBySku.end())
            return it->second;
        return m_products->find(std::array{SqlValue{kPlatform}, SqlValue{std::string_view(key)}});
    }

    /// "Clothing > Hoodies, Sale" puts the product in two collections, named by their full path.
    Result<WriteOutcome> linkCategories(std::string_view categories, std::int64_t productId)
    {
        WriteOutcome outcome = WriteOutcome::Unchanged;
        for (std::string_view category : splitList(categories)) {
            auto collection = m_links->collection(kPlatform, category, category);
            if (!collection)
                return std::unexpected(collection.error());
            const std::array keys{SqlValue{*collection}, SqlValue{productId}};
            auto written = m_memberships->upsert(keys, std::span<const SqlValue>{});
            if (!written)
                return std::unexpected(written.error());
            outcome = strongest(outcome, written->outcome);
        }
        return outcome;
    }

    std::optional<CatalogLinks> m_links;
    std::optional<TableWriter> m_products;
    std::optional<TableWriter> m_variants;
    std::optional<TableWriter> m_memberships;
    std::optional<TableWriter> m_levels;
    std::unordered_map<std::string, std::int64_t> m_productBySku;
    std::unordered_map<std::string, std::int64_t> m_productByKey;
    std::string m_currency;
    std::string m_readOn;
};

} // namespace

std::unique_ptr<Importer> makeWooProductsImporter()
{
    return std::make_unique<WooProductsImporter>();
}

} // namespace flywheel::formats
