// One folder per quirk of real export files under tests/data/import/<case>: input.csv, the
// expected outcome in expected.json, and an optional mapping.json. expected.json may name files of
// the folder to import "before" and "after" input.csv (what its rows link to), and ask for a
// "reimport" of input.csv, which must change nothing.
#include "TestSupport.h"

#include "io/ColumnMapping.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using flywheel::test::TempStore;

class TestImportGolden : public QObject {
    Q_OBJECT

private slots:
    void importCase_data()
    {
        QTest::addColumn<QString>("directory");
        const QDir root(flywheel::test::dataPath(QStringLiteral("import")));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 13);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void importCase()
    {
        QFETCH(QString, directory);
        const QDir dir(directory);
        QFile expectedFile(dir.filePath(QStringLiteral("expected.json")));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

        flywheel::ImportOptions options;
        if (dir.exists(QStringLiteral("mapping.json"))) {
            auto mapping = flywheel::ColumnMapping::load(dir.filePath(QStringLiteral("mapping.json")));
            QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().describe()));
            options.mapping = *mapping;
        }
        TempStore store;
        const auto importEach = [&](const QString& key) {
            for (const QJsonValue& file : expected.value(key).toArray()) {
                const auto other = store.import(dir.filePath(file.toString()));
                QVERIFY2(!other.error && other.rejected == 0, qPrintable(file.toString()));
            }
        };
        importEach(QStringLiteral("before"));
        const QString before = store.dumpContent();
        const auto report = store.import(dir.filePath(QStringLiteral("input.csv")), options);

        if (expected.contains(QStringLiteral("error"))) {
            QVERIFY(report.error.has_value());
            QCOMPARE(int(report.error->code), int(flywheel::ErrorCode::UnknownFormat));
            QVERIFY(!report.error->describe().isEmpty());
            QCOMPARE(store.dumpContent(), before);
            return;
        }
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->describe() : QString()));
        QCOMPARE(report.format, expected.value(QStringLiteral("format")).toString());
        QCOMPARE(report.rowsRead, expected.value(QStringLiteral("rows")).toInteger());
        QCOMPARE(report.inserted, expected.value(QStringLiteral("inserted")).toInteger());
        QCOMPARE(report.rejected, expected.value(QStringLiteral("rejected")).toInteger());
        QCOMPARE(report.warnings.size(), expected.value(QStringLiteral("warnings")).toInteger(0));
        if (report.rejected > 0) {
            // The rejects file repeats each skipped row with its line and reason.
            QFile rejects(report.rejectsFile);
            QVERIFY(rejects.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(rejects.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QVERIFY(lines.first().contains(QStringLiteral("line,column,reason")));
            QVERIFY(lines.size() >= 1 + report.rejected);
            const QString all = lines.join(QLatin1Char('\n'));
            for (const QJsonValue& column : expected.value(QStringLiteral("reject_columns")).toArray())
                QVERIFY2(all.contains(QLatin1Char(',') + column.toString() + QLatin1Char(',')), qPrintable(column.toString()));
            for (const QJsonValue& reason : expected.value(QStringLiteral("reject_reasons")).toArray())
                QVERIFY2(all.contains(reason.toString()), qPrintable(reason.toString()));
        }
        if (expected.value(QStringLiteral("reimport")).toBool()) {
            const QString imported = store.dumpContent();
            const auto again = store.import(dir.filePath(QStringLiteral("input.csv")), options);
            QCOMPARE(again.inserted, 0);
            QCOMPARE(again.updated, 0);
            QCOMPARE(again.unchanged, report.inserted + report.updated + report.unchanged);
            const auto withoutBatches = [](const QString& dump) {
                const qsizetype start = dump.indexOf(QStringLiteral("== import_batches"));
                return dump.left(start) + dump.mid(dump.indexOf(QStringLiteral("== "), start + 3));
            };
            QCOMPARE(withoutBatches(store.dumpContent()), withoutBatches(imported));
        }
        importEach(QStringLiteral("after"));
        for (const QJsonValue& check : expected.value(QStringLiteral("checks")).toArray()) {
            const QJsonArray pair = check.toArray();
            QCOMPARE(store.value(pair.at(0).toString().toStdString()), pair.at(1).toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestImportGolden)
#include "test_import_golden.moc"
