#pragma once

#include "Error.h"

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace flywheel::customers {

/// One customer's purchases as the purchase model sees them, in weeks. Several orders on the same
/// day count as one purchase.
struct PurchaseSummary {
    double frequency = 0; ///< x: purchases after the first
    double recency = 0; ///< t_x: weeks from the first purchase to the last (0 when x = 0)
    double age = 0; ///< T: weeks from the first purchase to the end of the data
};

/// The BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"). While
/// active, a customer buys at a rate λ per week, λ ~ Gamma(shape r, rate α) across customers;
/// right after each repeat purchase the customer stops for good with probability p,
/// p ~ Beta(a, b) across customers.
struct BgNbdParameters {
    double r = 0;
    double alpha = 0; ///< in weeks
    double a = 0;
    double b = 0;
};

struct BgNbdOptions {
    /// Weight of the prior, in customers: its log-density is added this many times to the sum of
    /// the customers' log-likelihoods. 0 fits by plain maximum likelihood.
    double priorCustomers = 1;
    /// Below this many customers no fit is attempted.
    int minimumCustomers = 20;
};

struct BgNbdFit {
    BgNbdParameters parameters;
    double logLikelihood = 0; ///< of the customers at `parameters`, without the prior
    int customers = 0;
    int repeatCustomers = 0; ///< customers with at least one purchase after their first
    bool usedPrior = false;
    bool converged = false; ///< the last restart of the optimiser no longer improved the fit
};

/// Fits the BG/NBD model to the customers by penalised maximum likelihood (see the prior in the
/// source). Fails with InvalidArgument, saying why, when there are too few customers, nobody has
/// bought twice, or a summary is impossible (negative, or a last purchase after the data's end).
[[nodiscard]] Result<BgNbdFit> fitBgNbd(std::span<const PurchaseSummary> customers, const BgNbdOptions& options = {});

/// The log-likelihood of one customer's purchases under the model.
[[nodiscard]] double bgNbdLogLikelihood(const BgNbdParameters& parameters, const PurchaseSummary& summary);

/// Probability that the customer has not stopped buying. A customer without a repeat purchase
/// cannot have stopped yet (stopping happens right after a repeat purchase), so this is 1 for them.
[[nodiscard]] double probabilityAlive(const BgNbdParameters& parameters, const PurchaseSummary& summary);

/// Expected purchases in the `windowWeeks` after the end of the data, given the customer's history.
[[nodiscard]] double expectedPurchases(
    const BgNbdParameters& parameters, const PurchaseSummary& summary, double windowWeeks);

/// expectedPurchases() for many customers over a few windows, with the same results. What an active
/// customer is expected to buy depends on their repeat purchases and age alone, which most customers
/// of a large store share with others: each such pair's expectation is worked out once, up front,
/// on every core. Reading is thread-safe.
class ExpectedPurchasesTable {
public:
    ExpectedPurchasesTable(const BgNbdParameters& parameters, std::span<const PurchaseSummary> customers,
        std::vector<double> windowsWeeks);

    /// expectedPurchases(parameters, summary, windowWeeks) for one of the customers and windows given.
    [[nodiscard]] double operator()(const PurchaseSummary& summary, double windowWeeks) const;

private:
    BgNbdParameters m_parameters;
    std::vector<double> m_windows;
    std::map<std::pair<double, double>, size_t> m_rowOf; ///< (frequency, age) -> row
    std::vector<double> m_whileActive; ///< per row, per window
};

/// Expected repeat purchases in the first `weeks` after a new customer's first purchase.
[[nodiscard]] double expectedPurchasesNewCustomer(const BgNbdParameters& parameters, double weeks);

/// Weeks from the end of the data until the customer has more likely than not bought again: the
/// median of the wait for the next purchase, where a customer who has stopped waits forever.
/// Empty when the customer has more likely than not stopped (P(alive) <= 1/2), because then no such
/// date exists; show P(alive) instead.
[[nodiscard]] std::optional<double> medianWeeksToNextPurchase(
    const BgNbdParameters& parameters, const PurchaseSummary& summary);

/// The penalised fit both customer models share: maximises `logLikelihood(parameters)` plus
/// `priorCustomers` times the log-density of a standard normal prior on log(parameter / centre),
/// searching over the logarithms of the parameters (so they stay positive) with Nelder and Mead's
/// simplex, restarted from its best point until a restart no longer improves. `logLikelihood` may
/// return -inf or NaN where the parameters are unusable.
struct LogScaleFit {
    std::vector<double> parameters;
    double logLikelihood = 0; ///< without the prior
    bool converged = false;
};
[[nodiscard]] LogScaleFit fitOnLogScale(const std::function<double(std::span<const double>)>& logLikelihood,
    std::span<const double> start, std::span<const double> priorCentre, double priorCustomers);

} // namespace flywheel::customers
