#pragma once

#include <optional>

namespace flywheel::outcomes {

/// A measured change with its 95% interval. improved is true when the whole interval lies on the
/// wanted side of no change, false when it lies wholly on the other, and empty when it straddles
/// no change: the data cannot tell yet.
struct Effect {
    double before = 0;
    double after = 0;
    double effect = 0;
    double low = 0;
    double high = 0;
    std::optional<bool> improved;
};

enum class Better { Lower, Higher };

/// Events per `scale` units of exposure before and after (e.g. tickets per 100 orders), with the
/// change's interval from the Poisson variance of each count.
[[nodiscard]] Effect rateChange(
    double eventsBefore, double exposureBefore, double eventsAfter, double exposureAfter, double scale, Better better);

/// Percentage-point difference between two shares, `successesA / totalA` minus
/// `successesB / totalB`, with the Newcombe interval (hybrid Wilson score), which stays sound for
/// small groups and shares near 0 or 100%.
[[nodiscard]] Effect shareDifference(double successesA, double totalA, double successesB, double totalB, Better better);

/// Relative lift in percent of the subject's count after versus before, against the same ratio for
/// everything else (so a season or a busy week that lifts the whole store is not credited), with
/// the interval of the log ratio of the four Poisson counts.
[[nodiscard]] Effect relativeLift(
    double subjectBefore, double subjectAfter, double restBefore, double restAfter, Better better);

/// Whether an interval [low, high] of a change says it went the wanted way.
[[nodiscard]] std::optional<bool> judged(double low, double high, Better better);

} // namespace flywheel::outcomes
