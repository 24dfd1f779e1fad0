#include "store/StoreDays.h"

#include "store/StoreSettings.h"

#include <QDateTime>

namespace flywheel {

namespace {

constexpr int kSecondsPerDay = 24 * 60 * 60;

/// The value of `count` digits from `from`, or -1 when any of them is not a digit.
int digits(std::string_view text, size_t from, size_t count)
{
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

StoreDays::StoreDays(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

StoreDays StoreDays::of(Database& db)
{
    return StoreDays(StoreSettings(db).timeZone());
}

int StoreDays::offsetAtHour(qint64 julianDay, int hour)
{
    const qint64 key = julianDay * 24 + hour;
    auto found = m_offsetOfHour.constFind(key);
    if (found == m_offsetOfHour.cend()) {
        const QDateTime utc(QDate::fromJulianDay(julianDay), QTime(hour, 0), QTimeZone::utc());
        found = m_offsetOfHour.insert(key, m_zone.offsetFromUtc(utc));
    }
    return *found;
}

QDate StoreDays::dayOf(std::string_view utcTimestamp)
{
    if (utcTimestamp != m_lastTimestamp) {
        m_lastTimestamp = utcTimestamp;
        m_lastDay = workOutDay(utcTimestamp);
    }
    return m_lastDay;
}

QDate StoreDays::workOutDay(std::string_view utcTimestamp)
{
    const int year = digits(utcTimestamp, 0, 4);
    const int month = digits(utcTimestamp, 5, 2);
    const int day = digits(utcTimestamp, 8, 2);
    const int hour = digits(utcTimestamp, 11, 2);
    const int minute = digits(utcTimestamp, 14, 2);
    const int second = digits(utcTimestamp, 17, 2);
    const bool stored = utcTimestamp.size() >= 19 && utcTimestamp[4] == '-' && utcTimestamp[7] == '-'
        && utcTimestamp[10] == 'T' && (utcTimestamp.size() == 19 || utcTimestamp[19] == 'Z');
    if (!stored || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
        // Not the importers' form (a database edited by hand): the general parser decides.
        const QDateTime parsed = QDateTime::fromString(
            QString::fromUtf8(utcTimestamp.data(), qsizetype(utcTimestamp.size())), Qt::ISODate);
        return parsed.isValid() ? parsed.toTimeZone(m_zone).date() : QDate();
    }
    const QDate utcDay(year, month, day);
    if (!utcDay.isValid() || hour > 23 || minute > 59 || second > 60)
        return {};
    const int local = hour * 3600 + minute * 60 + second + offsetAtHour(utcDay.toJulianDay(), hour);
    const int shift = local < 0 ? -1 : local / kSecondsPerDay;
    return utcDay.addDays(shift);
}

QDate StoreDays::dayOf(const QString& utcTimestamp)
{
    const QByteArray text = utcTimestamp.toLatin1();
    return dayOf(std::string_view(text.constData(), size_t(text.size())));
}

DayRange StoreDays::range(QDate first, QDate last) const
{
    const auto midnight
        = [this](QDate day) { return QDateTime(day, QTime(0, 0), m_zone).toUTC().toString(Qt::ISODate); };
    return { midnight(first), midnight(last.addDays(1)) };
}

Result<QDate> lastOrderDay(Database& db)
{
    auto select = db.prepare("SELECT max(created_at) FROM orders WHERE cancelled_at IS NULL");
    if (!select)
        return std::unexpected(select.error());
    auto found = select->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found || select->isNull(0))
        return QDate();
    return StoreDays::of(db).dayOf(select->utf8(0));
}

} // namespace flywheel
