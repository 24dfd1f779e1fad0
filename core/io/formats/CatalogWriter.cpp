#include "io/formats/CatalogWriter.h"

#include "io/formats/FormatBase.h"

namespace flywheel::formats {

std::string variantKey(std::string_view option1, std::string_view option2, std::string_view option3)
{
    std::string key;
    for (std::string_view option : {option1, option2, option3}) {
        option = values::trim(option);
        if (option.empty())
            continue;
        if (!key.empty())
            key += " / ";
        key += option;
    }
    return key.empty() ? std::string("Default Title") : key;
}

CatalogLinks::CatalogLinks(Database& db, std::int64_t batchId)
    : m_products(db, batchId, "products", {"platform", "source_key"}, {"handle", "title"})
    , m_variants(db, batchId, "variants", {"product_id", "source_key"},
                 {"sku", "option1_name", "option1", "option2_name", "option2", "option3_name", "option3"})
    , m_locations(db, batchId, "locations", {"name"}, {})
    , m_collections(db, batchId, "collections", {"platform", "source_key"}, {"title"})
{
}

Result<std::int64_t> CatalogLinks::product(std::string_view platform, std::string_view sourceKey,
                                           std::string_view handle, std::string_view title)
{
    const std::array keys{SqlValue{platform}, SqlValue{sourceKey}};
    const std::array vals{text(handle), SqlValue{title}};
    auto written = m_products.ensure(keys, vals);
    if (!written)
        return std::unexpected(written.error());
    return written->id;
}

Result<std::int64_t> CatalogLinks::variant(std::int64_t productId, std::string_view key, const VariantFacts& facts)
{
    const std::array keys{SqlValue{productId}, SqlValue{key}};
    const std::array vals{text(facts.sku),           text(facts.optionNames[0]), text(facts.options[0]),
                          text(facts.optionNames[1]), text(facts.options[1]),     text(facts.optionNames[2]),
                          text(facts.options[2])};
    auto written = m_variants.ensure(keys, vals);
    if (!written)
        return std::unexpected(written.error());
    return written->id;
}

Result<std::int64_t> CatalogLinks::location(std::string_view name)
{
    const std::array keys{SqlValue{name}};
    auto written = m_locations.ensure(keys, std::span<const SqlValue>{});
    if (!written)
        return std::unexpected(written.error());
    return written->id;
}

Result<std::int64_t> CatalogLinks::collection(std::string_view platform, std::string_view key, std::string_view title)
{
    const std::array keys{SqlValue{platform}, SqlValue{key}};
    const std::array vals{SqlValue{title.empty() ? key : title}};
    auto written = m_collections.ensure(keys, vals);
    if (!written)
        return std::unexpected(written.error());
    return written->id;
}

} // namespace flywheel::formats
