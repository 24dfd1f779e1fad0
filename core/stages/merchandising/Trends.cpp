#include "stages/merchandising/Trends.h"

#include "stages/inventory/Replenishment.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace flywheel::merchandising {

namespace {
using Rules = TrendRules;

struct TrendText {
    Q_DECLARE_TR_FUNCTIONS(Trends)
};

/// The latest weeks of a change must still be this many times the level before it (a jump that
/// has faded is no trend), and a steady climb must have lifted them this far.
constexpr double kMinLift = 1.3;
/// Fewest weeks that can set a level.
constexpr int kMinBaseWeeks = 4;
/// Searches or units a week last year below which last year's weeks are too thin to carry a season.
constexpr double kMinYearAgoPerWeek = 2;

/// Observed against expected over weeks [first, last], the level set by the weeks [baseFirst, baseLast].
struct Comparison {
    double observed = 0;
    double expected = 0;
    double ratio = 1;
    double z = 0;
    double level = 0; ///< counts per unit of shape in the base weeks
    bool valid = false;
};

double count(const WeeklySeries& series, int week)
{
    return series.counts[size_t(week)];
}

/// Pearson's chi-square per degree of freedom: how much noisier than Poisson the weeks are.
double dispersion(double chiSquare, int freedom)
{
    return freedom > 0 ? std::clamp(chiSquare / freedom, 1.0, 10.0) : 1.0;
}

/// `shape` is what the series would be, up to its level, had nothing changed: the reference times
/// the exposure, times last year's share of it in the same weeks when that carries the season.
Comparison compare(const WeeklySeries& series, const std::vector<double>& shape, int first, int last, int baseFirst,
    int baseLast, double minBaseCount = 0)
{
    const auto known = [&](int week) { return std::isfinite(shape[size_t(week)]) && shape[size_t(week)] > 0; };
    Comparison c;
    double windowWeight = 0;
    for (int week = first; week <= last; ++week) {
        if (!known(week))
            return c;
        c.observed += count(series, week);
        windowWeight += shape[size_t(week)];
    }
    std::vector<int> base;
    for (int week = std::max(0, baseFirst); week <= baseLast; ++week)
        if (known(week))
            base.push_back(week);
    if (int(base.size()) < kMinBaseWeeks || windowWeight <= 0)
        return c;
    // One unusual week before the change (a sale, a mention, a bot) must not set the level.
    if (base.size() >= 6) {
        base.erase(std::max_element(base.begin(), base.end(),
            [&](int a, int b) { return count(series, a) / shape[size_t(a)] < count(series, b) / shape[size_t(b)]; }));
    }
    double baseCount = 0;
    double baseWeight = 0;
    for (const int week : base) {
        baseCount += count(series, week);
        baseWeight += shape[size_t(week)];
    }
    if (baseCount < minBaseCount)
        return c;
    // Half a count: a series new in the window is far above nothing, not infinitely above it.
    c.level = (baseCount + 0.5) / baseWeight;
    c.expected = c.level * windowWeight;
    c.ratio = c.observed / c.expected;
    double chiSquare = 0;
    for (const int week : base) {
        const double mean = c.level * shape[size_t(week)];
        chiSquare += (count(series, week) - mean) * (count(series, week) - mean) / mean;
    }
    // Had nothing changed, the window's share of window and base counts would follow its share of
    // the shape: a binomial, widened by the weeks' own noise.
    const double total = c.observed + baseCount;
    const double share = windowWeight / (windowWeight + baseWeight);
    const double variance = total * share * (1 - share) * dispersion(chiSquare, int(base.size()) - 1);
    c.z = variance > 0 ? (c.observed - total * share) / std::sqrt(variance) : 0;
    c.valid = true;
    return c;
}

/// Each week's season from the same weeks a year earlier: the series' share of the reference then
/// (five weeks, so one noisy week does not make a season) against its usual share, held within
/// bounds (a stockout or a launch last year is not a season) and drawn towards no season at all when
/// last year's weeks hold few counts. NaN before the series has those weeks.
std::vector<double> yearAgoSeason(const WeeklySeries& series)
{
    constexpr int kHalfWidth = 2;
    constexpr double kFewCounts = 3; ///< five weeks with this many counts are trusted half
    constexpr double kMostApart = 6; ///< a season moves demand at most this many times either way
    const auto weeks = int(series.counts.size());
    std::vector<double> shares(size_t(weeks), std::numeric_limits<double>::quiet_NaN());
    std::vector<double> counted(size_t(weeks), 0.0);
    for (int week = Rules::kYearWeeks + kHalfWidth; week < weeks; ++week) {
        double weighed = 0;
        for (int w = week - Rules::kYearWeeks - kHalfWidth; w <= week - Rules::kYearWeeks + kHalfWidth; ++w) {
            counted[size_t(week)] += count(series, w);
            weighed += series.reference[size_t(w)] * series.exposure[size_t(w)];
        }
        if (weighed > 0)
            shares[size_t(week)] = counted[size_t(week)] / weighed;
    }
    std::vector<double> known;
    std::copy_if(shares.begin(), shares.end(), std::back_inserter(known), [](double v) { return std::isfinite(v); });
    std::nth_element(known.begin(), known.begin() + qsizetype(known.size() / 2), known.end());
    const double usual = known.empty() ? 0 : known[known.size() / 2];
    for (int week = 0; week < weeks; ++week) {
        double& season = shares[size_t(week)];
        if (!std::isfinite(season))
            continue;
        const double trust = counted[size_t(week)] / (counted[size_t(week)] + kFewCounts);
        const double relative = usual > 0 ? std::clamp(season / usual, 1 / kMostApart, kMostApart) : 1.0;
        season = trust * relative + (1 - trust);
    }
    return shares;
}

std::vector<double> shapeOf(const WeeklySeries& series, bool lastYear)
{
    std::vector<double> shape(series.counts.size());
    const std::vector<double> season = lastYear ? yearAgoSeason(series) : std::vector<double>();
    for (size_t week = 0; week < shape.size(); ++week)
        shape[week] = series.reference[week] * series.exposure[week] * (lastYear ? season[week] : 1.0);
    return shape;
}

struct Climb {
    double growth = 1; ///< fitted latest week over fitted first week
    double z = 0;
    bool valid = false;
};

/// Poisson regression of the weeks [first, last] on log(shape) + a + b·week, by Newton's method.
Climb fitClimb(const WeeklySeries& series, const std::vector<double>& shape, int first, int last)
{
    double counted = 0;
    double shaped = 0;
    for (int week = first; week <= last; ++week) {
        counted += count(series, week);
        shaped += shape[size_t(week)];
    }
    if (counted <= 0 || shaped <= 0 || !std::isfinite(shaped))
        return {};
    double a = std::log(counted / shaped);
    double b = 0;
    double haa = 0;
    double hab = 0;
    double hbb = 0;
    double chiSquare = 0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        double ga = 0;
        double gb = 0;
        haa = hab = hbb = chiSquare = 0;
        for (int week = first; week <= last; ++week) {
            const double x = week - first;
            const double mean = shape[size_t(week)] * std::exp(a + b * x);
            const double residual = count(series, week) - mean;
            ga += residual;
            gb += x * residual;
            haa += mean;
            hab += x * mean;
            hbb += x * x * mean;
            chiSquare += mean > 0 ? residual * residual / mean : 0;
        }
        const double determinant = haa * hbb - hab * hab;
        if (determinant <= 0)
            return {};
        const double da = (hbb * ga - hab * gb) / determinant;
        const double db = (haa * gb - hab * ga) / determinant;
        a += da;
        b += db;
        if (std::abs(da) + std::abs(db) < 1e-9)
            break;
    }
    const double determinant = haa * hbb - hab * hab;
    if (determinant <= 0 || !std::isfinite(b))
        return {};
    const double variance = haa / determinant * dispersion(chiSquare, last - first - 1);
    return { std::exp(b * (last - first)), b / std::sqrt(variance), true };
}

/// How sure a change is: the chance that noise alone, over every week looked at, went this far,
/// discounted for a baseline that knows less of the season and for a short history.
double confidenceOf(double z, Baseline baseline, int weeks)
{
    const double tail = 0.5 * std::erfc(std::abs(z) / std::sqrt(2.0));
    const double chance = std::min(1.0, tail * Rules::kScanWeeks);
    const double trust = baseline == Baseline::LastYear ? 1.0 : baseline == Baseline::Peers ? 0.9 : 0.75;
    return (1 - chance) * trust * std::min(1.0, weeks / double(Rules::kScanWeeks));
}

void setFrom(Trend& trend, const Comparison& c, int since)
{
    trend.since = since;
    trend.observed = c.observed;
    trend.expected = c.expected;
    trend.ratio = c.ratio;
    trend.z = c.z;
}

struct KindName {
    TrendKind kind;
    const char* key;
    const char* label;
};
constexpr KindName kKindNames[] = {
    { TrendKind::Spike, "spike", QT_TRANSLATE_NOOP("Trends", "Spike") },
    { TrendKind::Rise, "rise", QT_TRANSLATE_NOOP("Trends", "Rising") },
    { TrendKind::Steady, "steady", QT_TRANSLATE_NOOP("Trends", "Steady") },
    { TrendKind::Fall, "fall", QT_TRANSLATE_NOOP("Trends", "Falling") },
};

struct BaselineName {
    Baseline baseline;
    const char* key;
    const char* label;
};
constexpr BaselineName kBaselineNames[] = {
    { Baseline::LastYear, "last_year", QT_TRANSLATE_NOOP("Trends", "recent level, moved with its season last year") },
    { Baseline::Peers, "peers", QT_TRANSLATE_NOOP("Trends", "recent level, moved with its peers") },
    { Baseline::Recent, "recent", QT_TRANSLATE_NOOP("Trends", "recent level, moved with the store") },
};
} // namespace

bool hasYearOfHistory(const WeeklySeries& series)
{
    const int weeks = int(series.counts.size());
    if (weeks < Rules::kYearWeeks + Rules::kScanWeeks)
        return false;
    // Last year's half-year before the latest must be searched or sold often enough to show a season.
    double yearAgo = 0;
    for (int week = weeks - Rules::kScanWeeks - Rules::kYearWeeks; week < weeks - Rules::kYearWeeks; ++week)
        yearAgo += count(series, week);
    return yearAgo >= kMinYearAgoPerWeek * Rules::kScanWeeks;
}

TrendBar barFor(size_t seriesJudged, double minBaseCount)
{
    const double chance = 0.5 / (double(std::max<size_t>(seriesJudged, 1)) * Rules::kScanWeeks);
    return { std::max(Rules::kMinZ, inventory::normalQuantile(1 - chance)), minBaseCount };
}

Trend judgeTrend(const WeeklySeries& series, Baseline fallback, const TrendBar& bar)
{
    Trend trend;
    const int weeks = int(series.counts.size());
    const int latest = weeks - 1;
    const bool lastYear = hasYearOfHistory(series);
    trend.baseline = lastYear ? Baseline::LastYear : fallback;
    trend.expectedSeries.assign(size_t(weeks), std::numeric_limits<double>::quiet_NaN());
    const int recentFirst = std::max(0, weeks - Rules::kSpikeWeeks);
    trend.since = recentFirst;
    if (weeks < Rules::kSpikeWeeks + kMinBaseWeeks)
        return trend;
    const std::vector<double> shape = shapeOf(series, lastYear);
    const auto baseFor = [](int first) { return std::pair { first - Rules::kBaseWeeks, first - 1 }; };

    // A jump that lasts to the latest week: the start whose weeks stand out most from the level before.
    const bool risesCount = bar.risesWithoutSeason || trend.baseline != Baseline::Recent;
    std::optional<std::pair<int, Comparison>> jump;
    for (int first = latest; risesCount && first >= std::max(weeks - Rules::kScanWeeks, kMinBaseWeeks); --first) {
        const auto [baseFirst, baseLast] = baseFor(first);
        const Comparison c = compare(series, shape, first, latest, baseFirst, baseLast, bar.minBaseCount);
        if (!c.valid || c.observed < Rules::kMinObserved || c.ratio < Rules::kMinRatio || c.z < bar.minZ)
            continue;
        const int lastWeeks = std::max(first, recentFirst);
        if (lastWeeks > first && compare(series, shape, lastWeeks, latest, baseFirst, baseLast).ratio < kMinLift)
            continue;
        if (!jump || c.z > jump->second.z)
            jump = { first, c };
    }

    const auto [recentBaseFirst, recentBaseLast] = baseFor(recentFirst);
    const Comparison recent
        = compare(series, shape, recentFirst, latest, recentBaseFirst, recentBaseLast, bar.minBaseCount);
    double level = recent.level;
    if (jump) {
        setFrom(trend, jump->second, jump->first);
        trend.kind = latest - jump->first < Rules::kSpikeWeeks ? TrendKind::Spike : TrendKind::Rise;
        level = jump->second.level;
    } else if (recent.valid) {
        setFrom(trend, recent, recentFirst);
        const int climbFirst = weeks - Rules::kSlopeWeeks;
        const Climb climb = climbFirst >= 0 ? fitClimb(series, shape, climbFirst, latest) : Climb {};
        if (risesCount && climb.valid && climb.growth >= Rules::kMinClimb && climb.z >= bar.minZ
            && recent.observed >= Rules::kMinObserved && recent.ratio >= kMinLift) {
            trend.kind = TrendKind::Rise;
            trend.since = climbFirst;
            trend.z = climb.z;
        } else if (recent.ratio <= 1 / Rules::kMinRatio && recent.z <= -bar.minZ
            && recent.expected >= Rules::kMinObserved) {
            trend.kind = TrendKind::Fall;
        }
    }
    if (trend.kind != TrendKind::Steady)
        trend.confidence = confidenceOf(trend.z, trend.baseline, weeks);
    if (jump || recent.valid)
        for (int week = 0; week < weeks; ++week)
            if (std::isfinite(shape[size_t(week)]))
                trend.expectedSeries[size_t(week)] = level * shape[size_t(week)];
    return trend;
}

QString trendKey(TrendKind kind)
{
    for (const KindName& name : kKindNames)
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<TrendKind> trendFromKey(QStringView key)
{
    for (const KindName& name : kKindNames)
        if (key == QLatin1StringView(name.key))
            return name.kind;
    return std::nullopt;
}

QString trendLabel(TrendKind kind)
{
    for (const KindName& name : kKindNames)
        if (name.kind == kind)
            return TrendText::tr(name.label);
    return {};
}

QString baselineKey(Baseline baseline)
{
    for (const BaselineName& name : kBaselineNames)
        if (name.baseline == baseline)
            return QString::fromLatin1(name.key);
    return {};
}

std::optional<Baseline> baselineFromKey(QStringView key)
{
    for (const BaselineName& name : kBaselineNames)
        if (key == QLatin1StringView(name.key))
            return name.baseline;
    return std::nullopt;
}

QString baselineLabel(Baseline baseline)
{
    for (const BaselineName& name : kBaselineNames)
        if (name.baseline == baseline)
            return TrendText::tr(name.label);
    return {};
}

} // namespace flywheel::merchandising
