#pragma once

#include "stages/merchandising/ProductFacts.h"

#include <QHash>

#include <optional>
#include <vector>

namespace flywheel::merchandising {

/// A collection as the store has it: its products in their current order.
struct Collection {
    std::int64_t id = 0;
    QString handle;
    QString title;
    std::vector<std::int64_t> products; ///< current order: by position, then as imported
    bool ordered = true; ///< false when the export gave no positions: the current order is not known
};

/// Every collection with at least one product.
[[nodiscard]] Result<std::vector<Collection>> readCollections(Database& db);

/// How much each part weighs in a product's score; each part is 0..1 within its collection.
struct ScoreWeights {
    static constexpr double kDemand = 0.5; ///< units sold and searches leading to it, recent weeks
    static constexpr double kTrend = 0.15; ///< how sure its rise is, when it is trending up
    static constexpr double kConversion = 0.15; ///< sales per search click, against the collection's best
    static constexpr double kMargin = 0.2; ///< gross margin
};

/// The places shoppers see first, where a collection's order matters most.
inline constexpr int kTopSlots = 10;

/// One product's place in a collection, now and as suggested, and why.
struct RankedProduct {
    std::int64_t productId = 0;
    int currentPosition = 0; ///< 1-based
    int suggestedPosition = 0; ///< 1-based
    double score = 0;
    double demand = 0;
    double trend = 0;
    std::optional<double> conversion; ///< part of the score; nullopt: no clicks counted, the middle used
    std::optional<double> margin; ///< nullopt: no cost known, the collection's middle used
    StockState stock = StockState::Unknown;
    std::optional<double> daysOfCover;
    QString explanation; ///< one line for the owner
};

/// A collection's suggested order and how far the current one is from it.
struct CollectionRanking {
    Collection collection;
    std::vector<RankedProduct> products; ///< in the suggested order
    /// What the current first places are worth as a share of what the suggested ones are (each
    /// place weighted as shoppers look at it, products not to push worth nothing).
    double currentWorth = 1;
    int blockedOnTop = 0; ///< out of stock, nearly out or not on sale in the current first places, moved down
    int trendingUp = 0; ///< trending products in stock that move up three places or more into the first places
    /// Whether the suggested order is worth the owner's time: the first places gain a tenth or
    /// more, or lose a product not to push, or gain a trending one.
    [[nodiscard]] bool differs() const;
};

/// The collection's products ordered by score, those out of stock, nearly out or not on sale
/// always after those that can be sold. `unitsPerSearch` turns searches into likely sales (the
/// store's recent units per search).
[[nodiscard]] CollectionRanking rankCollection(const Collection& collection,
    const QHash<std::int64_t, ProductFacts>& facts, const TrendReport& trends, double unitsPerSearch);

/// True when the product may be pushed: in stock with cover to spare, or stock not known.
[[nodiscard]] bool canPush(StockState state);

} // namespace flywheel::merchandising
