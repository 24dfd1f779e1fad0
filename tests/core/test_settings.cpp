#include "TestSupport.h"

#include "settings/Settings.h"
#include "store/Schema.h"
#include "store/StoreSettings.h"

#include <QSet>
#include <QTest>

using namespace flywheel;

namespace {
/// The setting's value; a database error fails the comparison that uses it (T{} is never expected).
template <typename T> T read(Database& db, const settings::SettingDef<T>& def)
{
    auto value = StoreSettings::get(db, def);
    if (!value)
        qWarning().noquote() << value.error().describe();
    return value.value_or(T {});
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void registryIsConsistent();
    void unsetSettingsReadAsDefaults();
    void valuesSurviveReopeningTheStore();
    void outOfRangeIsRefusedAndNothingWritten();
    void textIsNormalisedOrRefused();
    void choicesAreEnforced();
    void unreadableStoredValueReadsAsDefault();
    void convenienceAccessorsGoThroughTheRegistry();
};

void TestSettings::registryIsConsistent()
{
    QSet<QString> keys;
    for (const settings::SettingInfo* info : settings::all()) {
        const QString key = QString::fromLatin1(info->key.data(), qsizetype(info->key.size()));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QVERIFY2(!info->title().isEmpty() && !info->helpText().isEmpty(), qPrintable(key));
        // Every default must be a value the setting accepts, or the dialog could not show it.
        const auto checked = info->check(info->defaultValue());
        QVERIFY2(checked.has_value(),
            qPrintable(key + QStringLiteral(": ") + (checked ? QString() : checked.error().message)));
        QCOMPARE(*checked, info->defaultValue());
        QVERIFY(!settings::groupTitle(info->group).isEmpty());
        if (info->kind == settings::Kind::Integer || info->kind == settings::Kind::Decimal)
            QVERIFY2(info->minimum < info->maximum, qPrintable(key));
        if (info->kind == settings::Kind::Choice)
            QVERIFY2(info->choices && !info->choices().isEmpty(), qPrintable(key));
    }
    QVERIFY(keys.contains(QStringLiteral("content_gap_min_mentions")));
    QCOMPARE(settings::uiLanguage.info.scope, settings::Scope::App);
}

void TestSettings::unsetSettingsReadAsDefaults()
{
    test::TempStore store;
    QCOMPARE(read(store.db(), settings::contentGapMinMentions), 3);
    QCOMPARE(read(store.db(), settings::overstockWeeksOfCover), 26);
    QCOMPARE(read(store.db(), settings::serviceLevelPercent), 95.0);
    QCOMPARE(read(store.db(), settings::currency), QStringLiteral("USD"));
    QCOMPARE(read(store.db(), settings::storeName), QString());
    QCOMPARE(read(store.db(), settings::timeZone), settings::systemTimeZoneId());
}

void TestSettings::valuesSurviveReopeningTheStore()
{
    test::TempStore store;
    QVERIFY(StoreSettings::set(store.db(), settings::contentGapMinMentions, 7));
    QVERIFY(StoreSettings::set(store.db(), settings::serviceLevelPercent, 97.5));
    QVERIFY(StoreSettings::set(store.db(), settings::storeName, QStringLiteral("  Linen   & Loom ")));
    QVERIFY(StoreSettings::set(store.db(), settings::timeZone, QStringLiteral("Europe/Istanbul")));

    auto reopened = openStore(store.path());
    QVERIFY(reopened);
    QCOMPARE(read(*reopened, settings::contentGapMinMentions), 7);
    QCOMPARE(read(*reopened, settings::serviceLevelPercent), 97.5);
    QCOMPARE(read(*reopened, settings::storeName), QStringLiteral("Linen & Loom"));
    QCOMPARE(StoreSettings(*reopened).timeZone().id(), QByteArray("Europe/Istanbul"));
    // Stored as plain text, readable with any SQLite tool.
    QCOMPARE(
        store.value("SELECT value FROM store_settings WHERE key = 'service_level_percent'"), QStringLiteral("97.5"));
}

void TestSettings::outOfRangeIsRefusedAndNothingWritten()
{
    test::TempStore store;
    QVERIFY(StoreSettings::set(store.db(), settings::overstockWeeksOfCover, 20));
    for (int weeks : { 0, 105, -3 }) {
        const auto refused = StoreSettings::set(store.db(), settings::overstockWeeksOfCover, weeks);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("between 1 and 104")), qPrintable(refused.error().message));
    }
    QVERIFY(!StoreSettings::set(store.db(), settings::serviceLevelPercent, 99.95));
    QVERIFY(!StoreSettings::set(store.db(), settings::serviceLevelPercent, 49.0));
    QVERIFY(!StoreSettings::set(store.db(), settings::contentGapMinMentions.info, QVariant(QStringLiteral("many"))));
    QCOMPARE(read(store.db(), settings::overstockWeeksOfCover), 20);
    QCOMPARE(read(store.db(), settings::serviceLevelPercent), 95.0);
    // The edges themselves are allowed.
    QVERIFY(StoreSettings::set(store.db(), settings::overstockWeeksOfCover, 104));
    QVERIFY(StoreSettings::set(store.db(), settings::serviceLevelPercent, 99.9));
}

void TestSettings::textIsNormalisedOrRefused()
{
    test::TempStore store;
    QVERIFY(StoreSettings::set(store.db(), settings::currency, QStringLiteral(" eur ")));
    QCOMPARE(read(store.db(), settings::currency), QStringLiteral("EUR"));
    for (const QString& bad : { QStringLiteral("EURO"), QStringLiteral("€"), QStringLiteral("E1R"), QString() })
        QVERIFY2(!StoreSettings::set(store.db(), settings::currency, bad), qPrintable(bad));
    QVERIFY(!StoreSettings::set(store.db(), settings::timeZone, QStringLiteral("Mars/Olympus_Mons")));
    QVERIFY(!StoreSettings::set(store.db(), settings::storeName, QString(81, u'x')));
    QCOMPARE(read(store.db(), settings::currency), QStringLiteral("EUR"));
}

void TestSettings::choicesAreEnforced()
{
    test::TempStore store;
    QVERIFY(StoreSettings::set(store.db(), settings::storeLanguage, QStringLiteral("tr")));
    const auto refused = StoreSettings::set(store.db(), settings::storeLanguage, QStringLiteral("xx"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(read(store.db(), settings::storeLanguage), QStringLiteral("tr"));
}

void TestSettings::unreadableStoredValueReadsAsDefault()
{
    test::TempStore store;
    QVERIFY(store.db().exec("INSERT INTO store_settings VALUES ('content_gap_min_mentions', 'lots'), "
                            "('overstock_weeks_of_cover', '500')"));
    QCOMPARE(read(store.db(), settings::contentGapMinMentions), 3);
    QCOMPARE(read(store.db(), settings::overstockWeeksOfCover), 26);
}

void TestSettings::convenienceAccessorsGoThroughTheRegistry()
{
    test::TempStore store;
    StoreSettings storeSettings(store.db());
    QVERIFY(storeSettings.setCurrency(QStringLiteral("try")));
    QCOMPARE(storeSettings.currency(), QStringLiteral("TRY"));
    QCOMPARE(read(store.db(), settings::currency), QStringLiteral("TRY"));
    QVERIFY(storeSettings.setLanguage(QStringLiteral("DE")));
    QCOMPARE(read(store.db(), settings::storeLanguage), QStringLiteral("de"));
    QVERIFY(!storeSettings.setCurrency(QStringLiteral("dollars")));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
