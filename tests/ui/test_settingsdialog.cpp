#include "AppSettings.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "settings/SettingEditor.h"
#include "settings/SettingsDialog.h"
#include "settings/UiLanguage.h"
#include "store/Schema.h"
#include "store/StoreSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <optional>

using flywheel::AppSettings;
using flywheel::SettingsDialog;
using flywheel::StoreSettings;
namespace settings = flywheel::settings;

namespace {
constexpr int kTimeoutMs = 30000;

/// Counts the language changes a widget is told about, as every window of the app is.
class LanguageProbe : public QWidget {
public:
    int changes = 0;

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

template <typename T> T stored(flywheel::Database& db, const settings::SettingDef<T>& def)
{
    return StoreSettings::get(db, def).value_or(T {});
}
} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void pagesFollowTheRegistry();
    void storeSettingsSurviveReopening();
    void refusedValueKeepsTheDialogOpenAndWritesNothing();
    void spinBoxesKeepNumbersInRange();
    void restoreDefaultsResetsThePage();
    void appSettingsPersistAndAnnounceTheLanguage();
    void languageSwitchReachesEveryWidget();
    void windowOpensSettingsAndSwitchesLanguage();

private:
    static void screenshot(QWidget* widget, const QString& name);
    static void accept(SettingsDialog& dialog);

    std::optional<flywheel::test::TempStore> m_store;
};

void TestSettingsDialog::initTestCase()
{
    // QSettings then lives in a test folder, never in the developer's own preferences. Without an
    // organization name QSettings reports every write as failed.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Flywheel tests"));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_store.emplace();
}

void TestSettingsDialog::cleanupTestCase()
{
    QSettings().clear();
    flywheel::UiLanguage::apply(QStringLiteral("en"));
}

void TestSettingsDialog::screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestSettingsDialog::accept(SettingsDialog& dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestSettingsDialog::pagesFollowTheRegistry()
{
    SettingsDialog dialog(m_store->path());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Store"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Promotions"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("App"));
    for (const settings::SettingInfo* info : settings::all()) {
        flywheel::SettingEditor* editor = dialog.editor(*info);
        QVERIFY2(editor, info->key.data());
        QCOMPARE(editor->control()->accessibleName(), info->title());
    }
    auto* weeks = qobject_cast<QSpinBox*>(dialog.editor(settings::overstockWeeksOfCover.info)->control());
    QVERIFY(weeks);
    QCOMPARE(weeks->value(), 26);
    QCOMPARE(weeks->maximum(), 104);
    QVERIFY(weeks->suffix().contains(QStringLiteral("weeks")));
    const auto* name = qobject_cast<QLineEdit*>(dialog.editor(settings::storeName.info)->control());
    QCOMPARE(name->placeholderText(), QStringLiteral("store")); // the store file's name until one is set

    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        screenshot(&dialog, QStringLiteral("settings-%1-%2").arg(tab + 1).arg(tabs->tabText(tab).toLower()));
    }

    // Without a store, only the app's own settings can change.
    SettingsDialog appOnly(QString {});
    QCOMPARE(appOnly.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->count(), 1);
    QVERIFY(!appOnly.editor(settings::currency.info));
    QVERIFY(appOnly.editor(settings::uiLanguage.info));
}

void TestSettingsDialog::storeSettingsSurviveReopening()
{
    {
        SettingsDialog dialog(m_store->path());
        QSignalSpy changed(&dialog, &SettingsDialog::storeSettingsChanged);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
        dialog.editor(settings::storeName.info)->setValue(QStringLiteral("Linen & Loom"));
        dialog.editor(settings::currency.info)->setValue(QStringLiteral("eur"));
        dialog.editor(settings::timeZone.info)->setValue(QStringLiteral("Europe/Istanbul"));
        dialog.editor(settings::storeLanguage.info)->setValue(QStringLiteral("tr"));
        dialog.editor(settings::contentGapMinMentions.info)->setValue(5);
        dialog.editor(settings::serviceLevelPercent.info)->setValue(98.5);
        accept(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeoutMs);
        QCOMPARE(changed.count(), 1);
    }
    auto reopened = flywheel::openStore(m_store->path());
    QVERIFY(reopened);
    QCOMPARE(stored(*reopened, settings::storeName), QStringLiteral("Linen & Loom"));
    QCOMPARE(stored(*reopened, settings::currency), QStringLiteral("EUR"));
    QCOMPARE(stored(*reopened, settings::timeZone), QStringLiteral("Europe/Istanbul"));
    QCOMPARE(stored(*reopened, settings::storeLanguage), QStringLiteral("tr"));
    QCOMPARE(stored(*reopened, settings::contentGapMinMentions), 5);
    QCOMPARE(stored(*reopened, settings::serviceLevelPercent), 98.5);
    // Settings left alone are not written, so they keep following the defaults.
    QCOMPARE(m_store->value("SELECT count(*) FROM store_settings WHERE key = 'overstock_weeks_of_cover'"),
        QStringLiteral("0"));

    // The next dialog shows what was saved.
    SettingsDialog again(m_store->path());
    QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), kTimeoutMs);
    QCOMPARE(again.editor(settings::currency.info)->value().toString(), QStringLiteral("EUR"));
    QCOMPARE(again.editor(settings::contentGapMinMentions.info)->value().toInt(), 5);
    QCOMPARE(again.editor(settings::timeZone.info)->value().toString(), QStringLiteral("Europe/Istanbul"));
}

void TestSettingsDialog::refusedValueKeepsTheDialogOpenAndWritesNothing()
{
    SettingsDialog dialog(m_store->path());
    QSignalSpy changed(&dialog, &SettingsDialog::storeSettingsChanged);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    tabs->setCurrentIndex(3);
    dialog.editor(settings::contentGapMinMentions.info)->setValue(9);
    dialog.editor(settings::currency.info)->setValue(QStringLiteral("€"));
    accept(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("not a currency code")), qPrintable(dialog.errorText()));
    QCOMPARE(tabs->currentIndex(), 0); // the page with the refused value
    screenshot(&dialog, QStringLiteral("settings-refused-value"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_store->count("store_settings"), 0);

    // A time zone typed wrong is refused the same way.
    dialog.editor(settings::currency.info)->setValue(QStringLiteral("EUR"));
    dialog.editor(settings::timeZone.info)->setValue(QStringLiteral("Europe/Atlantis"));
    accept(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Europe/Atlantis")), qPrintable(dialog.errorText()));
    QCOMPARE(m_store->count("store_settings"), 0);
}

void TestSettingsDialog::spinBoxesKeepNumbersInRange()
{
    SettingsDialog dialog(m_store->path());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
    dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
    auto* weeks = qobject_cast<QSpinBox*>(dialog.editor(settings::overstockWeeksOfCover.info)->control());
    weeks->selectAll();
    QTest::keyClicks(weeks, QStringLiteral("500"));
    QVERIFY2(weeks->value() <= 104, qPrintable(QString::number(weeks->value())));
    weeks->setValue(1000);
    QCOMPARE(weeks->value(), 104);
}

void TestSettingsDialog::restoreDefaultsResetsThePage()
{
    SettingsDialog dialog(m_store->path());
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    tabs->setCurrentIndex(2); // Inventory
    dialog.editor(settings::supplierLeadTimeDays.info)->setValue(40);
    dialog.editor(settings::contentGapMinMentions.info)->setValue(8); // on another page
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.editor(settings::supplierLeadTimeDays.info)->value().toInt(), 14);
    QCOMPARE(dialog.editor(settings::contentGapMinMentions.info)->value().toInt(), 8);
}

void TestSettingsDialog::appSettingsPersistAndAnnounceTheLanguage()
{
    QCOMPARE(AppSettings::get(settings::uiLanguage), QString()); // the computer's language
    {
        SettingsDialog dialog(m_store->path());
        QSignalSpy language(&dialog, &SettingsDialog::uiLanguageChanged);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kTimeoutMs);
        auto* combo = qobject_cast<QComboBox*>(dialog.editor(settings::uiLanguage.info)->control());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        combo->setCurrentIndex(combo->findData(QStringLiteral("tr")));
        QCOMPARE(combo->currentText(), QStringLiteral("Türkçe"));
        accept(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeoutMs);
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.constFirst().constFirst().toString(), QStringLiteral("tr"));
    }
    QCOMPARE(AppSettings::get(settings::uiLanguage), QStringLiteral("tr"));
    QCOMPARE(QSettings().value(QStringLiteral("preferences/ui_language")).toString(), QStringLiteral("tr"));

    // Unchanged on the next OK: no second announcement.
    SettingsDialog again(m_store->path());
    QSignalSpy language(&again, &SettingsDialog::uiLanguageChanged);
    QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), kTimeoutMs);
    QCOMPARE(again.editor(settings::uiLanguage.info)->value().toString(), QStringLiteral("tr"));
    accept(again);
    QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), kTimeoutMs);
    QCOMPARE(language.count(), 0);

    // The typed accessors refuse what the registry does not allow.
    QVERIFY(!AppSettings::set(settings::uiLanguage, QStringLiteral("klingon")));
    QCOMPARE(AppSettings::get(settings::uiLanguage), QStringLiteral("tr"));
}

void TestSettingsDialog::languageSwitchReachesEveryWidget()
{
    LanguageProbe probe;
    probe.show();
    flywheel::UiLanguage::apply(QStringLiteral("de"));
    QTRY_VERIFY(probe.changes >= 1);
    QCOMPARE(flywheel::UiLanguage::current(), QStringLiteral("de"));
    // Numbers follow the language.
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    const int before = probe.changes;
    flywheel::UiLanguage::apply(QStringLiteral("en"));
    QTRY_VERIFY(probe.changes > before);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
}

void TestSettingsDialog::windowOpensSettingsAndSwitchesLanguage()
{
    flywheel::MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    action->trigger();
    auto* dialog = window.findChild<SettingsDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // No store is open: the app's own settings only.
    QCOMPARE(dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->count(), 1);
    dialog->editor(settings::uiLanguage.info)->setValue(QStringLiteral("es"));
    accept(*dialog);
    QCOMPARE(flywheel::UiLanguage::current(), QStringLiteral("es"));
    QCOMPARE(AppSettings::get(settings::uiLanguage), QStringLiteral("es"));
    QTRY_VERIFY(!window.findChild<SettingsDialog*>()); // closed and gone
    flywheel::UiLanguage::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
