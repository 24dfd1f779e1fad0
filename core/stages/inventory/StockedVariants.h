#pragma once

#include "Error.h"
#include "stages/inventory/Replenishment.h"

#include <QHash>
#include <QString>

#include <optional>

namespace flywheel {
class Database;
}

namespace flywheel::inventory {

/// What the Inventory stage needs to know of a variant besides its sales.
struct StockedVariant {
    std::int64_t id = 0;
    std::int64_t productId = 0;
    QString sku;
    QString name; ///< product title, with the options when there are any: "Rain Jacket - Navy / M"
    QString vendor;
    std::int64_t priceMinor = 0;
    std::optional<std::int64_t> costMinor;
    QString currency;
    bool active = true; ///< the product is on sale (not draft or archived)
    bool tracked = true; ///< the platform counts its stock

    /// What a unit is worth in stock: its cost when the export has it, else its price.
    [[nodiscard]] std::int64_t unitValueMinor() const { return costMinor.value_or(priceMinor); }
};

/// Every variant, by id.
[[nodiscard]] Result<QHash<std::int64_t, StockedVariant>> readStockedVariants(Database& db);

/// One supplier's terms as the owner set them; an unset term falls back to the store's setting.
struct VendorTerms {
    QString vendor;
    std::optional<int> leadTimeDays;
    std::optional<double> serviceLevelPercent;
};

[[nodiscard]] Result<QList<VendorTerms>> readVendorTerms(Database& db);
/// Every vendor the catalog names, in alphabetical order ("" for products without one).
[[nodiscard]] Result<QStringList> readVendors(Database& db);
/// Saves `terms`, or forgets them when neither term is set. Refused (InvalidArgument) outside the
/// settings' ranges: lead time 1-365 days, service level 50-99.9 %.
[[nodiscard]] Result<void> saveVendorTerms(Database& db, const VendorTerms& terms);

/// The terms each vendor's variants are planned with: the store's settings, overridden per vendor.
class TermsByVendor {
public:
    [[nodiscard]] static Result<TermsByVendor> read(Database& db);
    [[nodiscard]] ReplenishmentTerms termsFor(const QString& vendor) const;
    /// The store-wide settings, for vendors without terms of their own.
    [[nodiscard]] const ReplenishmentTerms& storeTerms() const { return m_store; }

private:
    ReplenishmentTerms m_store;
    QHash<QString, VendorTerms> m_vendors;
};

} // namespace flywheel::inventory
