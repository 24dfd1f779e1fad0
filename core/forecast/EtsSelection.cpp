#include "forecast/EtsSelection.h"

#include <algorithm>

namespace flywheel::forecast {

std::vector<EtsFit> fitEtsFamily(std::span<const double> y, int period)
{
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    std::vector<EtsFit> fits;
    for (const bool multiplicativeError : { false, true }) {
        if (multiplicativeError && !positive)
            continue;
        for (const EtsTrend trend : { EtsTrend::None, EtsTrend::Additive, EtsTrend::Damped }) {
            for (const EtsSeason season : { EtsSeason::None, EtsSeason::Additive, EtsSeason::Multiplicative }) {
                if (season == EtsSeason::Multiplicative && (!multiplicativeError || !positive))
                    continue;
                const EtsSpec spec { multiplicativeError, trend, season };
                if (!etsFits(spec, period, y.size()))
                    continue;
                if (auto fit = fitEts(y, period, spec))
                    fits.push_back(std::move(*fit));
            }
        }
    }
    return fits;
}

const EtsFit* lowestAicc(std::span<const EtsFit> fits, const std::function<bool(const EtsSpec&)>& accept)
{
    const EtsFit* best = nullptr;
    for (const EtsFit& fit : fits)
        if ((!accept || accept(fit.spec)) && (!best || fit.aicc < best->aicc))
            best = &fit;
    return best;
}

} // namespace flywheel::forecast
