#include "forecast/EtsForecast.h"

#include "forecast/Intervals.h"

#include <cmath>
#include <cstdint>
#include <numbers>

namespace flywheel::forecast {

namespace {
constexpr int kSamplePaths = 2000;

/// A small, fast, seedable generator (SplitMix64) with Box-Muller normals; sample paths need
/// speed and repeatability, not cryptographic quality.
class NormalSource {
public:
    explicit NormalSource(std::uint64_t seed)
        : m_state(seed)
    {
    }

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = (double(nextBits() >> 11) + 0.5) * 0x1.0p-53;
        const double u2 = double(nextBits() >> 11) * 0x1.0p-53;
        const double radius = std::sqrt(-2 * std::log(u1));
        m_spare = radius * std::sin(2 * std::numbers::pi * u2);
        m_hasSpare = true;
        return radius * std::cos(2 * std::numbers::pi * u2);
    }

private:
    std::uint64_t nextBits()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state;
    double m_spare = 0;
    bool m_hasSpare = false;
};

/// c_j: how much of one error still moves the forecast j steps later.
std::vector<double> errorWeights(const EtsFit& fit, int horizon)
{
    const EtsParameters& p = fit.parameters;
    std::vector<double> weights(size_t(std::max(horizon, 1)), 0.0);
    double dampedSum = 0;
    double power = 1;
    for (int j = 1; j < horizon; ++j) {
        power *= p.phi;
        dampedSum += power;
        double c = p.alpha;
        if (fit.spec.trend == EtsTrend::Additive)
            c += p.beta * j;
        else if (fit.spec.trend == EtsTrend::Damped)
            c += p.beta * dampedSum;
        if (fit.spec.season != EtsSeason::None && j % fit.state.period == 0)
            c += p.gamma;
        weights[size_t(j)] = c;
    }
    return weights;
}

std::vector<double> analyticalDeviations(const EtsFit& fit, const std::vector<double>& mean)
{
    const int horizon = int(mean.size());
    const std::vector<double> c = errorWeights(fit, horizon);
    std::vector<double> sd(mean.size());
    if (!fit.spec.multiplicativeError) {
        double sum = 1;
        for (int h = 1; h <= horizon; ++h) {
            if (h > 1)
                sum += c[size_t(h - 1)] * c[size_t(h - 1)];
            sd[size_t(h - 1)] = std::sqrt(fit.sigma2 * sum);
        }
        return sd;
    }
    // theta_h = mu_h^2 + sigma^2 * sum_j c_j^2 theta_(h-j); variance = (1 + sigma^2) theta_h - mu_h^2.
    std::vector<double> theta(mean.size());
    for (int h = 1; h <= horizon; ++h) {
        double sum = 0;
        for (int j = 1; j < h; ++j)
            sum += c[size_t(j)] * c[size_t(j)] * theta[size_t(h - j - 1)];
        const double mu = mean[size_t(h - 1)];
        theta[size_t(h - 1)] = mu * mu + fit.sigma2 * sum;
        sd[size_t(h - 1)] = std::sqrt(std::max(0.0, (1 + fit.sigma2) * theta[size_t(h - 1)] - mu * mu));
    }
    return sd;
}

void simulateRanges(const EtsFit& fit, Forecast& forecast)
{
    const size_t horizon = forecast.mean.size();
    std::vector<double> outcomes(horizon * kSamplePaths);
    NormalSource normal(0x5EED5EEDULL + std::uint64_t(fit.observations));
    const double sigma = std::sqrt(fit.sigma2);
    for (size_t path = 0; path < kSamplePaths; ++path) {
        EtsState state = fit.state;
        for (size_t h = 0; h < horizon; ++h) {
            const double mean = etsMean(fit.spec, fit.parameters, state);
            const double shock = sigma * normal.next();
            const double y = fit.spec.multiplicativeError ? mean * (1 + shock) : mean + shock;
            outcomes[h * kSamplePaths + path] = y;
            etsUpdate(fit.spec, fit.parameters, state, y, mean);
        }
    }
    for (size_t h = 0; h < horizon; ++h)
        setRangesFromSample(forecast, h, std::span(outcomes).subspan(h * kSamplePaths, kSamplePaths));
}
} // namespace

Forecast etsForecast(const EtsFit& fit, int horizon)
{
    std::vector<double> mean(size_t(std::max(horizon, 0)));
    for (int h = 1; h <= horizon; ++h)
        mean[size_t(h - 1)] = etsPointForecast(fit.spec, fit.parameters, fit.state, h);
    if (fit.spec.season != EtsSeason::Multiplicative) {
        const std::vector<double> sd = analyticalDeviations(fit, mean);
        return normalForecast(fit.spec.name(), std::move(mean), sd);
    }
    Forecast forecast = normalForecast(fit.spec.name(), std::move(mean), std::vector<double>(size_t(horizon), 0.0));
    simulateRanges(fit, forecast);
    return forecast;
}

} // namespace flywheel::forecast
