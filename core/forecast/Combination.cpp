#include "forecast/Combination.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace flywheel::forecast {

namespace {
constexpr size_t kMaxParts = 8;

double medianOf(std::span<const Forecast> parts, std::vector<double> Forecast::*member, size_t step)
{
    std::array<double, kMaxParts> values {};
    const size_t count = std::min(parts.size(), kMaxParts);
    for (size_t i = 0; i < count; ++i)
        values[i] = (parts[i].*member)[step];
    std::sort(values.begin(), values.begin() + std::ptrdiff_t(count));
    return count % 2 == 1 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
}
} // namespace

Forecast medianCombination(std::span<const Forecast> parts)
{
    Forecast combined;
    if (parts.empty())
        return combined;
    QStringList names;
    for (const Forecast& part : parts)
        names << part.model;
    combined.model = QStringLiteral("combination(%1)").arg(names.join(QStringLiteral(", ")));
    const size_t horizon = parts.front().mean.size();
    for (std::vector<double> Forecast::*member :
        { &Forecast::mean, &Forecast::lower80, &Forecast::upper80, &Forecast::lower95, &Forecast::upper95 }) {
        std::vector<double>& values = combined.*member;
        values.resize(horizon);
        for (size_t h = 0; h < horizon; ++h)
            values[h] = medianOf(parts, member, h);
    }
    return combined;
}

} // namespace flywheel::forecast
