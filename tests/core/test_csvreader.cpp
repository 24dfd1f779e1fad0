// The CSV reader against one folder per quirk (tests/data/csv/<case>) and against records that
// straddle the reader's internal chunk boundaries.
#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FileNames.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("directory");
        const QDir root(flywheel::test::dataPath(QStringLiteral("csv")));
        for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void golden()
    {
        QFETCH(QString, directory);
        QFile expectedFile(QDir(directory).filePath(QStringLiteral("expected.json")));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

        auto reader = flywheel::CsvReader::open(QDir(directory).filePath(QStringLiteral("input.csv")));
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().describe()));
        QCOMPARE(QString(QLatin1Char(reader->delimiter())), expected.value(QStringLiteral("delimiter")).toString());
        QCOMPARE(QString::fromLatin1(flywheel::encodingName(reader->encoding())),
                 expected.value(QStringLiteral("encoding")).toString());
        QStringList header;
        for (const std::string& name : reader->header())
            header << QString::fromStdString(name);
        QCOMPARE(header, expected.value(QStringLiteral("header")).toVariant().toStringList());

        const QJsonArray rows = expected.value(QStringLiteral("rows")).toArray();
        const QJsonArray lines = expected.value(QStringLiteral("lines")).toArray();
        qsizetype index = 0;
        bool lastTruncated = false;
        for (;;) {
            auto more = reader->next();
            QVERIFY(more);
            if (!*more)
                break;
            QVERIFY2(index < rows.size(), "more records than expected");
            QStringList cells;
            for (std::string_view field : reader->fields())
                cells << QString::fromUtf8(field.data(), qsizetype(field.size()));
            QCOMPARE(cells, rows.at(index).toVariant().toStringList());
            if (!lines.isEmpty())
                QCOMPARE(reader->line(), lines.at(index).toInteger());
            lastTruncated = reader->truncated();
            ++index;
        }
        QCOMPARE(index, rows.size());
        QCOMPARE(lastTruncated, expected.value(QStringLiteral("truncated_last")).toBool());
    }

    // Records with quoted line breaks, doubled quotes and multi-byte letters, enough of them to
    // cross several 1 MiB chunks, come back exactly as written.
    void recordsAcrossChunkBoundaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        const int rows = 60000;
        {
            auto writer = flywheel::CsvWriter::open(path);
            QVERIFY(writer);
            writer->writeRow({"id", "text", "price"});
            for (int i = 0; i < rows; ++i) {
                const std::string id = std::to_string(i);
                const std::string text = "Zoë's \"jacket\"\nline " + id + ", ünïcødé € " + std::string(size_t(i % 37), 'x');
                writer->writeRow({id, text, "12,50"});
            }
            QVERIFY(writer->close());
        }
        auto reader = flywheel::CsvReader::open(path);
        QVERIFY(reader);
        QVERIFY(reader->fileSize() > 3 * (1 << 20));
        int count = 0;
        qint64 expectedLine = 2;
        while (true) {
            auto more = reader->next();
            QVERIFY(more);
            if (!*more)
                break;
            const auto& fields = reader->fields();
            QCOMPARE(fields.size(), size_t(3));
            const std::string id = std::to_string(count);
            QCOMPARE(fields[0], std::string_view(id));
            const std::string text = "Zoë's \"jacket\"\nline " + id + ", ünïcødé € " + std::string(size_t(count % 37), 'x');
            QCOMPARE(fields[1], std::string_view(text));
            QCOMPARE(reader->line(), expectedLine);
            expectedLine += 2;
            ++count;
        }
        QCOMPARE(count, rows);
    }

    void missingFileNamesTheFile()
    {
        auto reader = flywheel::CsvReader::open(QStringLiteral("/nonexistent/orders.csv"));
        QVERIFY(!reader);
        QCOMPARE(int(reader.error().code), int(flywheel::ErrorCode::Io));
        QVERIFY(reader.error().message.contains(QStringLiteral("orders.csv")));
    }

    void emptyFileIsAFormatError()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("empty.csv")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto reader = flywheel::CsvReader::open(empty.fileName());
        QVERIFY(!reader);
        QCOMPARE(int(reader.error().code), int(flywheel::ErrorCode::Format));
    }

    void pushedFileNamesStayInTheirFolderAndNeverReplace()
    {
        QCOMPARE(flywheel::safeFileNamePart(QStringLiteral("../../etc/passwd")), QStringLiteral("etc-passwd"));
        QCOMPARE(flywheel::safeFileNamePart(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("hyperlink-x"));
        QCOMPARE(flywheel::safeFileNamePart(QStringLiteral("C:\\Windows\\ Über Öl")), QStringLiteral("c-windows-über-öl"));
        QCOMPARE(flywheel::safeFileNamePart(QStringLiteral("...")), QString());
        QCOMPARE(flywheel::safeFileNamePart(QString(200, u'a')).size(), 60);

        QTemporaryDir dir;
        const QDir folder(dir.path());
        const QString first = flywheel::unusedFilePath(folder, QStringLiteral("orders"), QStringLiteral("csv"));
        QCOMPARE(first, folder.filePath(QStringLiteral("orders.csv")));
        QFile taken(first);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.close();
        const QString second = flywheel::unusedFilePath(folder, QStringLiteral("orders"), QStringLiteral("csv"));
        QCOMPARE(second, folder.filePath(QStringLiteral("orders-2.csv")));
        QFile alsoTaken(second);
        QVERIFY(alsoTaken.open(QIODevice::WriteOnly));
        alsoTaken.close();
        QCOMPARE(flywheel::unusedFilePath(folder, QStringLiteral("orders"), QStringLiteral("csv")),
            folder.filePath(QStringLiteral("orders-3.csv")));
    }

    void writerNeutralisesFormulas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        auto writer = flywheel::CsvWriter::open(path, flywheel::CsvWriter::Options{',', true, false, true});
        QVERIFY(writer);
        writer->writeRow({"=SUM(A1)", "+1", "plain", "a,b", "-"});
        QVERIFY(writer->close());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\"'=SUM(A1)\",\"'+1\",plain,\"a,b\",\"'-\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
