#pragma once

#include "stages/merchandising/TrendAnalysis.h"

#include <QHash>
#include <QString>

#include <optional>

namespace flywheel::merchandising {

/// How a product's stock stands for merchandising, from the Inventory stage's judgement of its variants.
enum class StockState {
    Healthy, ///< in stock with cover to spare
    Low, ///< under kLowCoverDays of cover, or most of its demand on sizes that are out
    Out, ///< nothing available
    Unknown, ///< no stock reading (no inventory export, or not tracked)
    NotOnSale, ///< draft or archived
};

/// Under this many days of cover a product is "nearly out": never featured, never near the top.
inline constexpr double kLowCoverDays = 14;
/// Under this share of its weekly demand on variants in stock, a product's sizes are broken.
inline constexpr double kMinDemandInStock = 0.5;

/// What the collection ranking reads about one product.
struct ProductFacts {
    std::int64_t productId = 0;
    QString title;
    double unitsPerWeek = 0; ///< over the latest TrendRules::kSpikeWeeks weeks
    double searchesPerWeek = 0; ///< searches whose results lead to it, by its share of each query
    double clicksPerWeek = 0; ///< search clicks on it, shared the same way, where reports count clicks
    std::optional<double> margin; ///< (price − cost) / price over its variants with a cost
    StockState stock = StockState::Unknown;
    int available = 0;
    std::optional<double> daysOfCover;
    double demandInStock = 1; ///< share of its weekly demand on variants with stock
};

/// Each product's facts, keyed by product id: every product of the catalog.
[[nodiscard]] Result<QHash<std::int64_t, ProductFacts>> readProductFacts(Database& db, const TrendReport& trends);

/// Machine name as stored: "healthy", "low", "out", "unknown", "not_on_sale".
[[nodiscard]] QString stockKey(StockState state);
[[nodiscard]] std::optional<StockState> stockFromKey(QStringView key);
/// The owner's words, translated.
[[nodiscard]] QString stockLabel(StockState state);

} // namespace flywheel::merchandising
