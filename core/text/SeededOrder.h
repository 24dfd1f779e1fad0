#pragma once

#include <QtGlobal>

#include <cstdint>
#include <utility>
#include <vector>

namespace flywheel::text {

/// A small random source with the same sequence on every platform and standard library (the
/// std distributions and std::shuffle differ between them), so a seed always gives the same model.
class SeededOrder {
public:
    explicit SeededOrder(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound).
    std::size_t below(std::size_t bound) { return bound == 0 ? 0 : std::size_t(next() % bound); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

    template <typename T> void shuffle(std::vector<T>& values)
    {
        for (std::size_t i = values.size(); i > 1; --i)
            std::swap(values[i - 1], values[below(i)]);
    }

private:
    std::uint64_t m_state;
};

} // namespace flywheel::text
