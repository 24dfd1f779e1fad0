#pragma once

#include "Error.h"
#include "store/Database.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <string>
#include <string_view>

namespace flywheel {

/// A span of stored UTC timestamps, half-open: from <= created_at < until, compared as text.
struct DayRange {
    QString from;
    QString until;
};

/// The store's calendar. Timestamps are kept in UTC ("2026-10-05T03:30:00Z"); the store counts
/// its days from its own midnight, as its owner and its platform's reports do, so an order placed
/// at 23:30 in New York belongs to that evening's day, not to the next UTC day. Every stage buckets
/// days and weeks through here so that a sale, a ticket and an outcome window agree on the day.
///
/// One calendar serves one thread: it remembers the zone's offset per hour it has seen.
class StoreDays {
public:
    /// An invalid zone counts days in UTC.
    explicit StoreDays(const QTimeZone& zone);
    /// The calendar of the store's time-zone setting.
    [[nodiscard]] static StoreDays of(Database& db);

    /// The store's day of a stored timestamp, or an invalid date when the text is not one. Takes
    /// the "YYYY-MM-DDTHH:MM:SSZ" form every importer writes without a general date parser: a
    /// large store's million order lines pass through here, an order's lines one after another: the
    /// same timestamp as the last one gets the same day without working it out again.
    [[nodiscard]] QDate dayOf(std::string_view utcTimestamp);
    [[nodiscard]] QDate dayOf(const QString& utcTimestamp);

    /// The stored timestamps of days [first, last]: from the store's midnight starting `first` to
    /// the one after `last`.
    [[nodiscard]] DayRange range(QDate first, QDate last) const;

    [[nodiscard]] const QTimeZone& zone() const { return m_zone; }

private:
    [[nodiscard]] int offsetAtHour(qint64 julianDay, int hour);
    [[nodiscard]] QDate workOutDay(std::string_view utcTimestamp);

    QTimeZone m_zone;
    /// Zones change their offset on the hour (every zone in use today), so one lookup per UTC hour
    /// serves every timestamp in it. Keyed by Julian day * 24 + hour.
    QHash<qint64, int> m_offsetOfHour;
    std::string m_lastTimestamp;
    QDate m_lastDay;
};

/// The last day of the store's history: the store's day of its newest order that was not cancelled.
/// An invalid date when there are no orders yet.
[[nodiscard]] Result<QDate> lastOrderDay(Database& db);

} // namespace flywheel
