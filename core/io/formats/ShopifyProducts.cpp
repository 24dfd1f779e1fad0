#include "io/formats/Formats.h"

#include "io/formats/CatalogWriter.h"
#include "io/formats/FormatBase.h"

#include <array>

namespace flywheel::formats {

namespace {

enum Field {
    Handle, Title, Description, Vendor, Category, Type, Tags, Published, Status, Sku, Barcode, Option1Name,
    Option1Value, Option2Name, Option2Value, Option3Name, Option3Value, Price, CompareAt, Cost, Taxable, Tracker,
    Policy, Grams, RequiresShipping, SeoTitle, SeoDescription,
};

// Current (2024+) header first, the legacy one second; both dialects are in use.
const std::vector<FieldSpec> kFields = {
    {Handle, {"url handle", "handle"}, true},
    {Title, {"title"}, true},
    {Description, {"description", "body (html)"}},
    {Vendor, {"vendor"}},
    {Category, {"product category"}},
    {Type, {"type"}},
    {Tags, {"tags"}},
    {Published, {"published on online store", "published"}},
    {Status, {"status"}},
    {Sku, {"sku", "variant sku"}},
    {Barcode, {"barcode", "variant barcode"}},
    {Option1Name, {"option1 name"}},
    {Option1Value, {"option1 value"}},
    {Option2Name, {"option2 name"}},
    {Option2Value, {"option2 value"}},
    {Option3Name, {"option3 name"}},
    {Option3Value, {"option3 value"}},
    // Not required: an update file names only the columns it changes (FORMATS.md §6).
    {Price, {"price", "variant price"}},
    {CompareAt, {"compare-at price", "variant compare at price"}},
    {Cost, {"cost per item"}},
    {Taxable, {"charge tax", "variant taxable"}},
    {Tracker, {"inventory tracker", "variant inventory tracker"}},
    {Policy, {"continue selling when out of stock", "variant inventory policy"}},
    {Grams, {"weight value (grams)", "variant grams"}},
    {RequiresShipping, {"requires shipping", "variant requires shipping"}},
    {SeoTitle, {"seo title"}},
    {SeoDescription, {"seo description"}},
};

/// Shopify's product CSV: one row per variant; product columns and option names only on a
/// product's first row; rows with only image columns in between.
class ShopifyProductsImporter final : public FormatBase {
    Q_DECLARE_TR_FUNCTIONS(ShopifyProductsImporter)
public:
    std::string_view name() const override { return "shopify-products"; }
    std::string_view platform() const override { return "shopify"; }
    QString title() const override { return tr("Shopify products export"); }
    const std::vector<FieldSpec>& fields() const override { return kFields; }

    Result<void> begin(ImportContext& context) override
    {
        m_decimals = values::currencyDecimals(context.currency.toStdString());
        m_currency = context.currency.toStdString();
        m_links.emplace(context.db, context.batchId);
        m_products.emplace(context.db, context.batchId, "products", std::vector<std::string>{"platform", "source_key"},
                           std::vector<std::string>{"handle", "title", "description_html", "vendor", "product_type",
                                                    "category", "tags", "status", "published", "seo_title",
                                                    "seo_description"},
                           presence({Handle, Title, Description, Vendor, Type, Category, Tags, Status, Published,
                                     SeoTitle, SeoDescription}));
        m_variants.emplace(context.db, context.batchId, "variants", std::vector<std::string>{"product_id", "source_key"},
                           std::vector<std::string>{"sku", "barcode", "option1_name", "option1", "option2_name",
                                                    "option2", "option3_name", "option3", "price_minor",
                                                    "compare_at_minor", "cost_minor", "currency", "weight_grams",
                                                    "inventory_tracked", "inventory_policy", "requires_shipping",
                                                    "taxable", "position"},
                           presence({Sku, Barcode, Option1Name, Option1Value, Option2Name, Option2Value, Option3Name,
                                     Option3Value, Price, CompareAt, Cost, kDerived, Grams, Tracker, Policy,
                                     RequiresShipping, Taxable, kDerived}));
        return {};
    }

    RowResult importRow(const Row& row, ParsedRow*, ImportContext& context) override
    {
        const std::string_view handle = row[Handle];
        if (handle.empty())
            return rejectRow(row.reject(Handle, tr("the product has no handle")));

        WriteOutcome outcome = WriteOutcome::Unchanged;
        if (!row[Title].empty()) {
            FLYWHEEL_READ_CELL(published, row.boolean(Published));
            const std::string status = lowered(row[Status]);
            const std::array keys{SqlValue{std::string_view("shopify")}, SqlValue{handle}};
            const std::array vals{SqlValue{handle},       SqlValue{row[Title]}, text(row[Description]),
                                  text(row[Vendor]),      text(row[Type]),      text(row[Category]),
                                  text(row[Tags]),        text(status),         optional(published),
                                  text(row[SeoTitle]),    text(row[SeoDescription])};
            FLYWHEEL_TRY(product, m_products->upsert(keys, vals));
            startProduct(handle, product.id, row);
            outcome = product.outcome;
        } else if (handle != m_handle) {
            FLYWHEEL_TRY(productId, m_links->product("shopify", handle, handle, {}));
            startProduct(handle, productId, row);
        }

        const bool hasVariant = !row[Option1Value].empty() || !row[Sku].empty() || !row[Price].empty();
        if (!hasVariant)
            return accepted(outcome); // an image-only row

        FLYWHEEL_READ_CELL(price, row.money(Price, m_decimals));
        FLYWHEEL_READ_CELL(compareAt, row.money(CompareAt, m_decimals));
        FLYWHEEL_READ_CELL(cost, row.money(Cost, m_decimals));
        FLYWHEEL_READ_CELL(grams, row.decimal(Grams));
        FLYWHEEL_READ_CELL(requiresShipping, row.boolean(RequiresShipping));
        FLYWHEEL_READ_CELL(taxable, row.boolean(Taxable));
        std::string_view barcode = row.identifier(Barcode);
        if (values::isExcelMangledNumber(barcode)) {
            context.warn(tr("Line %1: the barcode \"%2\" was turned into a number by a spreadsheet and its digits are "
                            "lost; it was left empty. Export the products again without opening them in Excel.")
                             .arg(row.line())
                             .arg(QString::fromUtf8(barcode.data(), qsizetype(barcode.size()))));
            barcode = {};
        }
        const std::string policy = lowered(row[Policy]);
        const std::string key = variantKey(row[Option1Value], row[Option2Value], row[Option3Value]);
        const std::array keys{SqlValue{m_productId}, SqlValue{std::string_view(key)}};
        const std::array vals{text(row.identifier(Sku)),
                              text(barcode),
                              text(m_optionNames[0]),
                              text(row[Option1Value]),
                              text(m_optionNames[1]),
                              text(row[Option2Value]),
                              text(m_optionNames[2]),
                              text(row[Option3Value]),
                              optional(price),
                              optional(compareAt),
                              optional(cost),
                              SqlValue{std::string_view(m_currency)},
                              optional(grams),
                              has(Tracker) ? SqlValue{std::int64_t(row[Tracker].empty() ? 0 : 1)} : SqlValue{},
                              text(policy),
                              optional(requiresShipping),
                              optional(taxable),
                              SqlValue{std::int64_t(++m_position)}};
        FLYWHEEL_TRY(variant, m_variants->upsert(keys, vals));
        return accepted(strongest(outcome, variant.outcome));
    }

private:
    void startProduct(std::string_view handle, std::int64_t productId, const Row& row)
    {
        m_handle = std::string(handle);
        m_productId = productId;
        m_position = 0;
        m_optionNames = {std::string(row[Option1Name]), std::string(row[Option2Name]), std::string(row[Option3Name])};
    }

    std::optional<CatalogLinks> m_links;
    std::optional<TableWriter> m_products;
    std::optional<TableWriter> m_variants;
    std::string m_currency;
    int m_decimals = 2;
    std::string m_handle;
    std::int64_t m_productId = 0;
    int m_position = 0;
    std::array<std::string, 3> m_optionNames;
};

} // namespace

std::unique_ptr<Importer> makeShopifyProductsImporter()
{
    return std::make_unique<ShopifyProductsImporter>();
}

} // namespace flywheel::formats
