#include "shell/Formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace flywheel {

namespace {
struct FormattingText {
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};

const QString kPercentMarker = QStringLiteral("(%)");

bool isPercent(const QString& label)
{
    return label.trimmed().endsWith(kPercentMarker);
}

/// Whole numbers stay whole; others get one decimal, which is all a glance needs.
QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}
} // namespace

QString Formatting::figure(double value, const QString& label)
{
    return isPercent(label) ? FormattingText::tr("%1%").arg(number(value)) : number(value);
}

QString Formatting::figureCaption(const QString& label)
{
    QString caption = label.trimmed();
    if (caption.endsWith(kPercentMarker))
        caption.chop(kPercentMarker.size());
    return caption.trimmed();
}

QString Formatting::delta(std::optional<double> current, std::optional<double> previous, const QString& label)
{
    if (!current || !previous)
        return {};
    const double change = *current - *previous;
    if (std::abs(change) < 0.05)
        return FormattingText::tr("no change");
    const QString amount = number(std::abs(change));
    const QString signedAmount
        = change > 0 ? FormattingText::tr("+%1").arg(amount) : FormattingText::tr("−%1").arg(amount);
    return isPercent(label) ? FormattingText::tr("%1 pts").arg(signedAmount) : signedAmount;
}

QString Formatting::relativeTime(const QString& isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    const qint64 seconds = when.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return FormattingText::tr("just now");
    if (seconds < 3600)
        return FormattingText::tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    const QDate day = when.toLocalTime().date();
    const qint64 days = day.daysTo(QDate::currentDate());
    if (days == 0)
        return FormattingText::tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    if (days == 1)
        return FormattingText::tr("yesterday");
    if (days < 7)
        return FormattingText::tr("%n day(s) ago", nullptr, static_cast<int>(days));
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace flywheel
