#include "forecast/EtsFit.h"

#include "forecast/Decomposition.h"
#include "forecast/NelderMead.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace flywheel::forecast {

namespace {
struct EtsFitText {
    Q_DECLARE_TR_FUNCTIONS(EtsFit)
};

constexpr double kAlphaLow = 1e-4;
constexpr double kAlphaHigh = 0.9999;
constexpr double kPhiLow = 0.8;
constexpr double kPhiHigh = 0.98;
constexpr int kMinEvaluations = 100;
constexpr int kEvaluationsPerCoordinate = 20;

double logistic(double x)
{
    return 1 / (1 + std::exp(-x));
}
double logit(double u)
{
    return std::log(u / (1 - u));
}

/// How the optimiser's unconstrained coordinates map onto parameters and initial states. Bounded
/// parameters go through a logistic curve, so every coordinate vector is inside the bounds;
/// initial states are measured in units of the series' scale so all steps are alike.
class Coordinates {
public:
    Coordinates(const EtsSpec& spec, int period, double scale)
        : m_spec(spec)
        , m_period(spec.season == EtsSeason::None ? 1 : period)
        , m_scale(scale)
    {
    }

    [[nodiscard]] size_t size() const
    {
        return 2 + (hasTrend() ? 2 : 0) + (damped() ? 1 : 0) + (seasonal() ? size_t(m_period) : 0);
    }

    void encode(const EtsParameters& p, const EtsState& s, std::span<double> x) const
    {
        size_t i = 0;
        x[i++] = logit((p.alpha - kAlphaLow) / (kAlphaHigh - kAlphaLow));
        if (hasTrend())
            x[i++] = logit(p.beta / p.alpha);
        if (damped())
            x[i++] = logit((p.phi - kPhiLow) / (kPhiHigh - kPhiLow));
        if (seasonal())
            x[i++] = logit(p.gamma / (1 - p.alpha));
        x[i++] = s.level / m_scale;
        if (hasTrend())
            x[i++] = s.trend / m_scale;
        for (int k = 0; seasonal() && k + 1 < m_period; ++k)
            x[i++] = s.seasons[size_t(k)] / seasonScale();
    }

    void decode(std::span<const double> x, EtsParameters& p, EtsState& s) const
    {
        size_t i = 0;
        p.alpha = kAlphaLow + (kAlphaHigh - kAlphaLow) * logistic(x[i++]);
        p.beta = hasTrend() ? p.alpha * logistic(x[i++]) : 0;
        p.phi = damped() ? kPhiLow + (kPhiHigh - kPhiLow) * logistic(x[i++]) : 1;
        p.gamma = seasonal() ? (1 - p.alpha) * logistic(x[i++]) : 0;
        s.level = x[i++] * m_scale;
        s.trend = hasTrend() ? x[i++] * m_scale : 0;
        if (!seasonal())
            return;
        // The last initial season keeps the cycle normalised (indices sum to 0, or average 1).
        double sum = 0;
        for (int k = 0; k + 1 < m_period; ++k) {
            s.seasons[size_t(k)] = x[i++] * seasonScale();
            sum += s.seasons[size_t(k)];
        }
        const bool multiplicative = m_spec.season == EtsSeason::Multiplicative;
        s.seasons[size_t(m_period - 1)] = (multiplicative ? m_period : 0) - sum;
    }

    /// First steps of the simplex: a logistic unit for parameters, a tenth of the scale for the
    /// level, smaller steps for the trend and the seasons.
    void steps(std::span<double> step) const
    {
        const size_t parameters = 1 + (hasTrend() ? 1 : 0) + (damped() ? 1 : 0) + (seasonal() ? 1 : 0);
        size_t i = 0;
        for (; i < parameters; ++i)
            step[i] = 1.0;
        step[i++] = 0.1;
        if (hasTrend())
            step[i++] = 0.02;
        for (; i < step.size(); ++i)
            step[i] = 0.05;
    }

private:
    [[nodiscard]] bool hasTrend() const { return m_spec.trend != EtsTrend::None; }
    [[nodiscard]] bool damped() const { return m_spec.trend == EtsTrend::Damped; }
    [[nodiscard]] bool seasonal() const { return m_spec.season != EtsSeason::None; }
    [[nodiscard]] double seasonScale() const { return m_spec.season == EtsSeason::Multiplicative ? 1.0 : m_scale; }

    EtsSpec m_spec;
    int m_period;
    double m_scale;
};

/// Starting states: classical seasonal indices from the first three cycles, then a straight line
/// through the first seasonally adjusted values (Hyndman et al. 2008, section 2.6.1).
EtsState heuristicState(std::span<const double> y, int period, const EtsSpec& spec)
{
    EtsState state;
    const bool seasonal = spec.season != EtsSeason::None;
    const bool multiplicative = spec.season == EtsSeason::Multiplicative;
    state.period = seasonal ? period : 1;
    const size_t n = y.size();
    const size_t head = std::min(n, size_t(std::max(10, seasonal ? 2 * period : 0)));
    std::vector<double> adjusted(y.begin(), y.begin() + std::ptrdiff_t(head));
    if (seasonal) {
        const size_t cycles = std::min(n, size_t(3 * period));
        const std::vector<double> indices = seasonalIndices(y.first(cycles), period, multiplicative);
        for (size_t k = 0; k < size_t(period); ++k)
            state.seasons[k] = indices[k];
        adjusted = seasonallyAdjusted(y.first(head), indices, multiplicative);
    }
    double meanT = 0;
    double meanY = 0;
    for (size_t t = 0; t < head; ++t) {
        meanT += double(t + 1);
        meanY += adjusted[t];
    }
    meanT /= double(head);
    meanY /= double(head);
    double sxy = 0;
    double sxx = 0;
    for (size_t t = 0; t < head; ++t) {
        sxy += (double(t + 1) - meanT) * (adjusted[t] - meanY);
        sxx += (double(t + 1) - meanT) * (double(t + 1) - meanT);
    }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    if (spec.trend == EtsTrend::None) {
        state.level = meanY;
    } else {
        state.level = meanY - slope * meanT;
        state.trend = slope;
    }
    if (spec.needsPositiveValues() && !(state.level + state.trend > 0)) {
        state.level = meanY;
        state.trend = 0;
    }
    return state;
}

double meanAbsolute(std::span<const double> y)
{
    double sum = 0;
    for (const double v : y)
        sum += std::abs(v);
    return y.empty() ? 0 : sum / double(y.size());
}
} // namespace

int etsParameterCount(const EtsSpec& spec, int period)
{
    int count = 3; // alpha, initial level, error variance
    if (spec.trend != EtsTrend::None)
        count += 2;
    if (spec.trend == EtsTrend::Damped)
        count += 1;
    if (spec.season != EtsSeason::None)
        count += period; // gamma and period - 1 free initial seasons
    return count;
}

bool etsFits(const EtsSpec& spec, int period, size_t n)
{
    if (spec.season != EtsSeason::None && (period <= 1 || period > kMaxEtsPeriod || n < 2 * size_t(period)))
        return false;
    return n >= size_t(etsParameterCount(spec, period)) + 2;
}

Result<EtsFit> fitEts(std::span<const double> y, int period, const EtsSpec& spec)
{
    const size_t n = y.size();
    if (spec.season != EtsSeason::None && period > kMaxEtsPeriod)
        return fail(ErrorCode::InvalidArgument,
            EtsFitText::tr("%1 carries at most %2 seasonal states; a cycle of %3 periods is too long for it.")
                .arg(spec.name())
                .arg(kMaxEtsPeriod)
                .arg(period));
    if (!etsFits(spec, period, n))
        return fail(ErrorCode::InvalidArgument,
            EtsFitText::tr("%1 needs more history than %n period(s).", nullptr, int(n)).arg(spec.name()));
    if (spec.needsPositiveValues() && std::any_of(y.begin(), y.end(), [](double v) { return !(v > 0); }))
        return fail(ErrorCode::InvalidArgument,
            EtsFitText::tr("%1 multiplies and needs every value above zero.").arg(spec.name()));

    const double scale = std::max(meanAbsolute(y), 1e-9);
    const Coordinates coordinates(spec, period, scale);
    const size_t dimension = coordinates.size();
    const bool seasonal = spec.season != EtsSeason::None;
    EtsParameters start;
    start.alpha = seasonal ? 0.1 : 0.2;
    start.beta = 0.1 * start.alpha;
    start.gamma = 0.05 * (1 - start.alpha);
    start.phi = 0.97;
    const EtsState initial = heuristicState(y, period, spec);

    std::vector<double> x(dimension);
    std::vector<double> step(dimension);
    coordinates.encode(start, initial, x);
    coordinates.steps(step);

    const int n32 = int(n);
    EtsParameters parameters;
    EtsState state = initial;
    auto objective = [&](std::span<const double> point) {
        coordinates.decode(point, parameters, state);
        state.next = 0;
        const EtsPass pass = runEts(spec, parameters, y, state);
        return pass.admissible ? etsMinusTwoLogLikelihood(spec, pass, n32) : std::numeric_limits<double>::infinity();
    };
    if (!std::isfinite(objective(x)))
        return fail(ErrorCode::InvalidArgument,
            EtsFitText::tr("%1 found no admissible start on this history.").arg(spec.name()));

    NelderMead optimizer;
    NelderMead::Options options;
    // A modest budget: on M3, fitting the history more closely than this forecasts it worse.
    options.maxEvaluations = std::max(kMinEvaluations, kEvaluationsPerCoordinate * int(dimension));
    optimizer.minimize(objective, x, step, options);

    EtsFit fit;
    fit.spec = spec;
    fit.observations = n32;
    fit.state = initial;
    coordinates.decode(x, fit.parameters, fit.state);
    fit.state.period = initial.period;
    fit.state.next = 0;
    const EtsPass pass = runEts(spec, fit.parameters, y, fit.state);
    if (!pass.admissible)
        return fail(ErrorCode::InvalidArgument,
            EtsFitText::tr("%1 found no admissible parameters on this history.").arg(spec.name()));
    const int k = etsParameterCount(spec, period);
    fit.sigma2 = pass.sumSquaredErrors / double(std::max(n32 - k, 1));
    fit.aicc = etsMinusTwoLogLikelihood(spec, pass, n32) + 2.0 * k + 2.0 * k * (k + 1) / double(n32 - k - 1);
    return fit;
}

} // namespace flywheel::forecast
