#pragma once

#include "customers/PriceResponse.h"
#include "stages/promotions/CustomerScores.h"
#include "stages/promotions/DiscountDepth.h"
#include "stages/promotions/Promotion.h"

#include <QCoreApplication>

namespace flywheel::promotions {

/// Everything a promotion is planned from, besides the product itself.
struct PlanningInputs {
    const ScoredCustomers& customers;
    const customers::PriceResponses& prices;
    /// Every stocked product: a product's share of its category's demand comes from here.
    const std::vector<ProductStock>& stock;
    DepthLimits limits;
    int controlPercent = 10;
    int days = 14;
    QDate startsOn;
    quint64 seed = 0;
};

/// A promotion ready to be written, with its whole audience (control group included).
struct PlannedPromotion {
    Promotion promotion;
    std::vector<AudienceMember> audience;
    bool elasticityBorrowed = false;
    QString elasticityNote; ///< where the elasticity came from, in the owner's words
    DepthChoice depth;
    double surplusUnits = 0; ///< what the trigger wants moved
};

struct PlanResult {
    std::vector<PlannedPromotion> promotions;
    /// Products that should be promoted but cannot be, and why (for the stage's headline).
    QStringList notPlanned;
};

struct PlannerText {
    Q_DECLARE_TR_FUNCTIONS(PromotionPlanner)
};

/// Plans one promotion per triggered product: its audience (the customers most likely to buy its
/// category in the window, weighted by how much discounts move them, email marketing not refused),
/// a random control group of `controlPercent`, the discount depth from the product's price response
/// within the margin floor, and the expected extra units, revenue and margin. Deterministic for
/// the same inputs and seed.
[[nodiscard]] PlanResult planPromotions(const std::vector<TriggeredProduct>& triggered, const PlanningInputs& inputs);

/// The shared part of a promotion's codes: the product's first word (letters and digits, at most
/// 10) and the percent, e.g. "PARKA25".
[[nodiscard]] QString codePrefix(const QString& productTitle, int percent);

} // namespace flywheel::promotions
