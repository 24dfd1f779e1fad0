#include "MainWindow.h"
#include "TestSupport.h"
#include "settings/UiLanguage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using flywheel::UiLanguage;
using namespace Qt::StringLiterals;

namespace {
/// One message of a .ts file as a translator left it.
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one entry for a plain message, one per plural form otherwise
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
};

TsFile readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage { context, {}, xml.attributes().value("numerus"_L1) == u"yes", false, {} };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.unfinished = xml.attributes().value("type"_L1) == u"unfinished";
            if (message.numerus) {
                while (xml.readNextStartElement()) // one numerusform per plural form
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return ts;
}

/// The %1…%9 a text fills in, each once; Turkish writes a percentage as "%%1" (percent sign first).
QStringList argMarkers(QString text)
{
    text.replace(QStringLiteral("%%"), QStringLiteral("%"));
    QStringList markers;
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    for (const auto& match : marker.globalMatch(text))
        markers << match.captured(0);
    markers.removeDuplicates();
    markers.sort();
    return markers;
}

/// Plural forms Qt expects for the language of a .ts file.
int pluralForms(const QString& language)
{
    return language.startsWith(u"tr") ? 1 : 2;
}

QString translationsDir()
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations");
}
} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void cleanup();

    void switchingLanguageRetranslatesTheWindow();
    void englishHasPluralForms();
    void everyLanguageIsBuiltIn();
    void formatsFollowTheLanguage_data();
    void formatsFollowTheLanguage();
    void everyTranslationIsComplete_data();
    void everyTranslationIsComplete();
};

void TestLanguage::cleanup()
{
    UiLanguage::apply(QStringLiteral("en"));
}

void TestLanguage::switchingLanguageRetranslatesTheWindow()
{
    UiLanguage::apply(QStringLiteral("en"));
    flywheel::MainWindow window;
    window.show();
    auto* run = window.findChild<QAction*>(QStringLiteral("actionRunPipeline"));
    auto* import = window.findChild<QAction*>(QStringLiteral("actionImportFiles"));
    QVERIFY(run && import);
    QCOMPARE(run->text(), QStringLiteral("&Run"));

    UiLanguage::apply(QStringLiteral("de"));
    QTRY_COMPARE(run->text(), QStringLiteral("&Ausführen"));
    QCOMPARE(import->text(), QStringLiteral("Dateien &importieren…"));

    UiLanguage::apply(QStringLiteral("en"));
    QTRY_COMPARE(run->text(), QStringLiteral("&Run"));
    QCOMPARE(import->text(), QStringLiteral("&Import files…"));
}

void TestLanguage::englishHasPluralForms()
{
    // The Service stage passes this on to the Content stage; the source text says "gap(s)".
    const char* gaps = "%n content gap(s)";
    UiLanguage::apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ServiceStage", gaps, nullptr, 1), QStringLiteral("1 content gap"));
    QCOMPARE(QCoreApplication::translate("ServiceStage", gaps, nullptr, 23), QStringLiteral("23 content gaps"));
    UiLanguage::apply(QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("ServiceStage", gaps, nullptr, 1), QStringLiteral("1 Inhaltslücke"));
    UiLanguage::apply(QStringLiteral("tr"));
    QCOMPARE(QCoreApplication::translate("ServiceStage", gaps, nullptr, 23), QStringLiteral("23 içerik boşluğu"));
}

void TestLanguage::everyLanguageIsBuiltIn()
{
    for (const QString& code : { u"en"_s, u"de"_s, u"es"_s, u"tr"_s })
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/flywheel_%1.qm").arg(code)), qPrintable(code));
}

void TestLanguage::formatsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("money");
    QTest::newRow("en") << u"en"_s << u"1,234.5"_s << u"March"_s << u"€12.50"_s;
    QTest::newRow("de") << u"de"_s << u"1.234,5"_s << u"März"_s << u"12,50\u00a0€"_s;
    QTest::newRow("es") << u"es"_s << u"1234,5"_s << u"marzo"_s << u"12,50\u00a0€"_s;
    QTest::newRow("tr") << u"tr"_s << u"1.234,5"_s << u"Mart"_s << u"€12,50"_s;
}

void TestLanguage::formatsFollowTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, number);
    QFETCH(QString, month);
    QFETCH(QString, money);
    UiLanguage::apply(code);
    const QLocale locale; // the default locale, which every figure on screen is formatted with
    QCOMPARE(locale.language(), QLocale(code).language());
    QCOMPARE(locale.toString(1234.5, 'f', 1), number);
    QCOMPARE(locale.monthName(3), month);
    QCOMPARE(locale.toCurrencyString(12.5, u"€"_s), money);
}

void TestLanguage::everyTranslationIsComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& code : { u"en"_s, u"de"_s, u"es"_s, u"tr"_s })
        QTest::newRow(qPrintable(code)) << QDir(translationsDir()).filePath(u"flywheel_%1.ts"_s.arg(code));
}

void TestLanguage::everyTranslationIsComplete()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const TsFile ts = readTs(path);
    QVERIFY(!ts.messages.isEmpty());
    // English is the source; its file holds the plural forms only.
    const bool english = ts.language.startsWith(u"en");
    const int forms = pluralForms(ts.language);
    for (const TsMessage& message : ts.messages) {
        if (english && !message.numerus)
            continue;
        const QString where = message.context + u": "_s + message.source;
        QVERIFY2(!message.unfinished, qPrintable(u"unfinished: "_s + where));
        QCOMPARE(message.forms.size(), message.numerus ? forms : 1);
        for (const QString& form : message.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
            QVERIFY2(argMarkers(form) == argMarkers(message.source), qPrintable(u"placeholders differ: "_s + where));
            QVERIFY2(form.contains(u'&') == message.source.contains(u'&'), qPrintable(u"accelerator: "_s + where));
        }
        // The last plural form is the one every count above one uses: it must show the count.
        if (message.source.contains(u"%n") || message.source.contains(u"%Ln"))
            QVERIFY2(message.forms.last().contains(u"%n") || message.forms.last().contains(u"%Ln"), qPrintable(where));
    }
}

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
