#include "customers/PurchaseModel.h"

#include "Parallel.h"
#include "forecast/NelderMead.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <tuple>

namespace flywheel::customers {

namespace {
struct PurchaseModelText {
    Q_DECLARE_TR_FUNCTIONS(PurchaseModel)
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The prior is a normal distribution on the logarithm of each parameter, one unit (a factor e)
// wide, centred on values typical of retail purchase data counted in weeks: an active customer buys
// about once in 20 weeks (r / α), buying rates differ a lot between customers (r = 0.5), and about
// one in four stops after a given purchase (a / (a + b) = 0.24), with a < 1: many customers hardly
// ever stop while a few stop soon. Why a prior: a store with a few hundred customers, or whose
// customers have barely had time to come back, carries little information on how many customers
// stop, and plain maximum likelihood then runs to the edges (a and b past a million on two of ten
// simulated 150-customer stores: nobody ever stops), which makes every forecast built on it jump from one run
// to the next. The prior's log-density is added `BgNbdOptions::priorCustomers` times, like that many
// customers' log-likelihoods, so it holds such fits near the typical values while a store with
// thousands of customers is governed by its own data: on the 2,357 CDNOW customers it moves no
// parameter by more than 1 % (α, the most, by less than 0.9 %).
constexpr BgNbdParameters kTypicalRetail { 0.5, 10, 0.8, 2.5 };

/// How far the simplex's first steps go (in log-parameters), how long a run may take, and what
/// gain from a restart still counts as progress.
constexpr double kFirstStep = 0.5;
constexpr double kRestartStep = 0.1;
constexpr int kEvaluationsPerRun = 4000;
constexpr int kMaxRestarts = 8;
constexpr double kRestartGain = 1e-9;
/// Parameters beyond e^±30 are treated as outside the model (the fit runs to an edge).
constexpr double kLogLimit = 30;

double logAddExp(double x, double y)
{
    const double high = std::max(x, y);
    if (high == -kInfinity)
        return -kInfinity;
    return high + std::log1p(std::exp(std::min(x, y) - high));
}

/// Σ (a)_k (b)_k / ((c)_k k!) z^k for 0 <= z < 1 and c not 0 or a negative integer. The sum stops
/// when the remaining terms cannot change it: once the ratio of successive terms has settled (past
/// the first |a| + |b| + |c| terms it moves steadily towards z), max(ratio, z) bounds the ratios
/// still to come and the remainder is below term * bound / (1 - bound).
double gaussSeries(double a, double b, double c, double z)
{
    constexpr int kMaxTerms = 1'000'000;
    constexpr double kRelativeError = 1e-15;
    const double settled = std::abs(a) + std::abs(b) + std::abs(c);
    double term = 1;
    double sum = 1;
    for (int k = 0; k < kMaxTerms; ++k) {
        const double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        term *= ratio;
        sum += term;
        if (term == 0)
            return sum;
        const double bound = std::max(std::abs(ratio), z);
        if (k >= settled && bound < 1 && std::abs(term) * bound / (1 - bound) <= kRelativeError * std::abs(sum))
            return sum;
    }
    return kNaN;
}

/// log |Γ(x)|, with the sign of Γ(x) in `sign`.
double logGamma(double x, int& sign)
{
    sign = x > 0 || std::fmod(std::floor(x), 2.0) == 0 ? 1 : -1;
    return std::lgamma(x);
}

/// Gauss's hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1.
double hypergeometric2F1(double a, double b, double c, double z)
{
    // Near z = 1 the series needs about 35 / (1 - z) terms. The linear transformation to 1 - z
    // (Abramowitz and Stegun 15.3.6) converges fast there instead, but its two halves carry Γ(m)
    // and Γ(-m), m = c - a - b, which cancel each other when m is close to an integer; there the
    // plain series stays the better choice.
    const double m = c - a - b;
    if (z <= 0.9 || std::abs(m - std::round(m)) < 1e-6)
        return gaussSeries(a, b, c, z);
    int signC = 1, signM = 1, signMinusM = 1, signCA = 1, signCB = 1, signA = 1, signB = 1;
    const double logC = logGamma(c, signC);
    const double logFirst = logC + logGamma(m, signM) - logGamma(c - a, signCA) - logGamma(c - b, signCB);
    const double logSecond
        = logC + logGamma(-m, signMinusM) - logGamma(a, signA) - logGamma(b, signB) + m * std::log1p(-z);
    const double first = signC * signM * signCA * signCB * std::exp(logFirst) * gaussSeries(a, b, 1 - m, 1 - z);
    const double second
        = signC * signMinusM * signA * signB * std::exp(logSecond) * gaussSeries(c - a, c - b, 1 + m, 1 - z);
    return first + second;
}

/// Expected purchases in the `weeks` after age T of a customer known to be still active after x
/// repeat purchases. Given that, λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x), so this is the
/// new-customer expectation with those parameters:
///   (a + b + x - 1) / (a - 1) * [1 - (1 - z)^(r + x) 2F1(r + x, b + x; a + b + x - 1; z)],
/// z = weeks / (α + T + weeks). Euler's transformation turns the bracket's second term into
/// (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; a + b + x - 1; z), whose terms stay small however
/// many purchases the customer made (the original's grow like z^k (x + k)^2 / k before they shrink).
double expectedWhileActive(const BgNbdParameters& p, double x, double age, double weeks)
{
    if (!(weeks > 0))
        return 0;
    // At a = 1 the formula is 0 / 0 (its limit is finite); a nudge of 1e-7 changes the answer
    // by about as much, relative, and keeps the cancellation in the bracket harmless.
    constexpr double kAwayFromOne = 1e-7;
    const double a = std::abs(p.a - 1) >= kAwayFromOne ? p.a : (p.a < 1 ? 1 - kAwayFromOne : 1 + kAwayFromOne);
    const double c = a + p.b + x - 1;
    const double z = weeks / (p.alpha + age + weeks);
    const double logRemaining = std::log(p.alpha + age) - std::log(p.alpha + age + weeks);
    const double rest = std::exp((a - 1) * logRemaining) * hypergeometric2F1(a + p.b - 1 - p.r, a - 1, c, z);
    return c / (a - 1) * (1 - rest);
}

/// The part of a customer's log-likelihood that depends on the purchase times.
double timingLogLikelihood(const BgNbdParameters& p, const PurchaseSummary& s)
{
    const double stillActive = -(p.r + s.frequency) * std::log(p.alpha + s.age);
    if (s.frequency <= 0)
        return stillActive;
    const double stoppedAfterLast
        = std::log(p.a) - std::log(p.b + s.frequency - 1) - (p.r + s.frequency) * std::log(p.alpha + s.recency);
    return logAddExp(stillActive, stoppedAfterLast);
}

/// The part that depends only on how many purchases the customer made.
double countLogLikelihood(const BgNbdParameters& p, double x)
{
    return std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha) + std::lgamma(p.a + p.b)
        + std::lgamma(p.b + x) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x);
}

bool isPossible(const PurchaseSummary& s)
{
    return std::isfinite(s.frequency) && std::isfinite(s.recency) && std::isfinite(s.age) && s.frequency >= 0
        && std::floor(s.frequency) == s.frequency && s.recency >= 0 && s.recency <= s.age;
}

/// Identical summaries counted once with their number, and the distinct purchase counts, ages and
/// last-purchase times: the likelihood is evaluated hundreds of times during a fit, and on a store
/// of hundreds of thousands of customers those repeat a lot (ages and recencies are whole days), so
/// each logarithm is taken once per distinct value rather than once per customer.
struct GroupedSummaries {
    struct Group {
        double weight = 0; ///< customers with this summary
        std::uint32_t count = 0; ///< index in `counts`
        std::uint32_t age = 0; ///< index in `ages`
        std::uint32_t recency = 0; ///< index in `recencies`; unused without repeat purchases
    };
    std::vector<Group> groups;
    std::vector<double> counts; ///< distinct frequencies
    std::vector<double> countWeights; ///< customers with each frequency
    std::vector<double> ages;
    std::vector<double> recencies;
};

/// Numbers the distinct values of `index` in ascending order and lists them in `values`.
void numberInOrder(std::map<double, std::uint32_t>& index, std::vector<double>& values)
{
    for (auto& [value, number] : index) {
        number = std::uint32_t(values.size());
        values.push_back(value);
    }
}

GroupedSummaries group(std::span<const PurchaseSummary> customers)
{
    std::map<std::tuple<double, double, double>, double> bySummary;
    std::map<double, std::uint32_t> countIndex;
    std::map<double, std::uint32_t> ageIndex;
    std::map<double, std::uint32_t> recencyIndex;
    for (const PurchaseSummary& s : customers) {
        const double recency = s.frequency > 0 ? s.recency : 0;
        bySummary[{ s.frequency, recency, s.age }] += 1;
        countIndex.emplace(s.frequency, 0);
        ageIndex.emplace(s.age, 0);
        recencyIndex.emplace(recency, 0);
    }
    GroupedSummaries grouped;
    numberInOrder(countIndex, grouped.counts);
    numberInOrder(ageIndex, grouped.ages);
    numberInOrder(recencyIndex, grouped.recencies);
    grouped.countWeights.assign(grouped.counts.size(), 0.0);
    grouped.groups.reserve(bySummary.size());
    for (const auto& [key, weight] : bySummary) {
        const auto& [frequency, recency, age] = key;
        const std::uint32_t count = countIndex.at(frequency);
        grouped.countWeights[count] += weight;
        grouped.groups.push_back({ weight, count, ageIndex.at(age), recencyIndex.at(recency) });
    }
    return grouped;
}

/// Groups per range when the likelihood is summed on every core.
constexpr size_t kGroupsPerRange = 16384;

double totalLogLikelihood(const BgNbdParameters& p, const GroupedSummaries& grouped)
{
    const auto logsOf = [](const std::vector<double>& values, double offset) {
        std::vector<double> logs(values.size());
        for (size_t i = 0; i < values.size(); ++i)
            logs[i] = std::log(offset + values[i]);
        return logs;
    };
    const std::vector<double> logAge = logsOf(grouped.ages, p.alpha);
    const std::vector<double> logRecency = logsOf(grouped.recencies, p.alpha);
    // Per purchase count x: its share of the likelihood, and log(a / (b + x - 1)) of stopping after the last.
    std::vector<double> logStop(grouped.counts.size(), 0.0);
    double total = 0;
    for (size_t i = 0; i < grouped.counts.size(); ++i) {
        total += grouped.countWeights[i] * countLogLikelihood(p, grouped.counts[i]);
        if (grouped.counts[i] > 0)
            logStop[i] = std::log(p.a) - std::log(p.b + grouped.counts[i] - 1);
    }
    return total + parallelSum(grouped.groups.size(), kGroupsPerRange, [&](size_t i) {
        const GroupedSummaries::Group& g = grouped.groups[i];
        const double x = grouped.counts[g.count];
        const double stillActive = -(p.r + x) * logAge[g.age];
        const double timing
            = x > 0 ? logAddExp(stillActive, logStop[g.count] - (p.r + x) * logRecency[g.recency]) : stillActive;
        return g.weight * timing;
    });
}
} // namespace

LogScaleFit fitOnLogScale(const std::function<double(std::span<const double>)>& logLikelihood,
    std::span<const double> start, std::span<const double> priorCentre, double priorCustomers)
{
    const size_t n = start.size();
    std::vector<double> logCentre(n);
    std::vector<double> point(n);
    std::vector<double> parameters(n);
    for (size_t i = 0; i < n; ++i) {
        logCentre[i] = std::log(priorCentre[i]);
        point[i] = std::log(start[i]);
    }
    const auto penalised = [&](std::span<const double> logs) {
        double prior = 0;
        for (size_t i = 0; i < n; ++i) {
            if (!(std::abs(logs[i]) <= kLogLimit))
                return kInfinity;
            parameters[i] = std::exp(logs[i]);
            prior += (logs[i] - logCentre[i]) * (logs[i] - logCentre[i]) / 2;
        }
        return -logLikelihood(parameters) + priorCustomers * prior;
    };
    forecast::NelderMead optimizer;
    const forecast::NelderMead::Options options { kEvaluationsPerRun, 1e-10 };
    double best = optimizer.minimize(penalised, point, std::vector<double>(n, kFirstStep), options);
    // A simplex can stall on a ridge; a fresh small simplex around its best point moves on if it
    // did, and changes nothing if it did not.
    LogScaleFit fit;
    for (int restart = 0; restart < kMaxRestarts && !fit.converged; ++restart) {
        const double again = optimizer.minimize(penalised, point, std::vector<double>(n, kRestartStep), options);
        fit.converged = best - again <= kRestartGain * (1 + std::abs(best));
        best = std::min(best, again);
    }
    for (size_t i = 0; i < n; ++i)
        parameters[i] = std::exp(point[i]);
    fit.logLikelihood = logLikelihood(parameters);
    fit.parameters = std::move(parameters);
    return fit;
}

Result<BgNbdFit> fitBgNbd(std::span<const PurchaseSummary> customers, const BgNbdOptions& options)
{
    BgNbdFit fit;
    for (const PurchaseSummary& s : customers) {
        if (!isPossible(s))
            return fail(ErrorCode::InvalidArgument,
                PurchaseModelText::tr("A customer's purchase summary is impossible (%1 repeat purchases, the last "
                                      "%2 weeks and the first %3 weeks after the first purchase); the order history "
                                      "needs to be read again.")
                    .arg(s.frequency)
                    .arg(s.recency)
                    .arg(s.age));
        fit.repeatCustomers += s.frequency > 0 ? 1 : 0;
    }
    fit.customers = int(customers.size());
    if (fit.customers < options.minimumCustomers)
        return fail(ErrorCode::InvalidArgument,
            PurchaseModelText::tr("%n customer(s) have ordered so far, too few to estimate how often customers come "
                                  "back and how many stop buying; the estimates appear once at least %1 customers "
                                  "have ordered.",
                nullptr, fit.customers)
                .arg(options.minimumCustomers));
    if (fit.repeatCustomers == 0)
        return fail(ErrorCode::InvalidArgument,
            PurchaseModelText::tr("No customer has bought twice yet, so how often customers come back and how many "
                                  "stop buying cannot be estimated; the estimates appear once customers order again "
                                  "(import a longer order history if the store has one)."));

    const GroupedSummaries grouped = group(customers);
    const auto logLikelihood = [&grouped](std::span<const double> v) {
        return totalLogLikelihood(BgNbdParameters { v[0], v[1], v[2], v[3] }, grouped);
    };
    const std::vector<double> centre { kTypicalRetail.r, kTypicalRetail.alpha, kTypicalRetail.a, kTypicalRetail.b };
    const LogScaleFit best = fitOnLogScale(logLikelihood, centre, centre, options.priorCustomers);
    fit.parameters = { best.parameters[0], best.parameters[1], best.parameters[2], best.parameters[3] };
    fit.logLikelihood = best.logLikelihood;
    fit.usedPrior = options.priorCustomers > 0;
    fit.converged = best.converged;
    return fit;
}

double bgNbdLogLikelihood(const BgNbdParameters& parameters, const PurchaseSummary& summary)
{
    return countLogLikelihood(parameters, summary.frequency) + timingLogLikelihood(parameters, summary);
}

double probabilityAlive(const BgNbdParameters& p, const PurchaseSummary& s)
{
    if (s.frequency <= 0)
        return 1;
    // log of P(stopped right after the last purchase) / P(still active), both with the history seen.
    const double logOdds = std::log(p.a) - std::log(p.b + s.frequency - 1)
        + (p.r + s.frequency) * (std::log(p.alpha + s.age) - std::log(p.alpha + s.recency));
    return 1 / (1 + std::exp(logOdds));
}

double expectedPurchases(const BgNbdParameters& parameters, const PurchaseSummary& summary, double windowWeeks)
{
    return probabilityAlive(parameters, summary)
        * expectedWhileActive(parameters, summary.frequency, summary.age, windowWeeks);
}

ExpectedPurchasesTable::ExpectedPurchasesTable(
    const BgNbdParameters& parameters, std::span<const PurchaseSummary> customers, std::vector<double> windowsWeeks)
    : m_parameters(parameters)
    , m_windows(std::move(windowsWeeks))
{
    std::vector<std::pair<double, double>> keys;
    for (const PurchaseSummary& customer : customers)
        if (m_rowOf.emplace(std::pair(customer.frequency, customer.age), keys.size()).second)
            keys.emplace_back(customer.frequency, customer.age);
    m_whileActive.resize(keys.size() * m_windows.size());
    forEachChunk(keys.size(), 256, [&](size_t begin, size_t end) {
        for (size_t row = begin; row < end; ++row)
            for (size_t w = 0; w < m_windows.size(); ++w)
                m_whileActive[row * m_windows.size() + w]
                    = expectedWhileActive(m_parameters, keys[row].first, keys[row].second, m_windows[w]);
    });
}

double ExpectedPurchasesTable::operator()(const PurchaseSummary& summary, double windowWeeks) const
{
    const auto row = m_rowOf.find(std::pair(summary.frequency, summary.age));
    const auto window = std::find(m_windows.begin(), m_windows.end(), windowWeeks);
    if (row == m_rowOf.end() || window == m_windows.end())
        return expectedPurchases(m_parameters, summary, windowWeeks); // not one the table was made for
    return probabilityAlive(m_parameters, summary)
        * m_whileActive[row->second * m_windows.size() + size_t(window - m_windows.begin())];
}

double expectedPurchasesNewCustomer(const BgNbdParameters& parameters, double weeks)
{
    return expectedWhileActive(parameters, 0, 0, weeks);
}

std::optional<double> medianWeeksToNextPurchase(const BgNbdParameters& p, const PurchaseSummary& s)
{
    // An active customer's wait w has P(w > t) = ((α + T) / (α + T + t))^(r + x) (an exponential
    // wait under the posterior Gamma(r + x, α + T) rate), so P(bought by t) = P(alive) (1 - that).
    const double alive = probabilityAlive(p, s);
    if (!(alive > 0.5))
        return std::nullopt;
    return (p.alpha + s.age) * (std::pow(1 - 0.5 / alive, -1 / (p.r + s.frequency)) - 1);
}

} // namespace flywheel::customers
