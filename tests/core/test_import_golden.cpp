// One folder per quirk of real export files under tests/data/import/<case>: input.csv, the
// expected outcome in expected.json, and an optional mapping.json. expected.json may name files of
// the folder to import "before" and "after" input.csv (what its rows link to), and ask for a
// "reimport" of input.csv, which must change nothing. Cases too big to keep as files (a 100 MB
// field, 100,000 columns) are written by the test and must be refused with memory to spare.
#include "TestSupport.h"

#include "io/ColumnMapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using flywheel::test::TempStore;

namespace {
const QByteArray kProductsHeader
    = "Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price\n";
// Reading a refused file may hold one 32 MB record twice (raw and unquoted) and a read chunk.
constexpr qint64 kMemoryBoundKiB = 160 * 1024;

// AddressSanitizer keeps freed memory in quarantine, so peak memory says nothing under it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryIsMeasurable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMemoryIsMeasurable = false;
#else
constexpr bool kMemoryIsMeasurable = true;
#endif
#else
constexpr bool kMemoryIsMeasurable = true;
#endif

/// The process's peak resident memory so far in KiB (Linux), or -1 where it cannot be read.
qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Imports `file` into an empty store and checks it is refused with `code` and `words`, that the
/// store is unchanged and that the import raised the peak memory by less than the bound.
void expectRefusedWithinMemory(const QString& file, flywheel::ErrorCode code, const QString& words)
{
    TempStore store;
    const QString before = store.dumpContent();
    const qint64 peakBefore = peakMemoryKiB();
    const auto report = store.import(file);
    const qint64 peakAfter = peakMemoryKiB();
    QVERIFY(report.error.has_value());
    QCOMPARE(int(report.error->code), int(code));
    QVERIFY2(report.error->describe().contains(words), qPrintable(report.error->describe()));
    QCOMPARE(store.dumpContent(), before);
    if (peakBefore < 0 || !kMemoryIsMeasurable)
        return;
    qInfo("%s: refused; peak memory rose by %lld KiB", qPrintable(QFileInfo(file).fileName()), peakAfter - peakBefore);
    QVERIFY(peakAfter - peakBefore < kMemoryBoundKiB);
}
} // namespace

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
            // "error": the kind of refusal; "message": words the owner must read in it.
            QVERIFY(report.error.has_value());
            const QString kind = expected.value(QStringLiteral("error")).toString();
            QCOMPARE(int(report.error->code),
                int(kind == QLatin1StringView("Format") ? flywheel::ErrorCode::Format : flywheel::ErrorCode::UnknownFormat));
            const QString message = report.error->describe();
            QVERIFY2(message.contains(expected.value(QStringLiteral("message")).toString()), qPrintable(message));
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

    void hundredMegabyteFieldIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge-field.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kProductsHeader);
        file.write("hat,Hat,\"");
        const QByteArray megabyte(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i)
            file.write(megabyte);
        file.write("\",Peak,Hats,,TRUE,Size,M,S1,10.00\n");
        file.close();
        expectRefusedWithinMemory(path, flywheel::ErrorCode::Format, QStringLiteral("more than 32 MB"));
    }

    void hundredThousandColumnsAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArrayList header;
        QByteArrayList row;
        for (int i = 0; i < 100000; ++i) {
            header << "column " + QByteArray::number(i);
            row << QByteArray::number(i);
        }
        file.write(header.join(',') + '\n');
        for (int i = 0; i < 10; ++i)
            file.write(row.join(',') + '\n');
        file.close();
        expectRefusedWithinMemory(path, flywheel::ErrorCode::UnknownFormat, QStringLiteral("match no export format"));
    }
};

QTEST_GUILESS_MAIN(TestImportGolden)
#include "test_import_golden.moc"
