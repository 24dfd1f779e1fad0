#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace flywheel::customers {

/// One week of a product's sales at one place (a store, or the whole online shop).
struct PriceWeek {
    int week = 0; ///< week number on a calendar all series share (see weekNumber in PriceHistory.h)
    double units = 0; ///< units sold; 0 is a real observation (the product was on sale and nobody bought)
    /// The price shoppers were offered, after the discounts open to them; what the fit uses. Weeks
    /// with a price <= 0 are left out.
    double price = 0;
    /// The undiscounted price that week; <= 0 when unknown, and then the series' highest price is used.
    double regularPrice = 0;
    bool feature = false; ///< advertised (newsletter, circular)
    bool display = false; ///< given a prominent place (home page, in-store display)
    /// Units the rest of the store sold that week: how busy the store was, so a sale week that also
    /// brought more shoppers is not read as this product's response to its price. 0 when unknown.
    double otherUnits = 0;
    double paidPrice = 0; ///< average actually paid per unit by the week's buyers (0 without a sale); not fitted
};

/// A week counts as discounted when the price offered is at least this share below the regular price.
inline constexpr double kDiscountedBelowRegular = 0.03;
[[nodiscard]] bool isDiscounted(const PriceWeek& week);

/// The weekly sales of one product at one place. A product may have several series (one per store):
/// each gets its own level (a fixed effect), and they share the product's response to price.
struct PriceSeries {
    std::int64_t productId = 0;
    QString category; ///< products are pooled and shrunk per category
    std::int64_t group = 0; ///< e.g. the store; one series per product and group
    std::vector<PriceWeek> weeks;
};

/// Why there is no estimate of a product's (or category's) own.
enum class NoEstimate {
    NoSales, ///< nothing sold in the weeks read
    TooFewWeeks, ///< too few weeks, or too few weeks with a sale, to separate price from the rest
    NoPriceVariation, ///< the price (paid) hardly ever moved, so its effect cannot be seen
    NotIdentified, ///< price moved only together with something else (a promotion, the season) or the fit did not
                   ///< settle
};

/// Machine name stored in price_response.reason, e.g. "no_price_variation".
[[nodiscard]] QString noEstimateKey(NoEstimate reason);
[[nodiscard]] std::optional<NoEstimate> noEstimateFromKey(const QString& key);

struct PriceResponseText {
    Q_DECLARE_TR_FUNCTIONS(PriceResponse)
public:
    /// One sentence on what could not be estimated and what the owner can do about it.
    [[nodiscard]] static QString reason(NoEstimate reason);
};

/// A coefficient and its standard error.
struct Estimate {
    double value = 0;
    double standardError = 0;
};

/// Units in promoted weeks against the same weeks without the promotion: exp(beta) - 1, so 0.4 is 40 % more.
struct PromotionLift {
    double lift = 0;
    double standardError = 0; ///< by the delta method
    int weeks = 0; ///< weeks with the flag set
};

/// The fit of one product's (or one category's) series: units ~ Poisson(exp(level of the series +
/// elasticity * log(price / regular price) + trend + season + promotion flags + store traffic)).
struct PriceFit {
    std::optional<Estimate> elasticity;
    std::optional<NoEstimate> reason; ///< set exactly when elasticity is not
    int observations = 0; ///< weeks used
    int weeksWithSales = 0;
    double priceVariation = 0; ///< coefficient of variation of price / regular price over the weeks used
    std::optional<PromotionLift> feature; ///< when the flag was both set and unset in enough weeks
    std::optional<PromotionLift> display;
};

struct ProductPriceResponse {
    std::int64_t productId = 0;
    QString category;
    PriceFit own;
    /// What to plan with: the own estimate shrunk towards the category by the precisions of both, or
    /// the category's value when the product has none of its own.
    Estimate shrunk;
    bool borrowed = false; ///< no estimate of its own: `shrunk` is the category's (own.reason says why)
};

struct CategoryPriceResponse {
    QString category;
    int products = 0;
    int productsEstimated = 0; ///< products with an estimate of their own
    /// Pooled over the category's products, each with its own level; no reason set when estimated.
    PriceFit pooled;
    /// What products are shrunk towards: the pooled estimate shrunk towards the store-wide prior.
    Estimate prior;
    bool fromStorePrior = false; ///< no pooled estimate: the prior is the store-wide one
    double spread = 0; ///< how much products' true elasticities differ around the prior (standard deviation)
};

struct PriceResponses {
    std::vector<ProductPriceResponse> products; ///< by product id
    std::vector<CategoryPriceResponse> categories; ///< by category
};

struct PriceResponseOptions {
    /// Where estimates go without data: most products sell more when cheaper, typically -1 to -3.
    Estimate storePrior { -1.5, 1.0 };
    int minWeeks = 8;
    int minWeeksWithSales = 4;
    /// The price must differ from its usual level (the series' median) by this share in at least
    /// `minChangedWeeks` weeks for its effect to be estimated.
    double minPriceChange = 0.02;
    int minChangedWeeks = 2;
    int minFlagWeeks = 2; ///< a promotion flag enters the fit when set, and unset, in this many weeks
    /// Spread of products around their category when there are too few estimates to measure it, the
    /// least it is taken to be (products of one category never respond exactly alike) and the most
    /// (a few wild estimates with understated errors must not cut every product loose from its category).
    double defaultSpread = 0.5;
    double minSpread = 0.2;
    double maxSpread = 1.0;
};

/// Fits one elasticity to the series together (each series with its own level). Pure computation.
[[nodiscard]] PriceFit fitPriceResponse(
    std::span<const PriceSeries* const> series, const PriceResponseOptions& options = {});

/// Elasticity per product (pooling a product's series) and per category, with each product's shrunk
/// towards its category in proportion to how thin its own data are. Pure computation, any thread.
[[nodiscard]] PriceResponses estimatePriceResponses(
    std::span<const PriceSeries> series, const PriceResponseOptions& options = {});

/// Expected units at a discount of `discount` (0.2 = 20 % off) relative to full price: (1 - d)^elasticity.
[[nodiscard]] double unitsMultiplierAt(double discount, double elasticity);

} // namespace flywheel::customers
