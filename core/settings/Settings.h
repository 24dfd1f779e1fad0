#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <span>
#include <string_view>

// Every setting the owner can change, declared once in this file: key, type, default, allowed
// values and the words the settings dialog shows. Store settings live in the store's
// store_settings table (they travel with the store file); app settings are per user (QSettings).
// Core code reads store settings through StoreSettings::get(db, settings::overstockWeeksOfCover).
namespace flywheel::settings {

/// Where a setting is kept.
enum class Scope {
    Store, ///< inside the store file, the same for everyone who opens it
    App, ///< per user on this computer
};

/// The page of the settings dialog a setting appears on, in this order.
enum class Group { Store, Analysis, Inventory, Promotions, App };

/// How a setting is edited and stored.
enum class Kind {
    Integer, ///< whole number between minimum and maximum
    Decimal, ///< number with `decimals` places between minimum and maximum
    Text, ///< free text, normalised and checked by checkText when set; choices() are suggestions
    Choice, ///< exactly one of choices()
};

/// One allowed value of a Choice setting and the words that name it.
struct Choice {
    QString value;
    QString label;
};

/// A setting's declaration. A literal type, so every setting is a compile-time constant and needs
/// no start-up order. Labels, help and units are translated when shown (context "Settings").
struct SettingInfo {
    std::string_view key;
    Scope scope = Scope::Store;
    Group group = Group::Store;
    Kind kind = Kind::Integer;
    const char* label = "";
    const char* help = "";
    /// Word after the number ("days", "%"); null for none.
    const char* unit = nullptr;
    double defaultNumber = 0;
    double minimum = 0;
    double maximum = 0;
    int decimals = 0;
    /// Longest Text value, in characters (0 = no limit).
    int maxLength = 0;
    /// Default of Text and Choice settings (ASCII).
    const char* defaultText = "";
    /// A default that depends on the machine (e.g. its time zone); wins over defaultText.
    QString (*computedDefault)() = nullptr;
    /// The allowed values of a Choice setting (suggestions for a Text one), in the order shown.
    QList<Choice> (*choices)() = nullptr;
    /// Normalises a Text value (e.g. upper-cases a currency code) or says why it is refused.
    Result<QString> (*checkText)(const QString&) = nullptr;

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString helpText() const;
    [[nodiscard]] QString unitText() const;
    /// The default as int (Integer), double (Decimal) or QString (Text, Choice).
    [[nodiscard]] QVariant defaultValue() const;
    /// `value` converted to the setting's type and normalised, or an error the owner can act on
    /// (out of range, not one of the choices, not a number).
    [[nodiscard]] Result<QVariant> check(const QVariant& value) const;
    /// How a checked value is written to storage, and read back (nullopt when unreadable).
    [[nodiscard]] QString toStored(const QVariant& value) const;
    [[nodiscard]] std::optional<QVariant> fromStored(const QString& stored) const;
};

template <typename T> consteval bool fits(Kind kind)
{
    if constexpr (std::is_same_v<T, int>)
        return kind == Kind::Integer;
    else if constexpr (std::is_same_v<T, double>)
        return kind == Kind::Decimal;
    else if constexpr (std::is_same_v<T, QString>)
        return kind == Kind::Text || kind == Kind::Choice;
    else
        return false;
}

/// A setting with the C++ type its value is read as; a type that does not fit the kind fails to compile.
template <typename T> struct SettingDef {
    consteval SettingDef(const SettingInfo& declared)
        : info(declared)
    {
        if (!fits<T>(declared.kind))
            throw "the C++ type of a setting must fit its kind: int for Integer, double for Decimal, QString otherwise";
    }
    SettingInfo info;
};

// ---- helpers the declarations use ----
[[nodiscard]] QString systemTimeZoneId();
[[nodiscard]] QList<Choice> timeZoneChoices();
[[nodiscard]] QList<Choice> storeLanguageChoices();
[[nodiscard]] QList<Choice> uiLanguageChoices();
[[nodiscard]] Result<QString> checkCurrencyCode(const QString& text);
[[nodiscard]] Result<QString> checkStoreName(const QString& text);
[[nodiscard]] Result<QString> checkTimeZone(const QString& text);

// ---- Store ----
inline constexpr SettingDef<QString> storeName { {
    .key = "store_name",
    .group = Group::Store,
    .kind = Kind::Text,
    .label = QT_TRANSLATE_NOOP("Settings", "Store name"),
    .help = QT_TRANSLATE_NOOP("Settings", "Shown in the window title and on files Flywheel writes for you."),
    .maxLength = 80,
    .checkText = &checkStoreName,
} };
inline constexpr SettingDef<QString> currency { {
    .key = "currency",
    .group = Group::Store,
    .kind = Kind::Text,
    .label = QT_TRANSLATE_NOOP("Settings", "Currency"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "Three-letter code (USD, EUR, TRY, …) for prices in files that do not "
        "name their currency."),
    .maxLength = 3,
    .defaultText = "USD",
    .checkText = &checkCurrencyCode,
} };
inline constexpr SettingDef<QString> timeZone { {
    .key = "time_zone",
    .group = Group::Store,
    .kind = Kind::Text,
    .label = QT_TRANSLATE_NOOP("Settings", "Time zone"),
    .help = QT_TRANSLATE_NOOP("Settings", "Where your store's day starts and ends, for daily and weekly figures."),
    .computedDefault = &systemTimeZoneId,
    .choices = &timeZoneChoices,
    .checkText = &checkTimeZone,
} };
inline constexpr SettingDef<QString> storeLanguage { {
    .key = "language",
    .group = Group::Store,
    .kind = Kind::Choice,
    .label = QT_TRANSLATE_NOOP("Settings", "Customers' language"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "The language of your reviews and support messages, so Flywheel reads "
        "them with the right words."),
    .defaultText = "en",
    .choices = &storeLanguageChoices,
} };

// ---- Analysis ----
inline constexpr SettingDef<int> contentGapMinMentions { {
    .key = "content_gap_min_mentions",
    .group = Group::Analysis,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Questions before a content gap"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "How many customers must ask about the same detail of a product before "
        "Flywheel suggests adding it to the product page."),
    .unit = QT_TRANSLATE_NOOP("Settings", "questions"),
    .defaultNumber = 3,
    .minimum = 1,
    .maximum = 100,
} };
inline constexpr SettingDef<int> negativeSentimentAlertPercent { {
    .key = "negative_sentiment_alert_percent",
    .group = Group::Analysis,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Unhappy-customer alert"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "Flag a product when at least this share of its reviews and messages "
        "is negative."),
    .unit = QT_TRANSLATE_NOOP("Settings", "%"),
    .defaultNumber = 25,
    .minimum = 1,
    .maximum = 100,
} };
inline constexpr SettingDef<int> zeroResultAlertPercent { {
    .key = "zero_result_alert_percent",
    .group = Group::Analysis,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Searches without results alert"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "Flag your site search when at least this share of searches finds "
        "nothing."),
    .unit = QT_TRANSLATE_NOOP("Settings", "%"),
    .defaultNumber = 10,
    .minimum = 1,
    .maximum = 100,
} };

// ---- Inventory ----
inline constexpr SettingDef<int> supplierLeadTimeDays { {
    .key = "supplier_lead_time_days",
    .group = Group::Inventory,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Supplier lead time"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "Days from placing a purchase order to having the goods on the shelf, "
        "for products without a lead time of their own."),
    .unit = QT_TRANSLATE_NOOP("Settings", "days"),
    .defaultNumber = 14,
    .minimum = 1,
    .maximum = 365,
} };
inline constexpr SettingDef<double> serviceLevelPercent { {
    .key = "service_level_percent",
    .group = Group::Inventory,
    .kind = Kind::Decimal,
    .label = QT_TRANSLATE_NOOP("Settings", "Service level"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "How often an order should find the product in stock. Higher means "
        "fewer stockouts and more stock to pay for."),
    .unit = QT_TRANSLATE_NOOP("Settings", "%"),
    .defaultNumber = 95,
    .minimum = 50,
    .maximum = 99.9,
    .decimals = 1,
} };
inline constexpr SettingDef<int> overstockWeeksOfCover { {
    .key = "overstock_weeks_of_cover",
    .group = Group::Inventory,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Overstock after"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "A product counts as overstocked when its stock would last longer than "
        "this at the current pace of sales."),
    .unit = QT_TRANSLATE_NOOP("Settings", "weeks of sales"),
    .defaultNumber = 26,
    .minimum = 1,
    .maximum = 104,
} };

// ---- Promotions ----
inline constexpr SettingDef<int> controlGroupPercent { {
    .key = "control_group_percent",
    .group = Group::Promotions,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Held-back control group"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "The share of each promotion's audience that is chosen at random and "
        "gets nothing. Comparing the two groups afterwards shows what the "
        "promotion really changed."),
    .unit = QT_TRANSLATE_NOOP("Settings", "%"),
    .defaultNumber = 10,
    .minimum = 0,
    .maximum = 50,
} };
inline constexpr SettingDef<int> marginFloorPercent { {
    .key = "margin_floor_percent",
    .group = Group::Promotions,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Lowest margin on a promotion"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "A promotion never discounts a product below this margin over its "
        "cost. Products without a cost are never discounted by more than "
        "the largest discount."),
    .unit = QT_TRANSLATE_NOOP("Settings", "%"),
    .defaultNumber = 15,
    .minimum = 0,
    .maximum = 90,
} };
inline constexpr SettingDef<int> maxDiscountPercent { {
    .key = "max_discount_percent",
    .group = Group::Promotions,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Largest discount"),
    .help = QT_TRANSLATE_NOOP("Settings", "No promotion suggests a deeper discount than this."),
    .unit = QT_TRANSLATE_NOOP("Settings", "%"),
    .defaultNumber = 40,
    .minimum = 5,
    .maximum = 90,
} };
inline constexpr SettingDef<int> promotionDays { {
    .key = "promotion_days",
    .group = Group::Promotions,
    .kind = Kind::Integer,
    .label = QT_TRANSLATE_NOOP("Settings", "Promotion length"),
    .help = QT_TRANSLATE_NOOP("Settings", "How long a suggested promotion's code is valid."),
    .unit = QT_TRANSLATE_NOOP("Settings", "days"),
    .defaultNumber = 14,
    .minimum = 3,
    .maximum = 90,
} };

// ---- App (per user) ----
inline constexpr SettingDef<QString> uiLanguage { {
    .key = "ui_language",
    .scope = Scope::App,
    .group = Group::App,
    .kind = Kind::Choice,
    .label = QT_TRANSLATE_NOOP("Settings", "Language of Flywheel"),
    .help = QT_TRANSLATE_NOOP("Settings",
        "The language of menus, buttons and messages. Money, dates and numbers "
        "follow it too."),
    .choices = &uiLanguageChoices,
} };

/// Every setting, in the order the settings dialog shows them.
[[nodiscard]] std::span<const SettingInfo* const> all();
/// The group's title in the settings dialog.
[[nodiscard]] QString groupTitle(Group group);

} // namespace flywheel::settings
