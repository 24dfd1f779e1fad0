#pragma once

#include "stages/inventory/DemandHistory.h"
#include "stages/inventory/Replenishment.h"
#include "stages/inventory/StockedVariants.h"

#include <QDate>
#include <QString>

#include <optional>

namespace flywheel::inventory {

enum class StockStatus { OutOfStock, Reorder, Overstock, Healthy, NoDemand, Inactive };

/// Machine name as stored in inventory_health.status: "out_of_stock", "reorder", ...
[[nodiscard]] QString statusKey(StockStatus status);
/// The owner's word for it, translated.
[[nodiscard]] QString statusLabel(StockStatus status);
[[nodiscard]] std::optional<StockStatus> statusFromKey(QStringView key);

/// A variant's stock judged against its forecast, as inventory_health stores it.
struct StockHealth {
    std::int64_t variantId = 0;
    StockStatus status = StockStatus::Healthy;
    int available = 0;
    int incoming = 0;
    ReplenishmentTerms terms;
    Replenishment plan;
    std::optional<QDate> stockoutDate;
    std::int64_t revenueAtRiskMinor = 0;
    std::int64_t overstockValueMinor = 0;
    std::optional<int> stockAgeDays;
};

/// Weeks without a sale after which a variant that is out of stock with nothing on its way counts
/// as discontinued rather than missing.
inline constexpr int kDiscontinuedAfterWeeks = 26;

/// Judges one variant with a stock reading. `demand` is its forecast over the days ahead, or
/// nullopt when it never sold; `history` its sales and readings; `lastDay` the day the data runs to.
[[nodiscard]] StockHealth assessStock(const StockedVariant& variant, const VariantHistory& history,
    const std::optional<DailyDemand>& demand, const ReplenishmentTerms& terms, QDate lastDay);

} // namespace flywheel::inventory
