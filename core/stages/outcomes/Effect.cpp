#include "stages/outcomes/Effect.h"

#include <algorithm>
#include <cmath>

namespace flywheel::outcomes {

namespace {
constexpr double kZ95 = 1.959964;

struct Bounds {
    double low;
    double high;
};

/// Wilson score interval of a share.
Bounds wilson(double successes, double total)
{
    if (total <= 0)
        return { 0, 1 };
    const double p = successes / total;
    const double z2 = kZ95 * kZ95;
    const double centre = (p + z2 / (2 * total)) / (1 + z2 / total);
    const double half = kZ95 * std::sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / (1 + z2 / total);
    return { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}
} // namespace

std::optional<bool> judged(double low, double high, Better better)
{
    const bool wanted = better == Better::Lower ? high < 0 : low > 0;
    const bool unwanted = better == Better::Lower ? low > 0 : high < 0;
    if (wanted)
        return true;
    if (unwanted)
        return false;
    return std::nullopt;
}

Effect rateChange(
    double eventsBefore, double exposureBefore, double eventsAfter, double exposureAfter, double scale, Better better)
{
    Effect e;
    e.before = exposureBefore > 0 ? scale * eventsBefore / exposureBefore : 0;
    e.after = exposureAfter > 0 ? scale * eventsAfter / exposureAfter : 0;
    e.effect = e.after - e.before;
    // A count of zero still carries uncertainty: its variance is taken as that of one event, so a
    // window without a single ticket does not look certain.
    const auto variance = [scale](double events, double exposure) {
        return exposure > 0 ? scale * scale * std::max(events, 1.0) / (exposure * exposure) : 0.0;
    };
    const double se = std::sqrt(variance(eventsBefore, exposureBefore) + variance(eventsAfter, exposureAfter));
    e.low = e.effect - kZ95 * se;
    e.high = e.effect + kZ95 * se;
    e.improved = judged(e.low, e.high, better);
    return e;
}

Effect shareDifference(double successesA, double totalA, double successesB, double totalB, Better better)
{
    Effect e;
    const double pA = totalA > 0 ? successesA / totalA : 0;
    const double pB = totalB > 0 ? successesB / totalB : 0;
    const Bounds a = wilson(successesA, totalA);
    const Bounds b = wilson(successesB, totalB);
    const double difference = pA - pB;
    const double down = std::sqrt((pA - a.low) * (pA - a.low) + (b.high - pB) * (b.high - pB));
    const double up = std::sqrt((a.high - pA) * (a.high - pA) + (pB - b.low) * (pB - b.low));
    e.before = 100 * pB;
    e.after = 100 * pA;
    e.effect = 100 * difference;
    e.low = 100 * (difference - down);
    e.high = 100 * (difference + up);
    e.improved = judged(e.low, e.high, better);
    return e;
}

Effect relativeLift(double subjectBefore, double subjectAfter, double restBefore, double restAfter, Better better)
{
    Effect e;
    e.before = subjectBefore;
    e.after = subjectAfter;
    // Half a unit added to each count keeps the ratio finite when a window sold nothing.
    const double a = subjectBefore + 0.5;
    const double b = subjectAfter + 0.5;
    const double c = restBefore + 0.5;
    const double d = restAfter + 0.5;
    const double logRatio = std::log(b / a) - std::log(d / c);
    const double se = std::sqrt(1 / a + 1 / b + 1 / c + 1 / d);
    e.effect = 100 * (std::exp(logRatio) - 1);
    e.low = 100 * (std::exp(logRatio - kZ95 * se) - 1);
    e.high = 100 * (std::exp(logRatio + kZ95 * se) - 1);
    e.improved = judged(e.low, e.high, better);
    return e;
}

} // namespace flywheel::outcomes
