#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace flywheel::merchandising {

/// What a series' expected level is read from.
enum class Baseline {
    LastYear, ///< its level before the change, moved along with its own season a year earlier
    Peers, ///< its level before the change, moved along with the series that rise and fall with it
    Recent, ///< its level before the change, moved along with the whole store
};

enum class TrendKind { Steady, Spike, Rise, Fall };

/// One weekly demand series (searches for a query, units of a product), oldest week first, the
/// latest week last, with the movement it is expected to share.
struct WeeklySeries {
    std::vector<double> counts;
    /// What moves the series besides a trend of its own, per week: the store's searches or units, or
    /// the sum of its peers'. Same length as counts; only its ups and downs matter, not its size.
    std::vector<double> reference;
    /// Share of each week the data covers (the first and the latest week may be partial), in (0, 1].
    std::vector<double> exposure;
};

/// A series judged against its baseline as of its latest week.
struct Trend {
    TrendKind kind = TrendKind::Steady;
    Baseline baseline = Baseline::Recent;
    /// Week index the change started; for Steady and Fall the first of the latest weeks compared.
    int since = -1;
    double observed = 0; ///< counted from `since` to the latest week
    double expected = 0; ///< what the baseline expects over the same weeks
    double ratio = 1; ///< observed / expected
    double z = 0; ///< standard errors between observed and expected, weekly noise beyond Poisson allowed for
    double confidence = 0; ///< 0..1: how sure the change is real; 0 for Steady
    std::vector<double> expectedSeries; ///< the baseline per week as a chart draws it; NaN where unknown

    [[nodiscard]] bool isUp() const { return kind == TrendKind::Spike || kind == TrendKind::Rise; }
};

/// The rules a change must pass to count as a trend.
struct TrendRules {
    /// A change in the last this many weeks is a spike; one that began earlier and lasts is a rise.
    static constexpr int kSpikeWeeks = 4;
    /// How far back a change that still lasts is looked for.
    static constexpr int kScanWeeks = 26;
    /// Weeks before a change that set the level it is compared with.
    static constexpr int kBaseWeeks = 12;
    /// Weeks over which a steady climb is measured.
    static constexpr int kSlopeWeeks = 8;
    static constexpr int kYearWeeks = 52;
    static constexpr double kMinRatio = 1.8; ///< a spike or rise is at least this many times its baseline
    static constexpr double kMinClimb = 1.5; ///< a steady climb gains at least this much over kSlopeWeeks
    static constexpr double kMinZ = 3.5; ///< and this many standard errors away from it
    static constexpr double kMinObserved = 8; ///< on at least this many searches or units
};

/// How high a change must stand for one judgement.
struct TrendBar {
    double minZ = TrendRules::kMinZ;
    /// Counts the weeks before a change must hold for it to have a level to rise from; a product
    /// that sold nothing then was out of stock or out of season, and its return is no trend.
    double minBaseCount = 0;
    /// Whether a rise may be called when only the store's movement is known (Recent): not for a
    /// product, whose own season (a winter coat in autumn) would read as a rise.
    bool risesWithoutSeason = true;
};

/// The bar when `seriesJudged` series are judged at once: high enough that chance alone flags one of
/// them in about every other run, and never below TrendRules::kMinZ.
[[nodiscard]] TrendBar barFor(size_t seriesJudged, double minBaseCount = 0);

/// True when the series holds the same weeks a year before its latest half-year, searched or sold
/// often enough to show a season: then its own last year carries the season.
[[nodiscard]] bool hasYearOfHistory(const WeeklySeries& series);

/// Judges `series` as of its latest week: a spike (a jump in the last few weeks), a rise (a jump that
/// began earlier and lasts, or a steady climb), a fall, or steady. The baseline is the level of the
/// weeks before the change, moved week by week along its season: the series' own share of the
/// reference in the same weeks a year earlier when hasYearOfHistory(), else the reference alone
/// (`fallback` says which that is: Peers for the series' peers, Recent for the whole store).
[[nodiscard]] Trend judgeTrend(const WeeklySeries& series, Baseline fallback, const TrendBar& bar = {});

/// Machine names as stored: "spike", "rise", "steady", "fall"; "last_year", "peers", "recent".
[[nodiscard]] QString trendKey(TrendKind kind);
[[nodiscard]] std::optional<TrendKind> trendFromKey(QStringView key);
[[nodiscard]] QString baselineKey(Baseline baseline);
[[nodiscard]] std::optional<Baseline> baselineFromKey(QStringView key);
/// The owner's words, translated.
[[nodiscard]] QString trendLabel(TrendKind kind);
[[nodiscard]] QString baselineLabel(Baseline baseline);

} // namespace flywheel::merchandising
