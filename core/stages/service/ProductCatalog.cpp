#include "stages/service/ProductCatalog.h"

#include "stages/shared/RecentSales.h"
#include "store/StoreSettings.h"
#include "text/Analyzer.h"
#include "text/MessageCleaner.h"

#include <algorithm>

namespace flywheel::service {

namespace {
using namespace Qt::StringLiterals;

/// Days of orders behind a product's selling price: recent enough to reflect today's prices and
/// discounts, long enough to include slow sellers.
constexpr int kPriceWindowDays = 90;
constexpr int kMaxNamedProducts = 3;

QStringList splitTags(const QString& tags)
{
    QStringList result;
    for (const QString& tag : tags.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed().toLower();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// Calls `visit` with every run that could be a SKU, left to right: an ASCII letter or digit followed
/// by two or more letters, digits and . _ / - ("AJ-102-M", "sku_77"). A message has many such runs
/// and few SKUs, so this runs on every ticket and stays a plain scan.
template <typename Visit> void forEachSkuLike(QStringView text, Visit visit)
{
    const auto continuesSku
        = [](QChar c) { return isAsciiLetterOrDigit(c) || c == u'.' || c == u'_' || c == u'/' || c == u'-'; };
    qsizetype start = 0;
    while (start < text.size()) {
        if (!isAsciiLetterOrDigit(text[start])) {
            ++start;
            continue;
        }
        qsizetype end = start + 1;
        while (end < text.size() && continuesSku(text[end]))
            ++end;
        if (end - start >= 3)
            visit(text.mid(start, end - start));
        start = end; // a shorter run inside this one is no SKU either: it ends at the same place
    }
}

/// The first two characters of a SKU, upper case, as an index into ProductCatalog's SKU starts. SKU-like
/// runs are ASCII, so folding the rest away costs no SKU that could be quoted.
size_t skuStart(QStringView sku)
{
    const auto code = [](QChar c) { return static_cast<size_t>(c.toUpper().unicode() & 0x7f); };
    return code(sku[0]) << 7 | code(sku[1]);
}

void addUnique(std::vector<LinkedProduct>& links, int index, ProductLink how)
{
    const bool known
        = std::any_of(links.begin(), links.end(), [&](const LinkedProduct& l) { return l.index == index; });
    if (!known)
        links.push_back({ index, how });
}
} // namespace

QString productLinkName(ProductLink link)
{
    switch (link) {
    case ProductLink::Order:
        return u"order"_s;
    case ProductLink::Sku:
        return u"sku"_s;
    case ProductLink::Name:
        break;
    }
    return u"name"_s;
}

Result<ProductCatalog> ProductCatalog::load(
    Database& db, const text::Analyzer& analyzer, text::TermTable& terms, RunShared* shared)
{
    ProductCatalog catalog;
    catalog.m_currency = StoreSettings(db).currency();
    if (auto ok = catalog.readProducts(db, analyzer, terms); !ok)
        return std::unexpected(ok.error());
    QHash<std::int64_t, int> productOfVariant;
    if (auto ok = catalog.readVariants(db, analyzer, productOfVariant); !ok)
        return std::unexpected(ok.error());
    if (auto ok = catalog.readSales(db, shared); !ok)
        return std::unexpected(ok.error());
    if (auto ok = catalog.readTicketOrders(db, productOfVariant); !ok)
        return std::unexpected(ok.error());
    return catalog;
}

Result<void> ProductCatalog::readProducts(Database& db, const text::Analyzer& analyzer, text::TermTable& terms)
{
    auto select = db.prepare("SELECT id, coalesce(handle, ''), title, coalesce(description_html, ''), "
                             "coalesce(product_type, ''), coalesce(category, ''), coalesce(tags, ''), "
                             "coalesce(seo_description, '') FROM products ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    return select->forEachRow([&](Statement& row) {
        CatalogProduct product;
        product.id = row.int64(0);
        product.handle = row.text(1);
        product.title = row.text(2);
        product.titleTerms = analyzer.terms(product.title);
        product.tags = splitTags(row.text(6));
        const QString content = product.title + u'\n' + text::cleanMessage(row.text(3)) + u'\n' + row.text(4) + u'\n'
            + row.text(5) + u'\n' + product.tags.join(u'\n') + u'\n' + row.text(7);
        product.contentTerms = analyzer.terms(content);
        for (const QString& term : analyzer.terms(row.text(4)))
            m_namingTerms.insert(term);
        for (const QString& term : product.titleTerms)
            m_namingTerms.insert(term);
        const auto index = static_cast<int>(m_products.size());
        m_indexById.insert(product.id, index);
        m_titles.add(terms.add(product.titleTerms), index);
        m_products.push_back(std::move(product));
    });
}

Result<void> ProductCatalog::readVariants(
    Database& db, const text::Analyzer& analyzer, QHash<std::int64_t, int>& productOfVariant)
{
    auto select = db.prepare("SELECT product_id, coalesce(sku, ''), coalesce(option1_name, ''), coalesce(option1, ''), "
                             "coalesce(option2_name, ''), coalesce(option2, ''), coalesce(option3_name, ''), "
                             "coalesce(option3, ''), price_minor, id FROM variants ORDER BY product_id, position, id");
    if (!select)
        return std::unexpected(select.error());
    QHash<int, std::pair<std::int64_t, int>> listPrices; // product index -> sum, count
    QHash<int, QSet<QString>> optionValues;
    QHash<QString, QString> analyzedNames; // a catalog has few option names and many variants
    auto read = select->forEachRow([&](Statement& row) {
        const int index = indexOf(row.int64(0));
        if (index < 0)
            return;
        productOfVariant.insert(row.int64(9), index);
        CatalogProduct& product = m_products[static_cast<size_t>(index)];
        const QString sku = row.text(1).trimmed().toUpper();
        if (sku.size() >= 3) {
            m_indexBySku.insert(sku, index);
            m_skuStarts.set(skuStart(sku));
        }
        for (int option = 0; option < 3; ++option) {
            const QString name = row.text(2 + option * 2);
            const QString value = row.text(3 + option * 2);
            // Shopify's "Title / Default Title" is the absence of options, not an option.
            if (name.isEmpty() || name.compare(u"Title"_s, Qt::CaseInsensitive) == 0)
                continue;
            auto analyzedName = analyzedNames.constFind(name);
            if (analyzedName == analyzedNames.cend())
                analyzedName = analyzedNames.insert(name, analyzer.terms(name).join(u' '));
            if (!analyzedName->isEmpty())
                product.optionNames.insert(*analyzedName);
            optionValues[index].insert(name);
            optionValues[index].insert(value);
        }
        if (!row.isNull(8)) {
            auto& [sum, count] = listPrices[index];
            sum += row.int64(8);
            ++count;
        }
    });
    if (!read)
        return read;
    for (auto it = optionValues.cbegin(); it != optionValues.cend(); ++it) {
        QStringList values(it.value().begin(), it.value().end());
        values.sort();
        m_products[static_cast<size_t>(it.key())].contentTerms += analyzer.terms(values.join(u'\n'));
    }
    for (auto it = listPrices.cbegin(); it != listPrices.cend(); ++it)
        m_products[static_cast<size_t>(it.key())].unitPriceMinor = it.value().first / std::max(1, it.value().second);
    return {};
}

Result<void> ProductCatalog::readSales(Database& db, RunShared* shared)
{
    auto sales = readRecentProductSales(db, kPriceWindowDays, shared);
    if (!sales)
        return std::unexpected(sales.error());
    for (auto it = sales->cbegin(); it != sales->cend(); ++it) {
        const int index = indexOf(it.key());
        if (index < 0 || it->pricedUnits <= 0)
            continue;
        CatalogProduct& product = m_products[static_cast<size_t>(index)];
        product.revenue90Minor = std::max<std::int64_t>(0, it->revenueMinor);
        product.unitPriceMinor = product.revenue90Minor / it->pricedUnits;
    }
    return {};
}

Result<void> ProductCatalog::readTicketOrders(Database& db, const QHash<std::int64_t, int>& productOfVariant)
{
    // Tickets first (CROSS JOIN keeps that order): a help desk refers to a small share of the orders,
    // and scanning every order line for them took four times as long. Products come from the
    // variants already read, not from a join, and each order's list is sorted and made unique here.
    auto select = db.prepare("SELECT t.order_id, ol.variant_id FROM tickets t "
                             "CROSS JOIN order_lines ol ON ol.order_id = t.order_id "
                             "WHERE t.order_id IS NOT NULL AND ol.variant_id IS NOT NULL");
    if (!select)
        return std::unexpected(select.error());
    auto read = select->forEachRow([&](Statement& row) {
        const int index = productOfVariant.value(row.int64(1), -1);
        if (index >= 0)
            m_orderProducts[row.int64(0)].push_back(index);
    });
    if (!read)
        return read;
    // Product indices follow product ids (readProducts reads in id order): sorted by index is by id.
    for (std::vector<int>& products : m_orderProducts) {
        std::sort(products.begin(), products.end());
        products.erase(std::unique(products.begin(), products.end()), products.end());
    }
    return {};
}

std::vector<LinkedProduct> ProductCatalog::named(const QString& text, text::TermView terms) const
{
    std::vector<LinkedProduct> links;
    for (const text::PhraseIndex::Match& match : m_titles.findLongest(terms)) {
        // A one-word title ("Beanie") is too common a word to stand for one product.
        if (match.length >= 2 || m_products[static_cast<size_t>(match.id)].titleTerms.size() == 1)
            addUnique(links, match.id, ProductLink::Name);
    }
    if (links.size() > kMaxNamedProducts)
        links.resize(kMaxNamedProducts);
    if (!m_indexBySku.isEmpty()) {
        QString candidate; // reused: most candidates are plain words, looked up and dropped
        forEachSkuLike(text, [&](QStringView token) {
            if (!m_skuStarts.test(skuStart(token)))
                return;
            candidate.resize(0);
            for (const QChar c : token)
                candidate.append(c.toUpper());
            if (const auto found = m_indexBySku.constFind(candidate); found != m_indexBySku.cend())
                addUnique(links, *found, ProductLink::Sku);
        });
    }
    return links;
}

} // namespace flywheel::service
