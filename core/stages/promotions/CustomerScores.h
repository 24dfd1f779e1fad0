#pragma once

#include "Error.h"
#include "Progress.h"
#include "customers/CustomerHistory.h"
#include "customers/PurchaseModel.h"
#include "customers/Rfm.h"
#include "customers/SpendModel.h"

#include <optional>

namespace flywheel {
class Database;
}

namespace flywheel::promotions {

/// What the store knows and expects of one customer.
struct CustomerScore {
    customers::RfmScore rfm;
    customers::PurchaseSummary summary; ///< in weeks, up to the store's last order day
    double averageRepeatValue = 0; ///< in currency units (not minor), over the purchases after the first
    std::optional<double> pAlive;
    std::optional<double> expectedPurchases90d;
    std::optional<QDate> expectedNextOrder;
    std::optional<std::int64_t> clvMinor; ///< expected spend over the next 12 months
    /// Share of orders bought on a discount, smoothed towards the store's share (few orders say little).
    double discountAffinity = 0;
    QString topCategory;
};

/// The fitted customer models, or why they could not be fitted.
struct CustomerModels {
    std::optional<customers::BgNbdFit> purchase;
    QString purchaseNote;
    std::optional<customers::GammaGammaFit> spend;
    QString spendNote;
};

struct ScoredCustomers {
    customers::CustomerHistories histories;
    std::vector<CustomerScore> scores; ///< parallel to histories.customers
    CustomerModels models;
};

/// Days the expected purchases are counted over (the 90 of customer_scores.expected_purchases_90d).
inline constexpr double kExpectedPurchaseDays = 90;
/// Weeks lifetime value looks ahead.
inline constexpr double kLifetimeWeeks = 52;

/// Reads every customer's orders, scores RFM and discount affinity, fits the purchase and spend
/// models (when the store has enough repeat customers) and applies them to each customer.
[[nodiscard]] Result<ScoredCustomers> scoreCustomers(Database& db, const Progress* progress);

/// Rewrites customer_scores and customer_models.
[[nodiscard]] Result<void> writeCustomerScores(Database& db, std::int64_t runId, const ScoredCustomers& scored);

} // namespace flywheel::promotions
