#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace flywheel {
class Database;
}

namespace flywheel::promotions {

/// A product's stock and demand as the last Inventory run left them, summed over its variants.
struct ProductStock {
    std::int64_t productId = 0;
    QString title;
    QString handle;
    QString category; ///< product type
    QString currency;
    int available = 0;
    double weeklyDemand = 0; ///< what the forecast expects a week
    int overstockUnits = 0;
    std::int64_t overstockValueMinor = 0;
    std::optional<int> stockAgeDays; ///< of the oldest unit
    std::int64_t priceMinor = 0; ///< of the stocked variants, weighted by units available
    std::optional<std::int64_t> costMinor; ///< the same, when every stocked variant has a cost
    std::vector<double> weeklyForecast; ///< expected units in each of the coming weeks
    double unitsLast4Weeks = 0; ///< sold in the 4 weeks up to the store's last order day
    double unitsPrior12Weeks = 0; ///< sold in the 12 weeks before those
    /// Merchandising's trend of the product, when it is spiking or rising against its seasonal
    /// baseline: how many times the baseline, and the search it follows ("" when its own sales).
    std::optional<double> trendRatio;
    QString trendQuery;

    /// Weeks the stock lasts at the expected pace; nullopt when nothing is expected to sell.
    [[nodiscard]] std::optional<double> coverWeeks() const;
};

/// Why a product should be promoted, the first that applies in this order.
enum class Trigger {
    Overstock, ///< more stock than the overstock threshold's weeks of sales (Inventory's signal)
    SeasonEnd, ///< its demand is forecast to fall away while stock is left
    TrendingSurplus, ///< trending (Merchandising's trends, or its own recent sales), and still more stock than the new pace needs
    SlowMover, ///< stock that has sat for months or does not sell
};

[[nodiscard]] QString triggerKey(Trigger trigger);
[[nodiscard]] std::optional<Trigger> triggerFromKey(const QString& key);

struct TriggerText {
    Q_DECLARE_TR_FUNCTIONS(PromotionTriggers)
public:
    [[nodiscard]] static QString title(Trigger trigger);
};

/// A product that should be promoted: what triggered it, in the owner's words, and the units the
/// promotion should move (its surplus).
struct TriggeredProduct {
    ProductStock stock;
    Trigger trigger = Trigger::Overstock;
    QString why;
    double surplusUnits = 0;
};

/// The products with stock on hand, as of the last Inventory run, by product id.
[[nodiscard]] Result<std::vector<ProductStock>> readProductStock(Database& db);

/// The trigger that applies to `stock`, if any.
[[nodiscard]] std::optional<TriggeredProduct> triggerFor(const ProductStock& stock);

/// At most this many promotions run at once: a queue the owner can act on, and audiences that do not
/// get a code every week.
inline constexpr size_t kMaxPromotions = 12;

/// The products to promote, most money in surplus stock first, at most kMaxPromotions; `leftOut`
/// counts the triggered products beyond that.
[[nodiscard]] std::vector<TriggeredProduct> mostValuableTriggers(const std::vector<ProductStock>& stock, int& leftOut);

} // namespace flywheel::promotions
