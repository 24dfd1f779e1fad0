#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QStringList>

#include <vector>

namespace flywheel {
class RunShared;
}

namespace flywheel::content {

/// A product as its page shows it: the raw text the Content stage reads attributes from.
struct ContentProduct {
    struct Option {
        QString name; ///< as the store named it: "Colour"
        QStringList values; ///< distinct, in variant order
    };

    std::int64_t id = 0;
    QString platform; ///< "shopify", "woocommerce", ...
    QString sourceKey; ///< the platform's key: Shopify handle, WooCommerce "id:N" / "sku:X"
    QString handle;
    QString title;
    QString descriptionHtml;
    QString productType;
    QStringList tags; ///< trimmed, as written, in the store's order
    std::vector<Option> options;
    std::int64_t revenue90Minor = 0; ///< sales in the 90 days before the newest order
};

/// Every product with its options and recent sales (the run's, when `shared` is given), in id order.
[[nodiscard]] Result<std::vector<ContentProduct>> loadContentProducts(Database& db, RunShared* shared = nullptr);

/// Splits a product's tag cell as Shopify and WooCommerce write it ("a, b, c").
[[nodiscard]] QStringList splitTags(const QString& tags);

} // namespace flywheel::content
