#include "customers/Rfm.h"

#include <algorithm>
#include <array>

namespace flywheel::customers {

namespace {
constexpr std::array kKeys { "champions", "loyal", "potential_loyalist", "new", "promising", "needs_attention",
    "about_to_sleep", "at_risk", "cannot_lose_them", "hibernating", "lost" };

/// 1 + five times the share of customers strictly worse, so equal values score equally.
template <typename Value> std::vector<int> fifths(const std::vector<Value>& values, bool higherIsBetter)
{
    std::vector<Value> sorted = values;
    std::ranges::sort(sorted);
    const double n = double(sorted.size());
    std::vector<int> scores(values.size(), 1);
    for (size_t i = 0; i < values.size(); ++i) {
        const auto worse = higherIsBetter ? std::ranges::lower_bound(sorted, values[i]) - sorted.begin()
                                          : sorted.end() - std::ranges::upper_bound(sorted, values[i]);
        scores[i] = std::clamp(1 + int(5.0 * double(worse) / n), 1, 5);
    }
    return scores;
}
} // namespace

Segment segmentOf(int recency, int frequency)
{
    if (recency >= 4 && frequency >= 4)
        return Segment::Champions;
    if (recency >= 3 && frequency >= 3)
        return Segment::Loyal;
    if (recency >= 4 && frequency >= 2)
        return Segment::PotentialLoyalist;
    if (recency == 5)
        return Segment::New;
    if (recency == 4)
        return Segment::Promising;
    if (recency == 3)
        return Segment::NeedsAttention;
    if (frequency >= 5)
        return Segment::CannotLoseThem;
    if (frequency >= 3)
        return Segment::AtRisk;
    if (recency == 2)
        return frequency >= 2 ? Segment::AboutToSleep : Segment::Hibernating;
    return Segment::Lost;
}

std::vector<RfmScore> scoreRfm(std::span<const RfmInput> customers)
{
    std::vector<int> days;
    std::vector<int> orders;
    std::vector<std::int64_t> spent;
    for (const RfmInput& customer : customers) {
        days.push_back(customer.daysSinceLastOrder);
        orders.push_back(customer.orders);
        spent.push_back(customer.spentMinor);
    }
    const std::vector<int> recency = fifths(days, false);
    const std::vector<int> frequency = fifths(orders, true);
    const std::vector<int> monetary = fifths(spent, true);
    std::vector<RfmScore> scores(customers.size());
    for (size_t i = 0; i < customers.size(); ++i)
        scores[i] = { recency[i], frequency[i], monetary[i], segmentOf(recency[i], frequency[i]) };
    return scores;
}

QString segmentKey(Segment segment)
{
    return QString::fromLatin1(kKeys[size_t(segment)]);
}

std::optional<Segment> segmentFromKey(const QString& key)
{
    for (size_t i = 0; i < kKeys.size(); ++i)
        if (key == QLatin1StringView(kKeys[i]))
            return Segment(i);
    return std::nullopt;
}

QString SegmentText::title(Segment segment)
{
    switch (segment) {
    case Segment::Champions:
        return tr("Champions");
    case Segment::Loyal:
        return tr("Loyal");
    case Segment::PotentialLoyalist:
        return tr("Potential loyalists");
    case Segment::New:
        return tr("New");
    case Segment::Promising:
        return tr("Promising");
    case Segment::NeedsAttention:
        return tr("Need attention");
    case Segment::AboutToSleep:
        return tr("About to sleep");
    case Segment::AtRisk:
        return tr("At risk");
    case Segment::CannotLoseThem:
        return tr("Can't lose them");
    case Segment::Hibernating:
        return tr("Hibernating");
    case Segment::Lost:
        return tr("Lost");
    }
    return {};
}

QString SegmentText::advice(Segment segment)
{
    switch (segment) {
    case Segment::Champions:
        return tr("Bought recently and often: first to hear of new products; they rarely need a discount.");
    case Segment::Loyal:
        return tr("Buy regularly: reward them, ask for reviews.");
    case Segment::PotentialLoyalist:
        return tr("Recent, a few orders: a nudge towards the next order makes them loyal.");
    case Segment::New:
        return tr("First order just now: welcome them and help them order again.");
    case Segment::Promising:
        return tr("One fairly recent order: remind them of what they liked.");
    case Segment::NeedsAttention:
        return tr("Neither recent nor frequent: a timely offer keeps them.");
    case Segment::AboutToSleep:
        return tr("Fading: bring them back before they forget the store.");
    case Segment::AtRisk:
        return tr("Bought often, but not for a while: win them back personally.");
    case Segment::CannotLoseThem:
        return tr("Used to be the best customers and stopped: reach out before they are lost.");
    case Segment::Hibernating:
        return tr("One order long ago: only the strongest offers wake them.");
    case Segment::Lost:
        return tr("Long gone: leave them out of most campaigns.");
    }
    return {};
}

} // namespace flywheel::customers
