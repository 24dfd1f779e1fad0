#include "shell/Formatting.h"

#include "io/Values.h"
#include "report/FigureText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace flywheel {

namespace {
struct FormattingText {
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};

/// The symbol a currency is written with where it is at home ("$" for USD, "€" for EUR, "£" for
/// GBP); the ISO code itself for one no territory uses.
QString currencySymbol(const QString& code)
{
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> found;
        for (int territory = QLocale::Afghanistan; territory <= QLocale::LastTerritory; ++territory) {
            // The territory's main locale: en_US for the United States, de_DE for Germany.
            const QLocale home(QLocale::AnyLanguage, static_cast<QLocale::Territory>(territory));
            if (home.territory() != territory)
                continue;
            const QString iso = home.currencySymbol(QLocale::CurrencyIsoCode);
            if (!iso.isEmpty() && !found.contains(iso))
                found.insert(iso, home.currencySymbol(QLocale::CurrencySymbol));
        }
        // Where several territories share a currency, its issuer's own symbol wins.
        for (const auto& [iso, territory] : { std::pair { QStringLiteral("USD"), QLocale::UnitedStates },
                 std::pair { QStringLiteral("EUR"), QLocale::Germany },
                 std::pair { QStringLiteral("GBP"), QLocale::UnitedKingdom } })
            found.insert(iso, QLocale(QLocale::AnyLanguage, territory).currencySymbol(QLocale::CurrencySymbol));
        return found;
    }();
    return symbols.value(code.toUpper(), code);
}

QString number(double value)
{
    return FigureText::number(value, QLocale());
}
} // namespace

QString Formatting::figure(double value, const QString& label)
{
    return FigureText::figure(value, label, QLocale());
}

QString Formatting::share(double fraction)
{
    return QLocale().toString(std::lround(fraction * 100)) + u'%';
}

QString Formatting::figureCaption(const QString& label)
{
    return FigureText::caption(label);
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
    return FigureText::isPercentage(label) ? FormattingText::tr("%1 pts").arg(signedAmount) : signedAmount;
}

QString Formatting::money(std::int64_t minorUnits, const QString& currencyCode)
{
    const int decimals = values::currencyDecimals(currencyCode.toStdString());
    const double major = static_cast<double>(minorUnits) / std::pow(10.0, decimals);
    return QLocale().toCurrencyString(major, currencySymbol(currencyCode), decimals);
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
