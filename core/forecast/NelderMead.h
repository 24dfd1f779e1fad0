#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace flywheel::forecast {

/// Derivative-free minimisation (Nelder and Mead's simplex with the usual reflection 1,
/// expansion 2, contraction 1/2 and shrink 1/2). The workspace is allocated once per dimension,
/// so repeated fits of models of the same size allocate nothing. The objective may return +inf
/// for points outside the admissible region; the simplex then moves away from them.
/// Not thread-safe: one instance per thread.
class NelderMead {
public:
    struct Options {
        int maxEvaluations = 1000;
        double relativeTolerance = 1e-8; ///< stop when the simplex's values agree this closely
    };

    /// Minimises `objective(std::span<const double>)` from `x` (overwritten with the best point),
    /// with first steps `step` along each axis. Returns the best value found.
    template <typename Objective>
    double minimize(Objective&& objective, std::span<double> x, std::span<const double> step, const Options& options)
    {
        const size_t n = x.size();
        prepare(n);
        for (size_t vertex = 0; vertex <= n; ++vertex) {
            double* point = m_simplex.data() + vertex * n;
            std::copy(x.begin(), x.end(), point);
            if (vertex > 0)
                point[vertex - 1] += step[vertex - 1];
            m_values[vertex] = orInfinity(objective(std::span<const double>(point, n)));
        }
        int evaluations = int(n) + 1;
        while (evaluations < options.maxEvaluations) {
            orderVertices(n);
            const double best = m_values[m_order[0]];
            const double worst = m_values[m_order[n]];
            if (std::isfinite(worst)
                && std::abs(worst - best) <= options.relativeTolerance * (std::abs(best) + options.relativeTolerance))
                break;
            centroid(n);
            double* worstPoint = m_simplex.data() + m_order[n] * n;
            const double reflected = tryPoint(objective, worstPoint, 1.0, m_trial, n);
            ++evaluations;
            if (reflected < best) {
                const double expanded = tryPoint(objective, worstPoint, 2.0, m_trial2, n);
                ++evaluations;
                accept(expanded < reflected ? m_trial2 : m_trial, std::min(expanded, reflected), n);
                continue;
            }
            if (reflected < m_values[m_order[n - 1]]) {
                accept(m_trial, reflected, n);
                continue;
            }
            // Contract towards the better of the worst point and its reflection.
            const bool outside = reflected < worst;
            const double contracted = tryPoint(objective, worstPoint, outside ? 0.5 : -0.5, m_trial2, n);
            ++evaluations;
            if (contracted < std::min(reflected, worst)) {
                accept(m_trial2, contracted, n);
                continue;
            }
            evaluations += shrink(objective, n);
        }
        orderVertices(n);
        const double* bestPoint = m_simplex.data() + m_order[0] * n;
        std::copy(bestPoint, bestPoint + n, x.begin());
        return m_values[m_order[0]];
    }

private:
    static double orInfinity(double value)
    {
        return std::isnan(value) ? std::numeric_limits<double>::infinity() : value;
    }

    void prepare(size_t n)
    {
        m_simplex.resize((n + 1) * n);
        m_values.resize(n + 1);
        m_order.resize(n + 1);
        m_centroid.resize(n);
        m_trial.resize(n);
        m_trial2.resize(n);
    }

    void orderVertices(size_t n)
    {
        for (size_t i = 0; i <= n; ++i)
            m_order[i] = i;
        std::sort(m_order.begin(), m_order.end(), [this](size_t a, size_t b) { return m_values[a] < m_values[b]; });
    }

    void centroid(size_t n)
    {
        std::fill(m_centroid.begin(), m_centroid.end(), 0.0);
        for (size_t i = 0; i < n; ++i) {
            const double* point = m_simplex.data() + m_order[i] * n;
            for (size_t d = 0; d < n; ++d)
                m_centroid[d] += point[d];
        }
        for (double& c : m_centroid)
            c /= double(n);
    }

    /// Evaluates centroid + coefficient * (centroid - worst) into `into`.
    template <typename Objective>
    double tryPoint(Objective& objective, const double* worst, double coefficient, std::vector<double>& into, size_t n)
    {
        for (size_t d = 0; d < n; ++d)
            into[d] = m_centroid[d] + coefficient * (m_centroid[d] - worst[d]);
        return orInfinity(objective(std::span<const double>(into.data(), n)));
    }

    void accept(const std::vector<double>& point, double value, size_t n)
    {
        std::copy(point.begin(), point.end(), m_simplex.begin() + std::ptrdiff_t(m_order[n] * n));
        m_values[m_order[n]] = value;
    }

    template <typename Objective> int shrink(Objective& objective, size_t n)
    {
        const double* best = m_simplex.data() + m_order[0] * n;
        for (size_t i = 1; i <= n; ++i) {
            double* point = m_simplex.data() + m_order[i] * n;
            for (size_t d = 0; d < n; ++d)
                point[d] = best[d] + 0.5 * (point[d] - best[d]);
            m_values[m_order[i]] = orInfinity(objective(std::span<const double>(point, n)));
        }
        return int(n);
    }

    std::vector<double> m_simplex; ///< (n + 1) vertices of n coordinates
    std::vector<double> m_values;
    std::vector<size_t> m_order; ///< vertex indices, best first
    std::vector<double> m_centroid;
    std::vector<double> m_trial;
    std::vector<double> m_trial2;
};

} // namespace flywheel::forecast
