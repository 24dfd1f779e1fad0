#pragma once

#include "customers/PurchaseModel.h"

namespace flywheel::customers {

/// The Gamma-Gamma model of what a customer spends per purchase (Fader, Hardie and Lee 2005,
/// "RFM and CLV: using iso-value curves for customer base analysis", and the note on the
/// Gamma-Gamma model). A customer's purchase values are Gamma(shape p, rate ν), and ν differs
/// between customers as Gamma(shape q, rate v). The mean purchase across customers is p v / (q - 1).
/// Values are in the store's currency (any unit: results come back in the same unit).
struct GammaGammaParameters {
    double p = 0;
    double q = 0;
    double v = 0;
};

/// A customer who bought again: how many purchases after the first, and their mean value.
struct RepeatSpend {
    double frequency = 0; ///< x >= 1
    double averageValue = 0; ///< mean value of those x purchases (the first purchase left out)
};

struct GammaGammaOptions {
    /// Weight of the prior, in customers, as in BgNbdOptions. 0 fits by plain maximum likelihood.
    double priorCustomers = 1;
    /// Below this many repeat customers no fit is attempted.
    int minimumCustomers = 10;
};

struct GammaGammaFit {
    GammaGammaParameters parameters;
    double logLikelihood = 0; ///< of the customers at `parameters`, without the prior
    int customers = 0; ///< repeat customers the fit used
    bool usedPrior = false;
    bool converged = false;
};

/// Fits the model by penalised maximum likelihood. Customers whose repeat purchases were all free
/// (average 0) are left out: they say nothing about how much people spend. Fails with
/// InvalidArgument, saying why, when too few repeat customers are left or a value is impossible.
[[nodiscard]] Result<GammaGammaFit> fitGammaGamma(
    std::span<const RepeatSpend> customers, const GammaGammaOptions& options = {});

/// The customer's expected value per purchase: a weighted mean of the store's mean purchase and
/// the customer's own average, the own average weighing more the more purchases it rests on. With
/// frequency 0 (nothing known yet) it is the store's mean purchase. Infinite when q <= 1 and the
/// customer has no repeat purchase (the model's mean purchase does not exist then).
[[nodiscard]] double conditionalExpectedAverageValue(
    const GammaGammaParameters& parameters, double frequency, double averageValue);

/// Expected margin from the customer's purchases over the next `horizonWeeks`: expected purchases
/// four weeks at a time (BG/NBD), each step's discounted by (1 + weeklyDiscountRate)^(its middle week), times the
/// expected value per purchase (Gamma-Gamma) times the share of a sale that is margin.
[[nodiscard]] double customerLifetimeValue(const BgNbdParameters& purchases, const GammaGammaParameters& spend,
    const PurchaseSummary& summary, double averageValue, double horizonWeeks, double weeklyDiscountRate,
    double marginShare);
/// The same, with the customer's expected purchases by the end of each step from `expectedBy` (weeks
/// to purchases), as an ExpectedPurchasesTable of many customers gives them; lifetimeStepEnds() lists
/// the weeks it asks about.
[[nodiscard]] double customerLifetimeValue(const GammaGammaParameters& spend, const PurchaseSummary& summary,
    double averageValue, double horizonWeeks, double weeklyDiscountRate, double marginShare,
    const std::function<double(double)>& expectedBy);
/// The weeks customerLifetimeValue() asks for the expected purchases by, up to `horizonWeeks`.
[[nodiscard]] std::vector<double> lifetimeStepEnds(double horizonWeeks);

} // namespace flywheel::customers
