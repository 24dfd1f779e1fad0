#include "AppSettings.h"
#include "TestSupport.h"
#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using flywheel::AppSettings;
using flywheel::WelcomePage;

class TestWelcomePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void recentStoresAreKeptLatestFirst();
    void welcomeListsRecentStoresThatStillExist();

private:
    [[nodiscard]] QString touch(const QString& name) const;

    QTemporaryDir m_dir;
};

void TestWelcomePage::initTestCase()
{
    // QSettings in a test folder; without an organization name it refuses to write.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Flywheel tests"));
}

void TestWelcomePage::init()
{
    QSettings().clear();
}

QString TestWelcomePage::touch(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    return path;
}

void TestWelcomePage::recentStoresAreKeptLatestFirst()
{
    QVERIFY(AppSettings::recentStores().isEmpty());
    for (int i = 0; i < AppSettings::kRecentStores + 2; ++i)
        AppSettings::setLastStore(QStringLiteral("/stores/shop-%1.flywheel").arg(i));
    AppSettings::setLastStore(QStringLiteral("/stores/shop-5.flywheel")); // opened again
    const QStringList recent = AppSettings::recentStores();
    QCOMPARE(recent.size(), AppSettings::kRecentStores);
    QCOMPARE(recent.first(), QStringLiteral("/stores/shop-5.flywheel"));
    QCOMPARE(recent.at(1), QStringLiteral("/stores/shop-7.flywheel"));
    QCOMPARE(recent.count(QStringLiteral("/stores/shop-5.flywheel")), 1);
    QVERIFY(!recent.contains(QStringLiteral("/stores/shop-0.flywheel")));
    QCOMPARE(AppSettings::lastStore(), QStringLiteral("/stores/shop-5.flywheel"));
}

void TestWelcomePage::welcomeListsRecentStoresThatStillExist()
{
    const QString older = touch(QStringLiteral("linen.flywheel"));
    const QString newer = touch(QStringLiteral("ceramics.flywheel"));
    AppSettings::setLastStore(older);
    AppSettings::setLastStore(QDir(m_dir.path()).filePath(QStringLiteral("moved-away.flywheel")));
    AppSettings::setLastStore(newer);

    WelcomePage page({});
    QSignalSpy chosen(&page, &WelcomePage::storeChosen);
    page.show();
    const auto buttons = page.findChildren<QCommandLinkButton*>(QStringLiteral("recentStoreButton"));
    QCOMPARE(buttons.size(), 2); // the moved store is left out
    QCOMPARE(buttons.at(0)->text(), QStringLiteral("ceramics"));
    QCOMPARE(buttons.at(1)->text(), QStringLiteral("linen"));
    if (const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        page.resize(1000, 640);
        QTest::qWait(50); // lets the layout settle before the picture
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("welcome-recent-stores.png"))));
    }
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.constFirst().constFirst().toString(), QFileInfo(older).absoluteFilePath());
}

QTEST_MAIN(TestWelcomePage)
#include "test_welcomepage.moc"
