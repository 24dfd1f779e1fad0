#include "forecast/Aggregation.h"

#include <QCoreApplication>

#include <algorithm>

namespace flywheel::forecast {

namespace {
struct AggregationText {
    Q_DECLARE_TR_FUNCTIONS(Aggregation)
};

/// Whole periods from the period starting at `from` to the one starting at `to`.
qint64 periodsBetween(QDate from, QDate to, Frequency frequency)
{
    const qint64 months = qint64(to.year() - from.year()) * 12 + (to.month() - from.month());
    switch (frequency) {
    case Frequency::Daily:
        return from.daysTo(to);
    case Frequency::Weekly:
        return from.daysTo(to) / 7;
    case Frequency::Monthly:
        return months;
    case Frequency::Quarterly:
        return months / 3;
    case Frequency::Yearly:
        return to.year() - from.year();
    }
    return 0;
}
} // namespace

QDate periodStart(QDate date, Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return date;
    case Frequency::Weekly:
        return date.addDays(1 - date.dayOfWeek());
    case Frequency::Monthly:
        return QDate(date.year(), date.month(), 1);
    case Frequency::Quarterly:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Frequency::Yearly:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate addPeriods(QDate start, Frequency frequency, int count)
{
    switch (frequency) {
    case Frequency::Daily:
        return start.addDays(count);
    case Frequency::Weekly:
        return start.addDays(7 * qint64(count));
    case Frequency::Monthly:
        return start.addMonths(count);
    case Frequency::Quarterly:
        return start.addMonths(3 * count);
    case Frequency::Yearly:
        return start.addYears(count);
    }
    return start;
}

Result<DatedSeries> aggregateByPeriod(std::span<const DatedQuantity> observations, Frequency frequency, QDate lastDay)
{
    QDate earliest;
    for (const DatedQuantity& observation : observations)
        if (observation.date.isValid() && observation.date <= lastDay
            && (!earliest.isValid() || observation.date < earliest))
            earliest = observation.date;
    if (!earliest.isValid())
        return fail(ErrorCode::InvalidArgument,
            AggregationText::tr("There are no dated quantities up to %1 to forecast from.")
                .arg(lastDay.toString(Qt::ISODate)));
    // The period holding lastDay counts only when lastDay is its last day.
    const QDate lastStart = periodStart(lastDay, frequency);
    const QDate end
        = addPeriods(lastStart, frequency, 1).addDays(-1) == lastDay ? addPeriods(lastStart, frequency, 1) : lastStart;
    DatedSeries dated;
    dated.firstPeriod = periodStart(earliest, frequency);
    dated.series.period = seasonalPeriod(frequency);
    const qint64 count = periodsBetween(dated.firstPeriod, end, frequency);
    if (count < 1)
        return fail(ErrorCode::InvalidArgument,
            AggregationText::tr("The data runs from %1 to %2, which does not cover one complete period yet; "
                                "forecast by a shorter period or add more history.")
                .arg(earliest.toString(Qt::ISODate), lastDay.toString(Qt::ISODate)));
    dated.series.values.assign(size_t(count), 0.0);
    for (const DatedQuantity& observation : observations) {
        if (!observation.date.isValid())
            continue;
        const qint64 index = periodsBetween(dated.firstPeriod, periodStart(observation.date, frequency), frequency);
        if (index >= 0 && index < count)
            dated.series.values[size_t(index)] += observation.quantity;
    }
    return dated;
}

} // namespace flywheel::forecast
