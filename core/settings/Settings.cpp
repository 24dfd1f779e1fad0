#include "settings/Settings.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace flywheel::settings {

namespace {
struct SettingsText {
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

QString translated(const char* text)
{
    return text && *text ? QCoreApplication::translate("Settings", text) : QString();
}

/// Shown in error messages: "between 1 and 100".
QString numberText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
} // namespace

QString SettingInfo::title() const
{
    return translated(label);
}

QString SettingInfo::helpText() const
{
    return translated(help);
}

QString SettingInfo::unitText() const
{
    return translated(unit);
}

QVariant SettingInfo::defaultValue() const
{
    switch (kind) {
    case Kind::Integer:
        return static_cast<int>(defaultNumber);
    case Kind::Decimal:
        return defaultNumber;
    case Kind::Text:
    case Kind::Choice:
        break;
    }
    return computedDefault ? computedDefault() : QString::fromLatin1(defaultText);
}

Result<QVariant> SettingInfo::check(const QVariant& value) const
{
    switch (kind) {
    case Kind::Integer:
    case Kind::Decimal: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return fail(ErrorCode::InvalidArgument, SettingsText::tr("%1 must be a number.").arg(title()));
        const double rounded = kind == Kind::Integer
            ? std::round(number)
            : std::round(number * std::pow(10, decimals)) / std::pow(10, decimals);
        if (rounded < minimum || rounded > maximum)
            return fail(ErrorCode::InvalidArgument,
                SettingsText::tr("%1 must be between %2 and %3; %4 is outside that range.")
                    .arg(title(), numberText(minimum, decimals), numberText(maximum, decimals),
                        numberText(number, kind == Kind::Integer ? 0 : decimals)));
        if (kind == Kind::Integer)
            return QVariant(static_cast<int>(rounded));
        return QVariant(rounded);
    }
    case Kind::Text: {
        QString text = value.toString().trimmed();
        if (checkText) {
            auto checked = checkText(text);
            if (!checked)
                return std::unexpected(checked.error());
            text = *checked;
        }
        if (maxLength > 0 && text.size() > maxLength)
            return fail(ErrorCode::InvalidArgument,
                SettingsText::tr("%1 has %2 characters; keep it to %3.").arg(title()).arg(text.size()).arg(maxLength));
        return QVariant(text);
    }
    case Kind::Choice: {
        const QString text = value.toString();
        for (const Choice& choice : choices())
            if (choice.value == text)
                return QVariant(text);
        return fail(ErrorCode::InvalidArgument,
            SettingsText::tr("\"%1\" is not one of the choices for %2.").arg(text, title()));
    }
    }
    return QVariant();
}

QString SettingInfo::toStored(const QVariant& value) const
{
    switch (kind) {
    case Kind::Integer:
        return QString::number(value.toInt());
    case Kind::Decimal:
        return QString::number(value.toDouble(), 'g', 15);
    case Kind::Text:
    case Kind::Choice:
        break;
    }
    return value.toString();
}

std::optional<QVariant> SettingInfo::fromStored(const QString& stored) const
{
    // Stored values are written in the C locale (toStored), whatever the owner's language.
    QVariant raw = stored;
    if (kind == Kind::Integer || kind == Kind::Decimal) {
        bool ok = false;
        const double number = stored.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        raw = number;
    }
    auto checked = check(raw);
    if (!checked)
        return std::nullopt;
    return *checked;
}

QString systemTimeZoneId()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

QList<Choice> timeZoneChoices()
{
    // The zone database is read once: listing it takes a while and does not change while the app runs.
    static const QList<Choice> kChoices = [] {
        QList<Choice> choices;
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
            const QString name = QString::fromUtf8(id);
            // Area/City names only: the bare abbreviations and offsets ("EST5EDT", "UTC+03:00") the
            // database also lists mean nothing to an owner and shift with daylight saving rules.
            if (name.contains(u'/') && !name.startsWith(QStringLiteral("Etc/")))
                choices.append(Choice { name, QString(name).replace(u'_', u' ') });
        }
        // The machine's own zone is the default, so it is always a choice, whatever its name.
        for (const QString& name : { QStringLiteral("UTC"), systemTimeZoneId() })
            if (!std::ranges::any_of(choices, [&name](const Choice& c) { return c.value == name; }))
                choices.append(Choice { name, name });
        return choices;
    }();
    return kChoices;
}

QList<Choice> storeLanguageChoices()
{
    // The languages the text analysis has word lists and stemmers for.
    return {
        { QStringLiteral("en"), SettingsText::tr("English") },
        { QStringLiteral("de"), SettingsText::tr("German") },
        { QStringLiteral("es"), SettingsText::tr("Spanish") },
        { QStringLiteral("fr"), SettingsText::tr("French") },
        { QStringLiteral("it"), SettingsText::tr("Italian") },
        { QStringLiteral("nl"), SettingsText::tr("Dutch") },
        { QStringLiteral("pt"), SettingsText::tr("Portuguese") },
        { QStringLiteral("tr"), SettingsText::tr("Turkish") },
    };
}

QList<Choice> uiLanguageChoices()
{
    // Each language is named in itself, so an owner who cannot read the current one still finds theirs.
    return {
        { QString(), SettingsText::tr("Same as the computer") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("tr"), QStringLiteral("Türkçe") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") },
    };
}

Result<QString> checkCurrencyCode(const QString& text)
{
    const QString code = text.trimmed().toUpper();
    const bool letters = code.size() == 3 && std::ranges::all_of(code, [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!letters)
        return fail(ErrorCode::InvalidArgument,
            SettingsText::tr("\"%1\" is not a currency code. Use the three letters of your currency, such as "
                             "USD, EUR, GBP or TRY.")
                .arg(text));
    return code;
}

Result<QString> checkStoreName(const QString& text)
{
    // Names pasted from elsewhere bring line breaks and runs of spaces along.
    return text.simplified();
}

Result<QString> checkTimeZone(const QString& text)
{
    const QString id = text.trimmed();
    if (id.isEmpty() || !QTimeZone(id.toUtf8()).isValid())
        return fail(ErrorCode::InvalidArgument,
            SettingsText::tr("\"%1\" is not a time zone this computer knows. Choose one from the list, such "
                             "as Europe/Istanbul or America/New_York.")
                .arg(text));
    return id;
}

std::span<const SettingInfo* const> all()
{
    static constexpr std::array kAll = {
        &storeName.info,
        &currency.info,
        &timeZone.info,
        &storeLanguage.info,
        &contentGapMinMentions.info,
        &negativeSentimentAlertPercent.info,
        &zeroResultAlertPercent.info,
        &supplierLeadTimeDays.info,
        &serviceLevelPercent.info,
        &overstockWeeksOfCover.info,
        &controlGroupPercent.info,
        &marginFloorPercent.info,
        &maxDiscountPercent.info,
        &promotionDays.info,
        &uiLanguage.info,
    };
    return kAll;
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Store:
        return SettingsText::tr("Store");
    case Group::Analysis:
        return SettingsText::tr("Analysis");
    case Group::Inventory:
        return SettingsText::tr("Inventory");
    case Group::Promotions:
        return SettingsText::tr("Promotions");
    case Group::App:
        return SettingsText::tr("App");
    }
    return {};
}

} // namespace flywheel::settings
