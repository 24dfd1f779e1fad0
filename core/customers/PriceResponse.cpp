#include "customers/PriceResponse.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

// Why a Poisson fit and not least squares on log units: a small store sells most products a few
// units a week, often none. Least squares on log(units) must drop the weeks without a sale (or add
// an arbitrary constant), and dropping them keeps exactly the weeks that happened to sell, which
// flattens the response to price; the log of a small count is also biased. A Poisson regression
// with a log link keeps the zero weeks as what they are, reads the price coefficient as the same
// elasticity, and stays consistent when the counts are overdispersed (only the mean has to be
// right); the standard errors are widened by the overdispersion seen (quasi-Poisson).

namespace flywheel::customers {

namespace {
constexpr double kWeeksPerYear = 52.1775;
constexpr int kTrendFromWeeks = 13; ///< a trend needs a quarter to be told from noise
constexpr int kSeasonFromWeeks = 52; ///< a year of weeks before the season is fitted (two harmonics)
constexpr int kHarmonics = 2;
constexpr int kMaxIterations = 60;
constexpr double kConverged = 1e-7;

/// The effects a fit can hold besides each series' level, in the order they are given up when
/// the data cannot carry them all (the last one, the price, never is).
enum class Term { Display, Feature, Traffic, Season, Trend, Price };

struct Row {
    double units = 0;
    double logPrice = 0;
    double relativePrice = 1;
    int week = 0;
    bool feature = false;
    bool display = false;
    double logTraffic = 0;
    int level = 0; ///< index of its series
};

struct Rows {
    std::vector<Row> rows;
    int levels = 0;
    int weeksWithSales = 0;
    int changedWeeks = 0; ///< weeks whose price differs from the series' usual one
    int featureWeeks = 0;
    int displayWeeks = 0;
    bool traffic = false; ///< some week knows how busy the store was
};

double median(std::vector<double> values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::ranges::nth_element(values, middle);
    return *middle;
}

Rows gatherRows(std::span<const PriceSeries* const> series, const PriceResponseOptions& options)
{
    Rows gathered;
    const double changed = std::log1p(options.minPriceChange);
    for (const PriceSeries* one : series) {
        double highest = 0;
        double units = 0;
        for (const PriceWeek& week : one->weeks) {
            if (std::isfinite(week.price) && week.price > 0 && std::isfinite(week.units) && week.units >= 0) {
                highest = std::max(highest, week.price);
                units += week.units;
            }
        }
        // A series that never sold has no level to measure price against: it says nothing of the response.
        if (units <= 0)
            continue;
        const size_t first = gathered.rows.size();
        for (const PriceWeek& week : one->weeks) {
            if (!(std::isfinite(week.price) && week.price > 0 && std::isfinite(week.units) && week.units >= 0))
                continue;
            const double regular
                = std::isfinite(week.regularPrice) && week.regularPrice > 0 ? week.regularPrice : highest;
            const double relative = week.price / regular;
            const double others = std::isfinite(week.otherUnits) ? std::max(0.0, week.otherUnits) : 0.0;
            gathered.rows.push_back({ week.units, std::log(relative), relative, week.week, week.feature, week.display,
                std::log1p(others), gathered.levels });
            gathered.traffic = gathered.traffic || others > 0;
            gathered.weeksWithSales += week.units > 0 ? 1 : 0;
            gathered.featureWeeks += week.feature ? 1 : 0;
            gathered.displayWeeks += week.display ? 1 : 0;
        }
        std::vector<double> logPrices;
        for (size_t r = first; r < gathered.rows.size(); ++r)
            logPrices.push_back(gathered.rows[r].logPrice);
        const double usual = median(logPrices);
        for (const double logPrice : logPrices)
            gathered.changedWeeks += std::abs(logPrice - usual) >= changed ? 1 : 0;
        ++gathered.levels;
    }
    return gathered;
}

double coefficientOfVariation(const std::vector<Row>& rows)
{
    double sum = 0;
    double squares = 0;
    for (const Row& row : rows) {
        sum += row.relativePrice;
        squares += row.relativePrice * row.relativePrice;
    }
    const double n = double(rows.size());
    const double mean = sum / n;
    return mean > 0 ? std::sqrt(std::max(0.0, squares / n - mean * mean)) / mean : 0;
}

/// The columns of the design: the price first, then the controls that are in.
struct Design {
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    std::vector<int> level;
    int levels = 0;
    int featureColumn = -1;
    int displayColumn = -1;
};

bool has(const std::vector<Term>& terms, Term term)
{
    return std::ranges::find(terms, term) != terms.end();
}

Design buildDesign(const Rows& gathered, const std::vector<Term>& terms)
{
    const auto [lowest, highest] = std::ranges::minmax(gathered.rows, {}, &Row::week);
    const double middleWeek = 0.5 * (lowest.week + highest.week);
    int columns = 1;
    const int trendColumn = has(terms, Term::Trend) ? columns++ : -1;
    const int seasonColumn = has(terms, Term::Season) ? columns : -1;
    if (seasonColumn >= 0)
        columns += 2 * kHarmonics;
    Design design;
    const int trafficColumn = has(terms, Term::Traffic) ? columns++ : -1;
    design.featureColumn = has(terms, Term::Feature) ? columns++ : -1;
    design.displayColumn = has(terms, Term::Display) ? columns++ : -1;
    const auto n = Eigen::Index(gathered.rows.size());
    design.x.resize(n, columns);
    design.y.resize(n);
    design.level.resize(size_t(n));
    design.levels = gathered.levels;
    for (Eigen::Index i = 0; i < n; ++i) {
        const Row& row = gathered.rows[size_t(i)];
        design.y(i) = row.units;
        design.level[size_t(i)] = row.level;
        design.x(i, 0) = row.logPrice;
        if (trendColumn >= 0)
            design.x(i, trendColumn) = (row.week - middleWeek) / kWeeksPerYear;
        for (int k = 0; seasonColumn >= 0 && k < kHarmonics; ++k) {
            const double angle = 2 * std::numbers::pi * (k + 1) * row.week / kWeeksPerYear;
            design.x(i, seasonColumn + 2 * k) = std::sin(angle);
            design.x(i, seasonColumn + 2 * k + 1) = std::cos(angle);
        }
        if (trafficColumn >= 0)
            design.x(i, trafficColumn) = row.logTraffic;
        if (design.featureColumn >= 0)
            design.x(i, design.featureColumn) = row.feature ? 1 : 0;
        if (design.displayColumn >= 0)
            design.x(i, design.displayColumn) = row.display ? 1 : 0;
    }
    return design;
}

/// Whether every column still varies once each series' level is taken out, and no column is a mix
/// of the others: otherwise its effect cannot be told apart.
bool separable(const Design& design)
{
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(design.levels, design.x.cols());
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(design.levels);
    for (Eigen::Index i = 0; i < design.x.rows(); ++i) {
        sums.row(design.level[size_t(i)]) += design.x.row(i);
        counts(design.level[size_t(i)]) += 1;
    }
    Eigen::MatrixXd within = design.x;
    for (Eigen::Index i = 0; i < within.rows(); ++i) {
        const int level = design.level[size_t(i)];
        within.row(i) -= sums.row(level) / counts(level);
    }
    const Eigen::MatrixXd gram = within.transpose() * within;
    const Eigen::VectorXd scale = gram.diagonal().cwiseSqrt();
    if (scale.minCoeff() <= 1e-9 * std::max(1.0, scale.maxCoeff()))
        return false;
    const Eigen::MatrixXd correlation = scale.cwiseInverse().asDiagonal() * gram * scale.cwiseInverse().asDiagonal();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(correlation, Eigen::EigenvaluesOnly);
    return eigen.info() == Eigen::Success && eigen.eigenvalues().minCoeff() > 1e-8;
}

struct Coefficients {
    Eigen::VectorXd beta;
    Eigen::MatrixXd covariance;
};

/// Poisson regression with one level per series, the levels profiled out: for given slopes each
/// level has a closed form (its units over its expected units), so Newton steps run on the slopes
/// alone with the levels' share of the information taken off (a Schur complement). Cheap with
/// thousands of series.
class PoissonFit {
public:
    explicit PoissonFit(const Design& design)
        : m_design(design)
        , m_levelUnits(Eigen::VectorXd::Zero(design.levels))
    {
        for (Eigen::Index i = 0; i < design.y.size(); ++i)
            m_levelUnits(design.level[size_t(i)]) += design.y(i);
    }

    std::optional<Coefficients> run()
    {
        const Eigen::Index p = m_design.x.cols();
        Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
        Eigen::VectorXd mu;
        double deviance = evaluate(beta, mu);
        Eigen::VectorXd candidateMu;
        for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
            const Eigen::VectorXd score = m_design.x.transpose() * (m_design.y - mu);
            const Eigen::LDLT<Eigen::MatrixXd> information(profiledInformation(mu));
            if (information.info() != Eigen::Success || !information.isPositive())
                return std::nullopt;
            const Eigen::VectorXd step = information.solve(score);
            const auto lowers
                = [&](double candidate) { return std::isfinite(candidate) && candidate <= deviance * (1 + 1e-12); };
            double length = 1;
            double candidate = evaluate(beta + step, candidateMu);
            for (int halving = 0; halving < 30 && !lowers(candidate); ++halving) {
                length /= 2;
                candidate = evaluate(beta + length * step, candidateMu);
            }
            const double stepSize = step.cwiseAbs().maxCoeff();
            if (!lowers(candidate)) {
                // No step lowers the deviance any more: at the optimum when the step is tiny anyway.
                return stepSize < 1e-3 ? coefficients(beta, mu) : std::nullopt;
            }
            beta += length * step;
            mu.swap(candidateMu);
            deviance = candidate;
            // Steps that no longer move the slopes mean the optimum; steps that keep going mean the
            // price explains the sales perfectly (every sale at one price) and the slope runs off.
            if (length * stepSize < kConverged)
                return coefficients(beta, mu);
        }
        return std::nullopt;
    }

private:
    /// Sets `mu` to the expected units at `beta` with each level at its best; returns the deviance.
    double evaluate(const Eigen::VectorXd& beta, Eigen::VectorXd& mu) const
    {
        const Eigen::VectorXd eta = m_design.x * beta;
        Eigen::VectorXd top = Eigen::VectorXd::Constant(m_design.levels, -std::numeric_limits<double>::infinity());
        for (Eigen::Index i = 0; i < eta.size(); ++i)
            top(m_design.level[size_t(i)]) = std::max(top(m_design.level[size_t(i)]), eta(i));
        Eigen::VectorXd total = Eigen::VectorXd::Zero(m_design.levels);
        mu.resize(eta.size());
        for (Eigen::Index i = 0; i < eta.size(); ++i) {
            mu(i) = std::exp(eta(i) - top(m_design.level[size_t(i)]));
            total(m_design.level[size_t(i)]) += mu(i);
        }
        double deviance = 0;
        for (Eigen::Index i = 0; i < eta.size(); ++i) {
            const int level = m_design.level[size_t(i)];
            mu(i) *= m_levelUnits(level) / total(level);
            const double y = m_design.y(i);
            deviance += 2 * ((y > 0 ? y * std::log(y / mu(i)) : 0) - (y - mu(i)));
        }
        return deviance;
    }

    /// X'WX with the levels' part taken off: the information on the slopes alone.
    Eigen::MatrixXd profiledInformation(const Eigen::VectorXd& mu) const
    {
        const Eigen::MatrixXd& x = m_design.x;
        Eigen::MatrixXd information = x.transpose() * mu.asDiagonal() * x;
        Eigen::MatrixXd cross = Eigen::MatrixXd::Zero(x.cols(), m_design.levels);
        Eigen::VectorXd levelWeight = Eigen::VectorXd::Zero(m_design.levels);
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            const int level = m_design.level[size_t(i)];
            cross.col(level) += mu(i) * x.row(i).transpose();
            levelWeight(level) += mu(i);
        }
        for (Eigen::Index level = 0; level < m_design.levels; ++level) {
            if (levelWeight(level) > 0)
                information -= cross.col(level) * cross.col(level).transpose() / levelWeight(level);
        }
        return information;
    }

    std::optional<Coefficients> coefficients(const Eigen::VectorXd& beta, const Eigen::VectorXd& mu) const
    {
        const Eigen::Index n = m_design.y.size();
        const Eigen::Index freedom = n - m_design.x.cols() - m_design.levels;
        double pearson = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (mu(i) > 1e-12)
                pearson += (m_design.y(i) - mu(i)) * (m_design.y(i) - mu(i)) / mu(i);
        }
        // Counts of shoppers vary more than a Poisson count does; never pretend they vary less.
        const double dispersion = freedom > 0 ? std::max(1.0, pearson / double(freedom)) : 1.0;
        const Eigen::LDLT<Eigen::MatrixXd> information(profiledInformation(mu));
        if (information.info() != Eigen::Success || !information.isPositive())
            return std::nullopt;
        Coefficients result { beta,
            dispersion * information.solve(Eigen::MatrixXd::Identity(beta.size(), beta.size())) };
        if (!result.beta.allFinite() || !result.covariance.allFinite() || result.covariance.diagonal().minCoeff() <= 0)
            return std::nullopt;
        return result;
    }

    const Design& m_design;
    Eigen::VectorXd m_levelUnits;
};

PromotionLift liftOf(const Coefficients& fit, int column, int weeks)
{
    const double beta = fit.beta(column);
    return { std::expm1(beta), std::exp(beta) * std::sqrt(fit.covariance(column, column)), weeks };
}

/// Precision-weighted combination of two estimates of the same quantity.
Estimate combine(const Estimate& a, const Estimate& b)
{
    const double wa = 1 / std::max(1e-18, a.standardError * a.standardError);
    const double wb = 1 / std::max(1e-18, b.standardError * b.standardError);
    return { (a.value * wa + b.value * wb) / (wa + wb), std::sqrt(1 / (wa + wb)) };
}

/// How much products' true elasticities differ within the category (DerSimonian-Laird: the spread of
/// their estimates beyond what their standard errors explain).
double spreadOf(const std::vector<Estimate>& estimates, const PriceResponseOptions& options)
{
    if (estimates.size() < 3)
        return options.defaultSpread;
    double weights = 0;
    double squaredWeights = 0;
    double weighted = 0;
    for (const Estimate& e : estimates) {
        const double w = 1 / std::max(1e-18, e.standardError * e.standardError);
        weights += w;
        squaredWeights += w * w;
        weighted += w * e.value;
    }
    const double mean = weighted / weights;
    double q = 0;
    for (const Estimate& e : estimates)
        q += (e.value - mean) * (e.value - mean) / std::max(1e-18, e.standardError * e.standardError);
    const double between = std::max(0.0, (q - double(estimates.size() - 1)) / (weights - squaredWeights / weights));
    return std::clamp(std::sqrt(between), options.minSpread, std::max(options.minSpread, options.maxSpread));
}
} // namespace

bool isDiscounted(const PriceWeek& week)
{
    return week.regularPrice > 0 && week.price > 0 && week.price <= (1 - kDiscountedBelowRegular) * week.regularPrice;
}

QString noEstimateKey(NoEstimate reason)
{
    switch (reason) {
    case NoEstimate::NoSales:
        return QStringLiteral("no_sales");
    case NoEstimate::TooFewWeeks:
        return QStringLiteral("too_few_weeks");
    case NoEstimate::NoPriceVariation:
        return QStringLiteral("no_price_variation");
    case NoEstimate::NotIdentified:
        return QStringLiteral("not_identified");
    }
    return {};
}

std::optional<NoEstimate> noEstimateFromKey(const QString& key)
{
    for (const NoEstimate reason :
        { NoEstimate::NoSales, NoEstimate::TooFewWeeks, NoEstimate::NoPriceVariation, NoEstimate::NotIdentified })
        if (noEstimateKey(reason) == key)
            return reason;
    return std::nullopt;
}

QString PriceResponseText::reason(NoEstimate reason)
{
    switch (reason) {
    case NoEstimate::NoSales:
        return tr("It has not sold in the weeks read, so there is nothing to measure; its category's response is "
                  "used.");
    case NoEstimate::TooFewWeeks:
        return tr("It has sold in too few weeks to measure how price moves its sales; its category's response is "
                  "used until more weeks are in.");
    case NoEstimate::NoPriceVariation:
        return tr("Its price never changed, so how buyers respond to price cannot be seen in its own sales; its "
                  "category's response is used. A short, measured discount would show it.");
    case NoEstimate::NotIdentified:
        return tr("Its price only changed together with something else (a promotion, the season), so the effect "
                  "of price cannot be separated; its category's response is used.");
    }
    return {};
}

PriceFit fitPriceResponse(std::span<const PriceSeries* const> series, const PriceResponseOptions& options)
{
    PriceFit fit;
    const Rows gathered = gatherRows(series, options);
    fit.observations = int(gathered.rows.size());
    fit.weeksWithSales = gathered.weeksWithSales;
    if (gathered.rows.empty()) {
        fit.reason = NoEstimate::NoSales;
        return fit;
    }
    fit.priceVariation = coefficientOfVariation(gathered.rows);
    if (fit.observations < options.minWeeks || fit.weeksWithSales < options.minWeeksWithSales) {
        fit.reason = NoEstimate::TooFewWeeks;
        return fit;
    }
    if (gathered.changedWeeks < options.minChangedWeeks) {
        fit.reason = NoEstimate::NoPriceVariation;
        return fit;
    }

    const auto [lowest, highest] = std::ranges::minmax(gathered.rows, {}, &Row::week);
    const int span = highest.week - lowest.week + 1;
    const auto flagFits
        = [&](int weeks) { return weeks >= options.minFlagWeeks && fit.observations - weeks >= options.minFlagWeeks; };
    std::vector<Term> terms { Term::Price };
    if (span >= kTrendFromWeeks)
        terms.push_back(Term::Trend);
    if (span >= kSeasonFromWeeks)
        terms.push_back(Term::Season);
    if (gathered.traffic)
        terms.push_back(Term::Traffic);
    if (flagFits(gathered.featureWeeks))
        terms.push_back(Term::Feature);
    if (flagFits(gathered.displayWeeks))
        terms.push_back(Term::Display);
    const auto columnsOf = [](const std::vector<Term>& in) {
        return has(in, Term::Season) ? int(in.size()) - 1 + 2 * kHarmonics : int(in.size());
    };
    // Give up controls, least needed first, until the data can carry the rest.
    for (const Term optional :
        { Term::Display, Term::Feature, Term::Traffic, Term::Season, Term::Trend, Term::Price }) {
        const bool enoughWeeks = fit.observations - columnsOf(terms) - gathered.levels >= 2;
        if (enoughWeeks && separable(buildDesign(gathered, terms)))
            break;
        if (optional == Term::Price) {
            fit.reason = enoughWeeks ? NoEstimate::NotIdentified : NoEstimate::TooFewWeeks;
            return fit;
        }
        std::erase(terms, optional);
    }

    const Design design = buildDesign(gathered, terms);
    const std::optional<Coefficients> coefficients = PoissonFit(design).run();
    if (!coefficients) {
        fit.reason = NoEstimate::NotIdentified;
        return fit;
    }
    fit.elasticity = Estimate { coefficients->beta(0), std::sqrt(coefficients->covariance(0, 0)) };
    if (design.featureColumn >= 0)
        fit.feature = liftOf(*coefficients, design.featureColumn, gathered.featureWeeks);
    if (design.displayColumn >= 0)
        fit.display = liftOf(*coefficients, design.displayColumn, gathered.displayWeeks);
    return fit;
}

PriceResponses estimatePriceResponses(std::span<const PriceSeries> series, const PriceResponseOptions& options)
{
    std::map<std::int64_t, std::vector<const PriceSeries*>> byProduct;
    std::map<QString, std::vector<std::int64_t>> productsOf;
    std::map<QString, std::vector<const PriceSeries*>> byCategory;
    for (const PriceSeries& one : series) {
        auto& seriesOfProduct = byProduct[one.productId];
        if (seriesOfProduct.empty())
            productsOf[one.category].push_back(one.productId);
        seriesOfProduct.push_back(&one);
        // A product's category is the one of its first series, so every series of it pools in one place.
        byCategory[seriesOfProduct.front()->category].push_back(&one);
    }

    PriceResponses responses;
    for (auto& [productId, seriesOfProduct] : byProduct) {
        ProductPriceResponse product;
        product.productId = productId;
        product.category = seriesOfProduct.front()->category;
        product.own = fitPriceResponse(seriesOfProduct, options);
        responses.products.push_back(std::move(product));
    }
    std::map<std::int64_t, size_t> productIndex;
    for (size_t i = 0; i < responses.products.size(); ++i)
        productIndex[responses.products[i].productId] = i;

    for (const auto& [name, products] : productsOf) {
        CategoryPriceResponse category;
        category.category = name;
        category.products = int(products.size());
        category.pooled = fitPriceResponse(byCategory[name], options);
        std::vector<Estimate> estimates;
        for (const std::int64_t productId : products) {
            if (const auto& own = responses.products[productIndex[productId]].own.elasticity)
                estimates.push_back(*own);
        }
        category.productsEstimated = int(estimates.size());
        category.fromStorePrior = !category.pooled.elasticity;
        category.prior = category.pooled.elasticity ? combine(*category.pooled.elasticity, options.storePrior)
                                                    : options.storePrior;
        category.spread = spreadOf(estimates, options);

        // A product alone in its category would be shrunk towards its own data: it goes to the
        // store-wide prior instead.
        const Estimate towards = products.size() > 1
            ? Estimate { category.prior.value, std::hypot(category.prior.standardError, category.spread) }
            : options.storePrior;
        for (const std::int64_t productId : products) {
            ProductPriceResponse& product = responses.products[productIndex[productId]];
            product.borrowed = !product.own.elasticity;
            product.shrunk = product.own.elasticity ? combine(*product.own.elasticity, towards) : towards;
        }
        responses.categories.push_back(std::move(category));
    }
    return responses;
}

double unitsMultiplierAt(double discount, double elasticity)
{
    return std::pow(1.0 - discount, elasticity);
}

} // namespace flywheel::customers
