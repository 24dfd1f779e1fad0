#pragma once

#include "Error.h"
#include "store/Database.h"
#include "text/PhraseIndex.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <bitset>
#include <vector>

namespace flywheel::text {
class Analyzer;
}

namespace flywheel {
class RunShared;
}

namespace flywheel::service {

/// What a product page says and sells for, as the Service stage needs it.
struct CatalogProduct {
    std::int64_t id = 0;
    QString handle;
    QString title;
    QStringList titleTerms;
    QStringList contentTerms; ///< title, description, type, tags, options and their values, analyzed
    QStringList tags; ///< lower case
    QSet<QString> optionNames; ///< analyzed option names ("size", "colour")
    /// Average selling price over the last 90 days of orders (list price when it did not sell).
    std::int64_t unitPriceMinor = 0;
    std::int64_t revenue90Minor = 0;
};

/// How a ticket was tied to a product: the products of its order, a SKU it quotes, or a product
/// name found in its words.
enum class ProductLink { Order, Sku, Name };
[[nodiscard]] QString productLinkName(ProductLink link);

struct LinkedProduct {
    int index = 0; ///< into ProductCatalog::products()
    ProductLink link = ProductLink::Name;
};

/// The catalog loaded once per run, with the indexes that find products in a message.
class ProductCatalog {
public:
    /// Reads products, variants, recent sales and the products of the orders tickets refer to. The
    /// titles' terms are numbered in `terms`, the table the messages' terms are numbers of. The
    /// recent sales are the run's (readRecentProductSales) when `shared` is given.
    [[nodiscard]] static Result<ProductCatalog> load(
        Database& db, const text::Analyzer& analyzer, text::TermTable& terms, RunShared* shared = nullptr);

    [[nodiscard]] const std::vector<CatalogProduct>& products() const { return m_products; }
    [[nodiscard]] int indexOf(std::int64_t productId) const { return m_indexById.value(productId, -1); }
    [[nodiscard]] QString currency() const { return m_currency; }

    /// The products a message names by title or quotes by SKU, in text order.
    [[nodiscard]] std::vector<LinkedProduct> named(const QString& text, text::TermView terms) const;
    /// The products of an order a ticket refers to.
    [[nodiscard]] std::vector<int> orderProducts(std::int64_t orderId) const { return m_orderProducts.value(orderId); }

    /// Analyzed words that name products rather than describe them (title words, product types).
    [[nodiscard]] const QSet<QString>& namingTerms() const { return m_namingTerms; }

private:
    [[nodiscard]] Result<void> readProducts(Database& db, const text::Analyzer& analyzer, text::TermTable& terms);
    /// Also fills `productOfVariant` with each variant's product index.
    [[nodiscard]] Result<void> readVariants(
        Database& db, const text::Analyzer& analyzer, QHash<std::int64_t, int>& productOfVariant);
    [[nodiscard]] Result<void> readSales(Database& db, RunShared* shared);
    [[nodiscard]] Result<void> readTicketOrders(Database& db, const QHash<std::int64_t, int>& productOfVariant);

    std::vector<CatalogProduct> m_products;
    QHash<std::int64_t, int> m_indexById;
    QHash<QString, int> m_indexBySku; ///< upper case SKU
    /// How every SKU starts: most words start like none, and are let go without a look-up.
    std::bitset<1 << 14> m_skuStarts;
    QHash<std::int64_t, std::vector<int>> m_orderProducts;
    text::PhraseIndex m_titles;
    QSet<QString> m_namingTerms;
    QString m_currency;
};

} // namespace flywheel::service
