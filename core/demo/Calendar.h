#pragma once

#include "Error.h"

#include <QtGlobal>

#include <array>
#include <string>
#include <vector>

namespace flywheel::demo {

/// When in the year something sells; each profile is a demand multiplier averaging about 1.
enum class Season : quint8 {
    Flat,     ///< all year (tees, jeans, most gear)
    Winter,   ///< autumn and winter peak (outerwear, knitwear, boots)
    Summer,   ///< summer peak (linen, shorts, sandals)
    Shoulder, ///< spring and autumn peaks (rain gear, hiking)
    Holiday,  ///< December gifting (socks, mugs, slippers)
};
inline constexpr int kSeasonCount = 5;

/// The store's days: a fixed history ending 2026-10-31 (never the clock, so runs repeat), the
/// America/New_York UTC offset of every day, and the demand curves that hang off the calendar.
/// Day indexes run 0 .. days() - 1. A calendar extended past the end (an advanced demo store) has
/// the same first day, so every earlier day keeps its index, offset and curves.
class Calendar {
public:
    static constexpr int kEndYear = 2026;
    static constexpr int kEndMonth = 10;
    static constexpr int kEndDay = 31;
    static constexpr double kGrowthPerYear = 0.45;

    /// `extraDays` days after 2026-10-31 continue the history (the demo store's later periods).
    [[nodiscard]] static Result<Calendar> create(int years, int extraDays = 0);
    /// Day index of 2026-10-31, the last day of the generated history.
    [[nodiscard]] int historyEnd() const { return static_cast<int>(m_historyEndEpochDay - m_firstEpochDay); }

    [[nodiscard]] int days() const { return static_cast<int>(m_offsetBefore.size()); }
    [[nodiscard]] qint64 epochDay(int day) const { return m_firstEpochDay + day; }
    /// Day index of a civil date; may fall outside 0 .. days() - 1.
    [[nodiscard]] int dayIndex(int year, int month, int dayOfMonth) const;
    [[nodiscard]] int year(int day) const;
    /// 1 = Monday ... 7 = Sunday.
    [[nodiscard]] int dayOfWeek(int day) const;
    /// 0-based day within its calendar year.
    [[nodiscard]] int dayOfYear(int day) const;
    [[nodiscard]] int mondayOf(int day) const { return day - (dayOfWeek(day) - 1); }

    /// A local time that exists exactly once: on the two DST change days the hours around 2:00
    /// are moved past the change, so every written offset is unambiguous.
    [[nodiscard]] int unambiguousSecond(int day, int secondOfDay) const;
    [[nodiscard]] int offsetSeconds(int day, int secondOfDay) const;

    /// "2026-05-03 14:22:10 -0400" (Shopify exports, store time).
    void appendShopifyTime(std::string& out, int day, int secondOfDay) const;
    /// "2026-05-03T14:22:10-04:00" (generic layouts).
    void appendIsoTime(std::string& out, int day, int secondOfDay) const;
    /// "2026-05-03 18:22:10" in UTC (review apps).
    void appendUtcTime(std::string& out, int day, int secondOfDay) const;
    void appendDate(std::string& out, int day) const;
    [[nodiscard]] std::string date(int day) const;

    /// Demand multiplier of a season profile on a day.
    [[nodiscard]] double season(Season profile, int day) const
    {
        return m_season[static_cast<size_t>(profile)][static_cast<size_t>(day)];
    }
    /// Store-wide traffic multiplier: growth, weekday pattern and the holiday rush.
    [[nodiscard]] double traffic(int day) const { return m_traffic[static_cast<size_t>(day)]; }

private:
    Calendar() = default;

    qint64 m_firstEpochDay = 0;
    qint64 m_historyEndEpochDay = 0;
    std::vector<int> m_offsetBefore; ///< offset before 02:00 local
    std::vector<int> m_offsetAfter;  ///< offset from 02:00 local (differs only on change days)
    std::array<std::vector<double>, kSeasonCount> m_season;
    std::vector<double> m_traffic;
};

} // namespace flywheel::demo
