#include "demo/Calendar.h"

#include "demo/Format.h"
#include "demo/Random.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace flywheel::demo {

namespace {
struct CalendarText {
    Q_DECLARE_TR_FUNCTIONS(Calendar)
};

constexpr double kYear = 365.2425;
constexpr int kChangeHour = 2;

double wave(int dayOfYear, double peakDay, double cycles)
{
    return detmath::cos(2.0 * detmath::kPi * cycles * (dayOfYear - peakDay) / kYear);
}

double narrowPeak(int dayOfYear, double peakDay, int sharpness)
{
    const double c = wave(dayOfYear, peakDay, 1.0);
    if (c <= 0.0)
        return 0.0;
    double value = 1.0;
    for (int i = 0; i < sharpness; ++i)
        value *= c;
    return value;
}

double seasonValue(Season profile, int dayOfYear)
{
    switch (profile) {
    case Season::Flat:
        return 1.0 + 0.08 * wave(dayOfYear, 345, 1);
    case Season::Winter:
        return 1.0 + 0.8 * wave(dayOfYear, 340, 1);
    case Season::Summer:
        return 1.0 + 0.85 * wave(dayOfYear, 185, 1);
    case Season::Shoulder:
        return 1.0 + 0.5 * wave(dayOfYear, 105, 2);
    case Season::Holiday:
        return 0.7 + 2.2 * narrowPeak(dayOfYear, 352, 12);
    }
    return 1.0;
}

// Mondays and Sundays are the busiest online days for apparel, Saturday the quietest.
constexpr std::array<double, 7> kWeekday = {1.06, 1.0, 0.97, 0.98, 0.93, 0.88, 1.18};
} // namespace

Result<Calendar> Calendar::create(int years, int extraDays)
{
    const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    if (!zone.isValid()) {
        return fail(ErrorCode::Io, CalendarText::tr("The time zone America/New_York is not available on this "
                                                    "computer, so the demo store's order times cannot be written. "
                                                    "Install the system's time zone data and try again."));
    }
    Calendar calendar;
    calendar.m_historyEndEpochDay = fmt::epochDay(kEndYear, kEndMonth, kEndDay);
    const qint64 last = calendar.m_historyEndEpochDay + std::max(extraDays, 0);
    calendar.m_firstEpochDay = fmt::epochDay(kEndYear - years, kEndMonth, kEndDay) + 1;
    const int count = static_cast<int>(last - calendar.m_firstEpochDay + 1);
    calendar.m_offsetBefore.resize(static_cast<size_t>(count));
    calendar.m_offsetAfter.resize(static_cast<size_t>(count));
    for (auto& curve : calendar.m_season)
        curve.resize(static_cast<size_t>(count));
    calendar.m_traffic.resize(static_cast<size_t>(count));

    for (int day = 0; day < count; ++day) {
        int y = 0;
        int m = 0;
        int d = 0;
        fmt::civilFromEpochDay(calendar.epochDay(day), y, m, d);
        const QDate date(y, m, d);
        const auto index = static_cast<size_t>(day);
        calendar.m_offsetBefore[index] = QDateTime(date, QTime(0, 30), zone).offsetFromUtc();
        calendar.m_offsetAfter[index] = QDateTime(date, QTime(23, 30), zone).offsetFromUtc();

        const int doy = calendar.dayOfYear(day);
        for (int p = 0; p < kSeasonCount; ++p)
            calendar.m_season[static_cast<size_t>(p)][index] = seasonValue(static_cast<Season>(p), doy);
        const double growth = detmath::exp(detmath::log(1.0 + kGrowthPerYear) * day / kYear);
        const double rush = 1.0 + 0.1 * wave(doy, 345, 1) + 0.55 * narrowPeak(doy, 343, 24);
        calendar.m_traffic[index] = growth * rush * kWeekday[static_cast<size_t>(calendar.dayOfWeek(day) - 1)];
    }
    return calendar;
}

int Calendar::dayIndex(int year, int month, int dayOfMonth) const
{
    return static_cast<int>(fmt::epochDay(year, month, dayOfMonth) - m_firstEpochDay);
}

int Calendar::year(int day) const
{
    int y = 0;
    int m = 0;
    int d = 0;
    fmt::civilFromEpochDay(epochDay(day), y, m, d);
    return y;
}

int Calendar::dayOfWeek(int day) const
{
    // 1970-01-01 was a Thursday.
    const qint64 e = epochDay(day);
    return static_cast<int>(((e % 7) + 7 + 3) % 7) + 1;
}

int Calendar::dayOfYear(int day) const
{
    return static_cast<int>(epochDay(day) - fmt::epochDay(year(day), 1, 1));
}

int Calendar::unambiguousSecond(int day, int secondOfDay) const
{
    const auto index = static_cast<size_t>(day);
    if (m_offsetBefore[index] == m_offsetAfter[index])
        return secondOfDay;
    if (secondOfDay >= (kChangeHour - 1) * 3600 && secondOfDay < (kChangeHour + 1) * 3600)
        return secondOfDay + 2 * 3600;
    return secondOfDay;
}

int Calendar::offsetSeconds(int day, int secondOfDay) const
{
    const auto index = static_cast<size_t>(day);
    return secondOfDay < kChangeHour * 3600 ? m_offsetBefore[index] : m_offsetAfter[index];
}

void Calendar::appendShopifyTime(std::string& out, int day, int secondOfDay) const
{
    fmt::appendDate(out, epochDay(day));
    out += ' ';
    fmt::appendTime(out, secondOfDay);
    out += ' ';
    fmt::appendOffset(out, offsetSeconds(day, secondOfDay), false);
}

void Calendar::appendIsoTime(std::string& out, int day, int secondOfDay) const
{
    fmt::appendDate(out, epochDay(day));
    out += 'T';
    fmt::appendTime(out, secondOfDay);
    fmt::appendOffset(out, offsetSeconds(day, secondOfDay), true);
}

void Calendar::appendUtcTime(std::string& out, int day, int secondOfDay) const
{
    qint64 utc = epochDay(day) * 86400 + secondOfDay - offsetSeconds(day, secondOfDay);
    const qint64 utcDay = utc >= 0 ? utc / 86400 : (utc - 86399) / 86400;
    utc -= utcDay * 86400;
    fmt::appendDate(out, utcDay);
    out += ' ';
    fmt::appendTime(out, static_cast<int>(utc));
}

void Calendar::appendDate(std::string& out, int day) const
{
    fmt::appendDate(out, epochDay(day));
}

std::string Calendar::date(int day) const
{
    std::string out;
    appendDate(out, day);
    return out;
}

} // namespace flywheel::demo
