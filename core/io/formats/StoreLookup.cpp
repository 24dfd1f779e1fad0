#include "io/formats/StoreLookup.h"

#include "io/formats/CustomerLink.h"

#include <QString>

namespace flywheel::formats {

namespace {
/// The id of the first row a one-column query returns, with the arguments bound to ?1, ?2, ...
template <typename... Args>
Result<std::optional<std::int64_t>> firstId(Database& db, std::string_view sql, const Args&... args)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(args...);
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<std::int64_t> id;
    if (*row && !(*stmt)->isNull(0))
        id = (*stmt)->int64(0);
    (*stmt)->reset();
    return id;
}

std::string foldedTitle(std::string_view title)
{
    return QString::fromUtf8(title.data(), qsizetype(title.size())).simplified().toCaseFolded().toStdString();
}
} // namespace

std::string_view orderNumberDigits(std::string_view number)
{
    number = values::stripTextGuard(values::trim(number));
    while (number.starts_with('#'))
        number.remove_prefix(1);
    return values::trim(number);
}

Result<void> StoreLookup::loadOrderPlatforms()
{
    // Steps from one platform to the next through the (platform, source_key) index instead of
    // reading every order, as SELECT DISTINCT would.
    auto stmt = m_db.prepare("WITH RECURSIVE p(platform) AS (SELECT min(platform) FROM orders UNION ALL SELECT "
                             "(SELECT min(platform) FROM orders WHERE platform > p.platform) FROM p WHERE p.platform "
                             "IS NOT NULL) SELECT platform FROM p WHERE platform IS NOT NULL");
    if (!stmt)
        return std::unexpected(stmt.error());
    m_orderPlatforms.emplace();
    return stmt->forEachRow([this](const Statement& row) { m_orderPlatforms->emplace_back(row.utf8(0)); });
}

Result<std::optional<std::int64_t>> StoreLookup::order(std::string_view number)
{
    number = orderNumberDigits(number);
    if (number.empty())
        return std::nullopt;
    if (!m_orderPlatforms)
        if (auto ok = loadOrderPlatforms(); !ok)
            return std::unexpected(ok.error());
    const std::string hashed = "#" + std::string(number);
    // Asked per platform, so the (platform, source_key) index answers each lookup.
    for (const std::string& platform : *m_orderPlatforms) {
        auto id = firstId(m_db, "SELECT min(id) FROM orders WHERE platform = ?1 AND source_key IN (?2, ?3)",
            std::string_view(platform), number, std::string_view(hashed));
        if (!id || *id)
            return id;
    }
    return std::nullopt;
}

Result<std::optional<std::int64_t>> StoreLookup::customer(std::string_view email)
{
    const std::string key = customerKeyForEmail(email);
    if (key.empty())
        return std::nullopt;
    return firstId(m_db, "SELECT id FROM customers WHERE customer_key = ?1", std::string_view(key));
}

Result<void> StoreLookup::loadTitles()
{
    auto stmt = m_db.prepare("SELECT title, id FROM products");
    if (!stmt)
        return std::unexpected(stmt.error());
    m_productByTitle.emplace();
    return stmt->forEachRow([this](const Statement& row) {
        const auto [it, added] = m_productByTitle->emplace(foldedTitle(row.utf8(0)), row.int64(1));
        if (!added)
            it->second = 0;
    });
}

Result<std::optional<std::int64_t>> StoreLookup::product(const ProductRef& ref)
{
    if (!ref.handle.empty()) {
        auto id = firstId(m_db, "SELECT min(id) FROM products WHERE handle = ?1", ref.handle);
        if (!id || *id)
            return id;
    }
    if (!ref.sourceId.empty()) {
        // WooCommerce products are keyed by "id:<product id>". Shopify's product CSV carries no
        // product id, so a Shopify id finds nothing here and the title below has to do.
        auto id = firstId(
            m_db, "SELECT id FROM products WHERE platform = 'woocommerce' AND source_key = 'id:' || ?1", ref.sourceId);
        if (!id || *id)
            return id;
    }
    if (!ref.sku.empty()) {
        auto id = firstId(m_db, "SELECT min(product_id) FROM variants WHERE sku = ?1", ref.sku);
        if (!id || *id)
            return id;
    }
    if (!ref.title.empty()) {
        if (!m_productByTitle)
            if (auto ok = loadTitles(); !ok)
                return std::unexpected(ok.error());
        const auto it = m_productByTitle->find(foldedTitle(ref.title));
        if (it != m_productByTitle->end() && it->second != 0)
            return it->second;
    }
    return std::nullopt;
}

} // namespace flywheel::formats
