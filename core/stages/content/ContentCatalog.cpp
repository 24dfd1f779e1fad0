#include "stages/content/ContentCatalog.h"

#include "stages/shared/RecentSales.h"

#include <QHash>

#include <algorithm>

namespace flywheel::content {

namespace {
/// Days of sales behind a product's weight among the suggestions: recent enough to reflect what sells
/// now, long enough for slow sellers to show.
constexpr int kSalesWindowDays = 90;

Result<void> readOptions(Database& db, std::vector<ContentProduct>& products, const QHash<std::int64_t, size_t>& index)
{
    auto select = db.prepare("SELECT product_id, coalesce(option1_name, ''), coalesce(option1, ''), "
                             "coalesce(option2_name, ''), coalesce(option2, ''), coalesce(option3_name, ''), "
                             "coalesce(option3, '') FROM variants ORDER BY product_id, position, id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        const auto found = index.constFind(row.int64(0));
        if (found == index.cend())
            return;
        ContentProduct& product = products[*found];
        for (int option = 0; option < 3; ++option) {
            const QString name = row.text(1 + option * 2).trimmed();
            const QString value = row.text(2 + option * 2).trimmed();
            if (name.isEmpty() || value.isEmpty())
                continue;
            auto slot = std::find_if(product.options.begin(), product.options.end(),
                [&](const ContentProduct::Option& o) { return o.name.compare(name, Qt::CaseInsensitive) == 0; });
            if (slot == product.options.end())
                slot = product.options.insert(product.options.end(), ContentProduct::Option { name, {} });
            if (!slot->values.contains(value))
                slot->values.append(value);
        }
    });
}

Result<void> readSales(
    Database& db, std::vector<ContentProduct>& products, const QHash<std::int64_t, size_t>& index, RunShared* shared)
{
    auto sales = readRecentProductSales(db, kSalesWindowDays, shared);
    if (!sales)
        return std::unexpected(sales.error());
    for (auto it = sales->cbegin(); it != sales->cend(); ++it) {
        const auto found = index.constFind(it.key());
        if (found != index.cend() && it->pricedUnits > 0)
            products[*found].revenue90Minor = std::max<std::int64_t>(0, it->revenueMinor);
    }
    return {};
}
} // namespace

QStringList splitTags(const QString& tags)
{
    QStringList result;
    for (const QString& tag : tags.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

Result<std::vector<ContentProduct>> loadContentProducts(Database& db, RunShared* shared)
{
    auto select = db.prepare("SELECT id, platform, source_key, coalesce(handle, ''), title, "
                             "coalesce(description_html, ''), coalesce(product_type, ''), coalesce(tags, '') "
                             "FROM products ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    std::vector<ContentProduct> products;
    QHash<std::int64_t, size_t> index;
    auto read = select->forEachRow([&](Statement& row) {
        ContentProduct product;
        product.id = row.int64(0);
        product.platform = row.text(1);
        product.sourceKey = row.text(2);
        product.handle = row.text(3);
        product.title = row.text(4);
        product.descriptionHtml = row.text(5);
        product.productType = row.text(6).trimmed();
        product.tags = splitTags(row.text(7));
        index.insert(product.id, products.size());
        products.push_back(std::move(product));
    });
    if (!read)
        return std::unexpected(read.error());
    if (auto ok = readOptions(db, products, index); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readSales(db, products, index, shared); !ok)
        return std::unexpected(ok.error());
    return products;
}

} // namespace flywheel::content
