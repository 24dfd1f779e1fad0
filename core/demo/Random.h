#pragma once

#include <QtGlobal>

#include <cmath>
#include <iterator>
#include <span>

// A fused multiply-add rounds once where separate operations round twice, so contracting would
// change results on CPUs that have FMA. GCC in ISO mode and MSVC do not contract by default;
// Clang does, so it is told not to in every generator file (they all include this header).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace flywheel::demo {

/// Transcendental functions built only from +, -, *, / and the exactly rounded std::sqrt,
/// std::floor, std::frexp and std::ldexp. The C library's exp/log/cos may differ in the last
/// bit between platforms, and one flipped comparison would change every file after it; these
/// give the same bits wherever doubles are IEEE 754.
namespace detmath {

inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kLn2Hi = 6.93147180369123816490e-01;
inline constexpr double kLn2Lo = 1.90821492927058770002e-10;
inline constexpr double kLn2 = 0.69314718055994530942;

inline double exp(double x)
{
    if (x < -700.0)
        return 0.0;
    if (x > 700.0)
        x = 700.0;
    const double k = std::floor(x / kLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    // Taylor series on |r| <= ln2/2: 14 terms reach full double precision.
    double term = 1.0;
    double sum = 1.0;
    for (int n = 1; n <= 14; ++n) {
        term = term * r / n;
        sum = sum + term;
    }
    return std::ldexp(sum, static_cast<int>(k));
}

inline double log(double x)
{
    if (x <= 0.0)
        return -1e300;
    int e = 0;
    double m = std::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m = m * 2.0;
        e = e - 1;
    }
    // ln m = 2 atanh(s) with s = (m - 1) / (m + 1), |s| <= 0.172.
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double power = s;
    double sum = 0.0;
    for (int n = 1; n <= 23; n += 2) {
        sum = sum + power / n;
        power = power * s2;
    }
    return e * kLn2Hi + (e * kLn2Lo + 2.0 * sum);
}

inline double cos(double x)
{
    const double turns = std::floor(x / (2.0 * kPi) + 0.5);
    const double r = x - turns * (2.0 * kPi); // in [-pi, pi]
    const double r2 = r * r;
    double term = 1.0;
    double sum = 1.0;
    for (int n = 1; n <= 16; ++n) {
        term = -term * r2 / ((2 * n - 1) * (2 * n));
        sum = sum + term;
    }
    return sum;
}

inline double pow(double base, double exponent)
{
    return exp(exponent * log(base));
}

} // namespace detmath

/// Seeded xoshiro256** with its own distributions. The standard library's distributions are
/// implementation-defined, so files generated with them would differ between compilers; every
/// helper here is spelled out so a seed means the same store everywhere.
class Random {
public:
    /// `stream` separates independent sequences from one seed, so changing how tickets are drawn
    /// leaves the orders untouched.
    explicit Random(quint64 seed, quint64 stream = 0)
    {
        quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (quint64& word : m_state)
            word = splitMix(state);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /// Uniform integer in [0, n); n > 0. Rejection keeps it unbiased.
    qint64 below(qint64 n)
    {
        const auto bound = static_cast<quint64>(n);
        const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
        quint64 value = next();
        while (value >= limit)
            value = next();
        return static_cast<qint64>(value % bound);
    }
    int belowInt(int n) { return static_cast<int>(below(n)); }

    /// Uniform integer in [low, high].
    qint64 range(qint64 low, qint64 high) { return low + below(high - low + 1); }
    int rangeInt(int low, int high) { return static_cast<int>(range(low, high)); }

    bool chance(double p) { return uniform() < p; }

    /// Box–Muller; the second value of each pair is kept for the next call.
    double normal(double mean = 0.0, double sd = 1.0)
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return mean + sd * m_spare;
        }
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * detmath::log(u1));
        const double angle = 2.0 * detmath::kPi * u2;
        m_spare = radius * detmath::cos(angle - detmath::kPi / 2.0); // sin(angle)
        m_hasSpare = true;
        return mean + sd * radius * detmath::cos(angle);
    }

    double logNormal(double mu, double sigma) { return detmath::exp(normal(mu, sigma)); }

    /// Knuth's product method for small means, a rounded normal for large ones (where the
    /// difference does not show in a store's daily counts).
    int poisson(double lambda)
    {
        if (lambda <= 0.0)
            return 0;
        if (lambda < 30.0) {
            const double limit = detmath::exp(-lambda);
            int count = 0;
            double product = uniform();
            while (product > limit) {
                ++count;
                product *= uniform();
            }
            return count;
        }
        const double value = std::floor(normal(lambda, std::sqrt(lambda)) + 0.5);
        return value < 0.0 ? 0 : static_cast<int>(value);
    }

    /// Successes in n trials of probability p.
    int binomial(int n, double p)
    {
        if (n <= 0 || p <= 0.0)
            return 0;
        if (p >= 1.0)
            return n;
        if (n <= 40) {
            int count = 0;
            for (int i = 0; i < n; ++i)
                count += chance(p) ? 1 : 0;
            return count;
        }
        const double value = std::floor(normal(n * p, std::sqrt(n * p * (1.0 - p))) + 0.5);
        return value < 0.0 ? 0 : (value > n ? n : static_cast<int>(value));
    }

    /// Index drawn with probability proportional to its weight; weights must not all be zero.
    size_t weighted(std::span<const double> weights)
    {
        double total = 0.0;
        for (double w : weights)
            total += w;
        double target = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (target < weights[i])
                return i;
            target -= weights[i];
        }
        for (size_t i = weights.size(); i-- > 0;) {
            if (weights[i] > 0.0)
                return i;
        }
        return 0;
    }

    /// A uniformly chosen element of an array, vector or span.
    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[static_cast<size_t>(below(static_cast<qint64>(std::size(items))))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64& state)
    {
        state += 0x9E3779B97F4A7C15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace flywheel::demo
