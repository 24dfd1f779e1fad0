#include "demo/Files.h"

#include "demo/Format.h"
#include "demo/Kinds.h"

#include <algorithm>
#include <map>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;

// Shopify products, the 2024+ dialect (FORMATS.md 1.1), copied exactly.
constexpr std::array kProductHeader = {
    "Title"sv, "URL handle"sv, "Description"sv, "Vendor"sv, "Product category"sv, "Type"sv, "Tags"sv,
    "Published on online store"sv, "Status"sv, "SKU"sv, "Barcode"sv, "Option1 name"sv, "Option1 value"sv,
    "Option1 Linked To"sv, "Option2 name"sv, "Option2 value"sv, "Option2 Linked To"sv, "Option3 name"sv,
    "Option3 value"sv, "Option3 Linked To"sv, "Price"sv, "Compare-at price"sv, "Cost per item"sv, "Charge tax"sv,
    "Tax code"sv, "Inventory tracker"sv, "Inventory quantity"sv, "Continue selling when out of stock"sv,
    "Weight value (grams)"sv, "Weight unit for display"sv, "Requires shipping"sv, "Fulfillment service"sv,
    "Product image URL"sv, "Image position"sv, "Image alt text"sv, "Variant image URL"sv, "Gift card"sv,
    "SEO title"sv, "SEO description"sv, "Color (product.metafields.shopify.color-pattern)"sv,
    "Google Shopping / Google product category"sv, "Google Shopping / Gender"sv, "Google Shopping / Age group"sv,
    "Google Shopping / Manufacturer part number (MPN)"sv, "Google Shopping / Ad group name"sv,
    "Google Shopping / Ads labels"sv, "Google Shopping / Condition"sv, "Google Shopping / Custom product"sv,
    "Google Shopping / Custom label 0"sv, "Google Shopping / Custom label 1"sv, "Google Shopping / Custom label 2"sv,
    "Google Shopping / Custom label 3"sv, "Google Shopping / Custom label 4"sv};

// Shopify inventory, current long format (FORMATS.md 1.4).
constexpr std::array kInventoryHeader = {
    "Handle"sv, "Title"sv, "Option1 Name"sv, "Option1 Value"sv, "Option2 Name"sv, "Option2 Value"sv,
    "Option3 Name"sv, "Option3 Value"sv, "SKU"sv, "HS Code"sv, "COO"sv, "Location"sv, "Bin name"sv,
    "Incoming (not editable)"sv, "Unavailable (not editable)"sv, "Committed (not editable)"sv,
    "Available (not editable)"sv, "On hand (current)"sv, "On hand (new)"sv};

constexpr std::array kCollectionHeader = {"Collection handle"sv, "Collection title"sv, "Product handle"sv, "Position"sv};

constexpr std::string_view kMainWarehouse = "Main warehouse";
constexpr std::string_view kStore = "Brooklyn store";

/// Option names and values of a variant in Shopify's order: size first, then colour.
struct Options {
    std::string_view name1, value1, name2, value2;
};

Options optionsOf(const Product& product, const Variant& variant)
{
    if (!product.sizeOption.empty())
        return {product.sizeOption, variant.size, product.colorOption, variant.color};
    if (!product.colorOption.empty())
        return {product.colorOption, variant.color, {}, {}};
    return {"Title", "Default Title", {}, {}};
}

int available(const Variant& variant, bool store)
{
    return store ? variant.onHandStore : variant.onHandMain - variant.committed - variant.unavailable;
}

std::string_view statusName(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return "draft";
    case ProductStatus::Archived:
        return "archived";
    case ProductStatus::Active:
        break;
    }
    return "active";
}

std::string_view countryOfOrigin(std::string_view vendor)
{
    if (vendor == "Tidewater Linen")
        return "PT";
    if (vendor == "Woolhaven")
        return "GB";
    if (vendor == "Kestrel Footwear" || vendor == "Ridgeway Outdoor")
        return "VN";
    return "US";
}
} // namespace

Result<void> writeProducts(const World& world, const QString& path)
{
    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kProductHeader);
    const auto col = [](std::string_view name) consteval { return column(kProductHeader, name); };
    Row<kProductHeader.size()> row;
    for (const Product& product : world.products) {
        for (size_t v = 0; v < product.variants.size(); ++v) {
            const Variant& variant = product.variants[v];
            const Options options = optionsOf(product, variant);
            row.clear();
            row[col("URL handle")] = product.handle;
            if (v == 0) {
                row[col("Title")] = product.title;
                row[col("Description")] = product.description;
                row[col("Vendor")] = product.vendor;
                row[col("Product category")] = product.category;
                row[col("Type")] = product.type;
                row[col("Tags")] = product.tags;
                row[col("Published on online store")] = product.status == ProductStatus::Active ? "TRUE" : "FALSE";
                row[col("Status")] = statusName(product.status);
                row[col("Option1 name")] = options.name1;
                row[col("Option2 name")] = options.name2;
                row[col("Product image URL")] = "https://cdn.shopify.com/s/files/1/0612/4471/0001/files/" + product.handle + ".jpg";
                row[col("Image position")] = "1";
                row[col("Image alt text")] = product.title;
                row[col("Gift card")] = "FALSE";
                row[col("SEO title")] = product.title;
                row[col("SEO description")] = product.seoDescription;
                std::string& colours = row[col("Color (product.metafields.shopify.color-pattern)")];
                for (const std::string& colour : product.colors) {
                    if (!colours.empty())
                        colours += "; ";
                    colours += fmt::lower(colour);
                }
                row[col("Google Shopping / Gender")] = product.gender == Gender::Men
                                                           ? "male"
                                                           : (product.gender == Gender::Women ? "female" : "unisex");
                row[col("Google Shopping / Age group")] = "adult";
                row[col("Google Shopping / Condition")] = "new";
                row[col("Google Shopping / Custom product")] = "FALSE";
            }
            row[col("SKU")] = variant.sku;
            row[col("Barcode")] = variant.barcode;
            row[col("Option1 value")] = options.value1;
            row[col("Option2 value")] = options.value2;
            fmt::appendCents(row[col("Price")], product.price);
            if (product.compareAt > 0)
                fmt::appendCents(row[col("Compare-at price")], product.compareAt);
            fmt::appendCents(row[col("Cost per item")], product.cost);
            row[col("Charge tax")] = "TRUE";
            row[col("Inventory tracker")] = "shopify";
            fmt::appendInt(row[col("Inventory quantity")], available(variant, false) + available(variant, true));
            row[col("Continue selling when out of stock")] = "DENY";
            fmt::appendInt(row[col("Weight value (grams)")], variant.grams);
            row[col("Weight unit for display")] = variant.grams >= 1000 ? "kg" : "g";
            row[col("Requires shipping")] = "TRUE";
            row[col("Fulfillment service")] = "manual";
            row.write(*writer);
        }
    }
    return writer->close();
}

Result<void> writeInventory(const World& world, const QString& path)
{
    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kInventoryHeader);
    const auto col = [](std::string_view name) consteval { return column(kInventoryHeader, name); };
    Row<kInventoryHeader.size()> row;
    for (const Product& product : world.products) {
        for (const Variant& variant : product.variants) {
            const Options options = optionsOf(product, variant);
            for (const bool store : {false, true}) {
                row.clear();
                row[col("Handle")] = product.handle;
                row[col("Title")] = product.title;
                row[col("Option1 Name")] = options.name1;
                row[col("Option1 Value")] = options.value1;
                row[col("Option2 Name")] = options.name2;
                row[col("Option2 Value")] = options.value2;
                row[col("SKU")] = variant.sku;
                row[col("COO")] = countryOfOrigin(product.vendor);
                row[col("Location")] = store ? kStore : kMainWarehouse;
                const size_t quantities[] = {col("Incoming (not editable)"), col("Unavailable (not editable)"),
                                             col("Committed (not editable)"), col("Available (not editable)"),
                                             col("On hand (current)")};
                if (store && !variant.stockedInStore) {
                    for (size_t c : quantities)
                        row[c] = "not stocked";
                } else {
                    fmt::appendInt(row[col("Incoming (not editable)")], store ? 0 : variant.incoming);
                    fmt::appendInt(row[col("Unavailable (not editable)")], store ? 0 : variant.unavailable);
                    fmt::appendInt(row[col("Committed (not editable)")], store ? 0 : variant.committed);
                    fmt::appendInt(row[col("Available (not editable)")], available(variant, store));
                    fmt::appendInt(row[col("On hand (current)")], store ? variant.onHandStore : variant.onHandMain);
                }
                row.write(*writer);
            }
        }
    }
    return writer->close();
}

Result<void> writeCollections(const World& world, const QString& path)
{
    const int days = world.calendar.days();
    // Handle -> (title, members); std::map keeps the file's order independent of hashing.
    std::map<std::string, std::pair<std::string, std::vector<int>>> collections;
    const auto add = [&](const std::string& handle, std::string_view title, int product) {
        auto& entry = collections[handle];
        entry.first = title;
        entry.second.push_back(product);
    };
    std::vector<int> bestSellers;
    for (size_t p = 0; p < world.products.size(); ++p) {
        const Product& product = world.products[p];
        if (product.status != ProductStatus::Active)
            continue;
        const int index = static_cast<int>(p);
        const std::string slug(departmentSlug(product.department));
        const std::string title(departmentTitle(product.department));
        if (product.department == Department::Accessories || product.department == Department::Gear) {
            add(slug, title, index);
        } else {
            if (product.gender != Gender::Women)
                add("mens-" + slug, "Men's " + title, index);
            if (product.gender != Gender::Men)
                add("womens-" + slug, "Women's " + title, index);
        }
        if (product.season == Season::Summer)
            add("summer", "Summer Shop", index);
        if (product.season == Season::Winter)
            add("winter", "Winter Warmers", index);
        if (product.waterproof && product.gap < 0)
            add("rain-gear", "Rain Gear", index);
        if (product.launchDay >= days - 45)
            add("new-arrivals", "New Arrivals", index);
        if (product.compareAt > 0)
            add("sale", "Sale", index);
        bestSellers.push_back(index);
    }
    const auto recentUnits = [&](int p) {
        int units = 0;
        for (const Variant& variant : world.products[static_cast<size_t>(p)].variants)
            units += variant.recentUnits;
        return units;
    };
    std::vector<std::pair<int, int>> ranked; // (-units, product) sorts best first, ties by position
    for (int p : bestSellers)
        ranked.emplace_back(-recentUnits(p), p);
    std::sort(ranked.begin(), ranked.end());
    for (size_t i = 0; i < ranked.size() && i < 24; ++i)
        add("best-sellers", "Best Sellers", ranked[i].second);

    auto writer = CsvWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    writeHeader(*writer, kCollectionHeader);
    for (auto& [handle, entry] : collections) {
        std::vector<int>& members = entry.second;
        // The owner's manual order: new arrivals newest first, best sellers by rank, others A to Z.
        if (handle == "new-arrivals") {
            std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
                return world.products[static_cast<size_t>(a)].launchDay > world.products[static_cast<size_t>(b)].launchDay;
            });
        } else if (handle != "best-sellers") {
            std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
                return world.products[static_cast<size_t>(a)].title < world.products[static_cast<size_t>(b)].title;
            });
        }
        for (size_t i = 0; i < members.size(); ++i) {
            const std::string position = fmt::integer(static_cast<qint64>(i) + 1);
            writer->writeRow({handle, entry.first, world.products[static_cast<size_t>(members[i])].handle, position});
        }
    }
    return writer->close();
}

} // namespace flywheel::demo
