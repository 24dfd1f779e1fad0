#include "forecast/HistoryRepair.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace flywheel::forecast {

namespace {
struct RepairText {
    Q_DECLARE_TR_FUNCTIONS(HistoryRepair)
};

constexpr size_t kNeighbourhood = 3; ///< values on each side of the local median
constexpr double kSpikeDeviations = 10;
constexpr size_t kShortestForSpikes = 8;

double median(std::vector<double>& values)
{
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    return (*middle + *std::max_element(values.begin(), middle)) / 2;
}

void fillGaps(std::vector<double>& y, RepairedHistory& repaired)
{
    size_t lastKnown = 0;
    for (size_t t = 1; t < y.size(); ++t) {
        if (std::isnan(y[t]))
            continue;
        for (size_t gap = lastKnown + 1; gap < t; ++gap) {
            const double share = double(gap - lastKnown) / double(t - lastKnown);
            y[gap] = y[lastKnown] + share * (y[t] - y[lastKnown]);
            ++repaired.filledGaps;
        }
        lastKnown = t;
    }
    for (size_t t = lastKnown + 1; t < y.size(); ++t) {
        y[t] = y[lastKnown];
        ++repaired.filledGaps;
    }
}

} // namespace

int repairSpikes(std::vector<double>& y, int period)
{
    const size_t n = y.size();
    if (n < kShortestForSpikes)
        return 0;
    std::vector<double> localMedian(n);
    std::vector<double> residual(n);
    std::vector<double> window;
    double meanAbsolute = 0;
    for (size_t t = 0; t < n; ++t) {
        window.assign(y.begin() + std::ptrdiff_t(t >= kNeighbourhood ? t - kNeighbourhood : 0),
            y.begin() + std::ptrdiff_t(std::min(n, t + kNeighbourhood + 1)));
        localMedian[t] = median(window);
        residual[t] = y[t] - localMedian[t];
        meanAbsolute += std::abs(y[t]) / double(n);
    }
    window.resize(n);
    std::transform(residual.begin(), residual.end(), window.begin(), [](double r) { return std::abs(r); });
    // A flat history has no spread at all; a tenth of its level keeps ordinary wiggles from
    // counting as spikes there.
    const double spread = std::max(1.4826 * median(window), 0.1 * meanAbsolute);
    if (!(spread > 0))
        return 0;
    const auto recursInOtherCycle = [&](size_t t) {
        const size_t m = size_t(std::max(period, 1));
        if (m <= 1)
            return false;
        for (size_t other = t % m; other < n; other += m)
            if (other != t && residual[other] * residual[t] > 0
                && std::abs(residual[other]) > 0.5 * std::abs(residual[t]))
                return true;
        return false;
    };
    std::vector<size_t> spikes;
    for (size_t t = 0; t < n; ++t)
        if (std::abs(residual[t]) > kSpikeDeviations * spread && !recursInOtherCycle(t))
            spikes.push_back(t);
    if (spikes.size() * 10 > n)
        return 0;
    for (const size_t t : spikes)
        y[t] = localMedian[t];
    return int(spikes.size());
}

Result<RepairedHistory> fillUnknownPeriods(const Series& series)
{
    RepairedHistory repaired;
    const auto known = [](double v) { return std::isfinite(v); };
    const auto first = std::find_if(series.values.begin(), series.values.end(), known);
    if (first == series.values.end())
        return fail(ErrorCode::InvalidArgument,
            RepairText::tr("No period of the history has a value; there is nothing to forecast from."));
    repaired.droppedLeading = int(first - series.values.begin());
    repaired.values.assign(first, series.values.end());
    for (double& value : repaired.values)
        if (!known(value))
            value = std::nan("");
    fillGaps(repaired.values, repaired);
    return repaired;
}

} // namespace flywheel::forecast
