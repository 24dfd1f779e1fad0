#pragma once

#include <cstddef>
#include <vector>

namespace flywheel::demo {

/// Weighted sampling over a growing set (a Fenwick tree): customers join and churn every day,
/// and a cumulative array rebuilt per order would make the large store quadratic.
class WeightedPool {
public:
    explicit WeightedPool(size_t capacity) : m_tree(capacity + 1, 0.0), m_weights(capacity, 0.0) {}

    [[nodiscard]] double total() const { return m_total; }

    void set(size_t index, double weight)
    {
        const double delta = weight - m_weights[index];
        m_weights[index] = weight;
        m_total += delta;
        for (size_t i = index + 1; i < m_tree.size(); i += i & (~i + 1))
            m_tree[i] += delta;
    }

    /// The index whose cumulative weight range holds `target` (0 <= target < total()). Rounding in
    /// the tree can land on a zero-weight slot; the nearest later slot with weight is taken then.
    [[nodiscard]] size_t find(double target) const
    {
        size_t position = 0;
        size_t step = 1;
        while (step * 2 < m_tree.size())
            step *= 2;
        for (; step > 0; step /= 2) {
            const size_t next = position + step;
            if (next < m_tree.size() && m_tree[next] <= target) {
                target -= m_tree[next];
                position = next;
            }
        }
        for (size_t i = position; i < m_weights.size(); ++i) {
            if (m_weights[i] > 0.0)
                return i;
        }
        for (size_t i = position < m_weights.size() ? position : m_weights.size(); i-- > 0;) {
            if (m_weights[i] > 0.0)
                return i;
        }
        return 0;
    }

private:
    std::vector<double> m_tree;
    std::vector<double> m_weights;
    double m_total = 0.0;
};

} // namespace flywheel::demo
