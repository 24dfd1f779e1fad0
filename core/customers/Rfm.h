#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace flywheel::customers {

/// The usual recency-frequency segments, from the customers who buy most and most recently to the
/// ones who stopped long ago.
enum class Segment {
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedsAttention,
    AboutToSleep,
    AtRisk,
    CannotLoseThem,
    Hibernating,
    Lost,
};

struct RfmInput {
    int daysSinceLastOrder = 0;
    int orders = 0;
    std::int64_t spentMinor = 0;
};

/// Scores 1 to 5, 5 the best: 1 + how many fifths of the customers do worse. Ties get the same
/// score, so the many one-order customers of a small store all score 1 on frequency instead of
/// being spread over arbitrary quintiles.
struct RfmScore {
    int recency = 1;
    int frequency = 1;
    int monetary = 1;
    Segment segment = Segment::Lost;
};

[[nodiscard]] std::vector<RfmScore> scoreRfm(std::span<const RfmInput> customers);
[[nodiscard]] Segment segmentOf(int recency, int frequency);

/// Machine name stored in customer_scores.segment, e.g. "at_risk".
[[nodiscard]] QString segmentKey(Segment segment);
[[nodiscard]] std::optional<Segment> segmentFromKey(const QString& key);

struct SegmentText {
    Q_DECLARE_TR_FUNCTIONS(Segments)
public:
    [[nodiscard]] static QString title(Segment segment);
    /// One line on who they are and what to do with them.
    [[nodiscard]] static QString advice(Segment segment);
};

} // namespace flywheel::customers
