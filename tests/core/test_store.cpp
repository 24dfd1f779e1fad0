// The store's promises: its format version, refusal of newer stores, idempotent re-imports,
// overlapping exports that update in place, and whole-batch undo.
#include "TestSupport.h"

#include "store/Batches.h"
#include "store/Schema.h"
#include "store/SchemaV1.h"
#include "store/StoreDays.h"
#include "store/StoreSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;

namespace {
const QString kOrdersHeader = QStringLiteral(
    "Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,"
    "Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Name\n");

QString writeFile(const QString& dir, const QString& name, const QString& text)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return path;
}

QString order(int number, const QString& email, const QString& total, const QString& line = QStringLiteral("Cap"))
{
    return QStringLiteral("#%1,%2,paid,USD,%3,0.00,0.00,%3,,0.00,2025-06-0%4 10:00:00 -0400,1,%5,%3,CAP-1,Ann Lee\n")
        .arg(number)
        .arg(email, total)
        .arg(number % 9 + 1)
        .arg(line);
}
const QString kTicketsHeader =
    QStringLiteral("id,created,subject,body,customer email,order number,tags,channel,status\n");

QString ticket(int id, const QString& status, const QString& orderNumber = QString())
{
    return QStringLiteral("%1,2025-06-10T09:00:00Z,Parcel %1,Where is it?,ann@example.com,%2,wismo,email,%3\n")
        .arg(id)
        .arg(orderNumber, status);
}
} // namespace

namespace {
/// A store's dump without the records of import batches (what each did, which tables it touched):
/// an undone import leaves those behind, marked undone, and nothing else.
QString withoutBatchRecords(QString dump)
{
    for (const auto* section : { "== import_batches", "== batch_tables" }) {
        const qsizetype start = dump.indexOf(QLatin1StringView(section));
        dump = dump.left(start) + dump.mid(dump.indexOf(QStringLiteral("== "), start + 3));
    }
    return dump;
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void newStoreHasLatestVersionAndPragmas()
    {
        TempStore store;
        QCOMPARE(store.value("PRAGMA user_version"), QString::number(flywheel::latestSchemaVersion()));
        QCOMPARE(store.value("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(store.value("PRAGMA foreign_keys"), QStringLiteral("1"));
    }

    void newStoreIsReadableByItsOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("Owner-only file permissions are checked on POSIX systems");
#endif
        TempStore store;
        QVERIFY(store.db().exec("CREATE TABLE probe(x); INSERT INTO probe VALUES (1)"));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileInfo file(store.path() + suffix);
            QVERIFY2(file.exists(), qPrintable(file.fileName()));
            QVERIFY2(!(file.permissions() & others), qPrintable(file.fileName()));
            QVERIFY(file.permissions() & QFileDevice::ReadOwner);
        }
    }

    void reopeningDoesNotMigrateAgain()
    {
        TempStore store;
        QVERIFY(store.db().exec("INSERT INTO store_settings VALUES ('probe', 'kept')"));
        auto again = flywheel::openStore(store.path());
        QVERIFY(again);
        QCOMPARE(store.value("SELECT value FROM store_settings WHERE key = 'probe'"), QStringLiteral("kept"));
    }

    void newerStoreIsRefusedUntouched()
    {
        TempStore store;
        QVERIFY(store.db().exec("PRAGMA user_version = 999"));
        const QString before = store.dumpContent();
        auto opened = flywheel::openStore(store.path());
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().code), int(flywheel::ErrorCode::SchemaTooNew));
        QVERIFY(opened.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(store.value("PRAGMA user_version"), QStringLiteral("999"));
        QCOMPARE(store.dumpContent(), before);
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            auto other = flywheel::Database::open(path);
            QVERIFY(other);
            QVERIFY(other->exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')"));
        }
        auto opened = flywheel::openStore(path);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().code), int(flywheel::ErrorCode::Format));
        auto check = flywheel::Database::open(path);
        QCOMPARE(check->scalar("SELECT count(*) FROM sqlite_schema").value(), 1);
        QCOMPARE(check->scalar("PRAGMA user_version").value(), 0);
        QCOMPARE(check->scalar("SELECT journal_mode = 'delete' FROM pragma_journal_mode").value(), 1);
    }

    void overlappingExportUpdatesInPlace()
    {
        TempStore store;
        const QString first = writeFile(store.dir(), QStringLiteral("a.csv"),
                                        kOrdersHeader + order(1001, QStringLiteral("ann@example.com"), QStringLiteral("10.00"))
                                            + order(1002, QStringLiteral("bob@example.com"), QStringLiteral("20.00")));
        // Overlaps on #1002 (total corrected) and adds #1003.
        const QString second = writeFile(store.dir(), QStringLiteral("b.csv"),
                                         kOrdersHeader + order(1002, QStringLiteral("bob@example.com"), QStringLiteral("25.00"))
                                             + order(1003, QStringLiteral("cy@example.com"), QStringLiteral("30.00")));
        QCOMPARE(store.import(first).inserted, 2);
        const auto report = store.import(second);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.updated, 1);
        QCOMPARE(store.count("orders"), 3);
        QCOMPARE(store.count("order_lines"), 3);
        QCOMPARE(store.value("SELECT total_minor FROM orders WHERE source_key = '#1002'"), QStringLiteral("2500"));
        // The order's customer was created from the order and linked.
        QCOMPARE(store.value("SELECT c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.source_key = '#1003'"),
                 QStringLiteral("cy@example.com"));
    }

    void undoRestoresPreviousState()
    {
        TempStore store;
        const QString first = writeFile(store.dir(), QStringLiteral("a.csv"),
                                        kOrdersHeader + order(1001, QStringLiteral("ann@example.com"), QStringLiteral("10.00"))
                                            + order(1002, QStringLiteral("bob@example.com"), QStringLiteral("20.00")));
        const QString second = writeFile(store.dir(), QStringLiteral("b.csv"),
                                         kOrdersHeader + order(1002, QStringLiteral("bob@example.com"), QStringLiteral("25.00"))
                                             + order(1003, QStringLiteral("cy@example.com"), QStringLiteral("30.00")));
        const auto a = store.import(first);
        const QString afterFirst = store.dumpContent();
        const auto b = store.import(second);

        // The first batch cannot go while the second changed its rows.
        auto refused = flywheel::undoBatch(store.db(), a.batch);
        QVERIFY(!refused);
        QVERIFY2(refused.error().code == flywheel::ErrorCode::Conflict, qPrintable(refused.error().describe()));
        QCOMPARE(int(refused.error().code), int(flywheel::ErrorCode::Conflict));
        QVERIFY(refused.error().message.contains(QString::number(b.batch)));

        QVERIFY(flywheel::undoBatch(store.db(), b.batch));
        QCOMPARE(store.value("SELECT total_minor FROM orders WHERE source_key = '#1002'"), QStringLiteral("2000"));
        QCOMPARE(store.count("orders"), 2);
        // Content equals the state after the first import, except the batch bookkeeping.
        auto withoutBatches = withoutBatchRecords;
        QCOMPARE(withoutBatches(store.dumpContent()), withoutBatches(afterFirst));

        QVERIFY(flywheel::undoBatch(store.db(), a.batch));
        QCOMPARE(store.count("orders"), 0);
        QCOMPARE(store.count("order_lines"), 0);
        QCOMPARE(store.count("customers"), 0);
        QCOMPARE(store.count("batch_journal"), 0);

        auto twice = flywheel::undoBatch(store.db(), a.batch);
        QVERIFY(!twice);
        QCOMPARE(int(twice.error().code), int(flywheel::ErrorCode::InvalidArgument));
        auto batches = flywheel::listBatches(store.db());
        QVERIFY(batches);
        QCOMPARE(batches->size(), 2);
        QVERIFY(!batches->at(0).undoneAt.isEmpty());
    }

    void rowsAddedBeneathBlockUndo()
    {
        FLYWHEEL_REQUIRE_SHARED();
        TempStore store;
        const auto products = store.import(flywheel::test::sharedPath(QStringLiteral("samples/shopify/product_template_2024plus_headers.csv")));
        // An inventory file with a variant the products export lacks adds it beneath their product.
        const QString inventory = writeFile(
            store.dir(), QStringLiteral("inv.csv"),
            QStringLiteral("Handle,Title,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 "
                           "Value,SKU,HS Code,COO,Main\nphysical-product-the-band-t-shirt,,Size,Huge,,,,,,,,4\n"));
        QVERIFY(products.batch > 0);
        const auto levels = store.import(inventory);
        QCOMPARE(levels.inserted, 1);
        auto refused = flywheel::undoBatch(store.db(), products.batch);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code), int(flywheel::ErrorCode::Conflict));
        QVERIFY(flywheel::undoBatch(store.db(), levels.batch));
        QVERIFY(flywheel::undoBatch(store.db(), products.batch));
        QCOMPARE(store.count("variants"), 0);
        QCOMPARE(store.count("inventory_levels"), 0);
    }

    void linesLinkToVariantsWhicheverComesFirst()
    {
        const QString products = QStringLiteral("Title,URL handle,SKU,Option1 name,Option1 value,Price\n"
                                                "Cap,cap,CAP-1,Title,Default Title,10.00\n");
        for (bool productsFirst : {true, false}) {
            TempStore store;
            const QString catalog = writeFile(store.dir(), QStringLiteral("products.csv"), products);
            const QString orders = writeFile(store.dir(), QStringLiteral("orders.csv"),
                                             kOrdersHeader + order(1001, QStringLiteral("ann@example.com"), QStringLiteral("10.00")));
            QVERIFY(!store.import(productsFirst ? catalog : orders).error);
            QVERIFY(!store.import(productsFirst ? orders : catalog).error);
            QCOMPARE(store.value("SELECT v.sku FROM order_lines l JOIN variants v ON v.id = l.variant_id"), QStringLiteral("CAP-1"));
        }
    }

    void cancelledImportKeepsNothing()
    {
        TempStore store;
        QString text = kOrdersHeader;
        for (int i = 0; i < 20000; ++i)
            text += order(10000 + i, QStringLiteral("c%1@example.com").arg(i % 500), QStringLiteral("10.00"));
        const QString file = writeFile(store.dir(), QStringLiteral("many.csv"), text);
        const QString before = store.dumpContent();
        // Cancels as soon as the import first reports progress, well before the end of the file.
        qint64 reports = 0;
        flywheel::CallbackProgress* self = nullptr;
        flywheel::CallbackProgress progress([&](qint64, qint64) {
            ++reports;
            self->cancel();
        });
        self = &progress;
        const auto report = flywheel::importFile(store.db(), file, {}, &progress);
        QVERIFY(report.error);
        QCOMPARE(int(report.error->code), int(flywheel::ErrorCode::Cancelled));
        QCOMPARE(reports, 1);
        QCOMPARE(store.dumpContent(), before);
    }

    void malformedFileLeavesStoreUnchanged()
    {
        TempStore store;
        const QString good = writeFile(store.dir(), QStringLiteral("a.csv"),
                                       kOrdersHeader + order(1001, QStringLiteral("ann@example.com"), QStringLiteral("10.00")));
        QVERIFY(!store.import(good).error);
        const QString before = store.dumpContent();
        const QString junk = QDir(store.dir()).filePath(QStringLiteral("junk.csv"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) % 256));
        file.write(bytes);
        file.close();
        const auto report = store.import(junk);
        QVERIFY(report.error);
        QCOMPARE(report.batch, 0);
        QCOMPARE(store.dumpContent(), before);
    }

    void formatOneStoreIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.flywheel"));
        {
            auto v1 = flywheel::Database::open(path);
            QVERIFY(v1);
            QVERIFY(v1->exec(flywheel::kSchemaV1));
            QVERIFY(v1->exec("PRAGMA user_version = 1; PRAGMA application_id = 1179408727")); // "FLYW"
            QVERIFY(v1->exec("INSERT INTO orders (platform, source_key, created_at, currency, total_minor, batch_id, "
                             "last_batch_id) VALUES ('shopify', '#1001', '2025-06-01T14:00:00Z', 'USD', 12000, 1, 1)"));
        }
        auto opened = flywheel::openStore(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        QCOMPARE(opened->scalar("PRAGMA user_version").value(), flywheel::latestSchemaVersion());
        QCOMPARE(opened->scalar("SELECT total_minor FROM orders WHERE source_key = '#1001'").value(), 12000);
        QVERIFY(opened->tableExists("tickets"));
        QVERIFY(opened->tableExists("reviews"));
        QVERIFY(opened->tableExists("customer_scores"));
        QVERIFY(!opened->tableExists("customer_categories")); // created by format 5, dropped by 7
        QVERIFY(opened->tableExists("stage_memory"));
        // Indexes no query used, dropped by format 8.
        QCOMPARE(opened->scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                "('customer_scores_segment', 'inventory_health_status', 'product_attributes_attribute')")
                     .value(),
            0);
        // The upgraded store takes tickets, linked to the order it already had.
        const QString tickets = writeFile(dir.path(), QStringLiteral("tickets.csv"),
                                          kTicketsHeader + ticket(7, QStringLiteral("open"), QStringLiteral("1001")));
        const auto report = flywheel::importFile(*opened, tickets);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->describe() : QString()));
        QCOMPARE(opened->scalar("SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id "
                                "WHERE o.source_key = '#1001'")
                     .value(),
                 1);
    }

    void daysAreBoundAsIsoText()
    {
        auto db = flywheel::Database::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        auto select = db->prepare("SELECT ?1, ?2, ?3, ?4, typeof(?5)");
        QVERIFY(select);
        select->bindAll(QDate(2026, 11, 7), QDate(987, 1, 31), QDate(2024, 2, 29), QDate(-44, 3, 15), QDate());
        QVERIFY(select->step().value_or(false));
        QCOMPARE(select->text(0), QStringLiteral("2026-11-07"));
        QCOMPARE(select->text(1), QStringLiteral("0987-01-31"));
        QCOMPARE(select->text(2), QStringLiteral("2024-02-29"));
        QCOMPARE(select->text(3), QDate(-44, 3, 15).toString(Qt::ISODate)); // beyond ISO's years, as Qt writes it
        QCOMPARE(select->text(4), QStringLiteral("null"));
    }

    void ticketBatchUndoes()
    {
        TempStore store;
        const auto orders = store.import(
            writeFile(store.dir(), QStringLiteral("orders.csv"),
                      kOrdersHeader + order(1001, QStringLiteral("ann@example.com"), QStringLiteral("10.00"))));
        const QString first = writeFile(store.dir(), QStringLiteral("a.csv"),
                                        kTicketsHeader + ticket(1, QStringLiteral("open"), QStringLiteral("#1001"))
                                            + ticket(2, QStringLiteral("open")));
        // A later export of the same help desk: ticket 2 was solved meanwhile, ticket 3 is new.
        const QString second = writeFile(store.dir(), QStringLiteral("b.csv"),
                                         kTicketsHeader + ticket(2, QStringLiteral("solved"))
                                             + ticket(3, QStringLiteral("open")));
        const auto a = store.import(first);
        QCOMPARE(a.inserted, 2);
        const QString afterFirst = store.dumpContent();
        const auto b = store.import(second);
        QCOMPARE(b.inserted, 1);
        QCOMPARE(b.updated, 1);
        QCOMPARE(store.value("SELECT status FROM tickets WHERE source_key = '2'"), QStringLiteral("solved"));

        QVERIFY(!flywheel::undoBatch(store.db(), a.batch));
        QVERIFY(flywheel::undoBatch(store.db(), b.batch));
        QCOMPARE(store.value("SELECT status FROM tickets WHERE source_key = '2'"), QStringLiteral("open"));
        auto withoutBatches = withoutBatchRecords;
        QCOMPARE(withoutBatches(store.dumpContent()), withoutBatches(afterFirst));

        QVERIFY(flywheel::undoBatch(store.db(), a.batch));
        QCOMPARE(store.count("tickets"), 0);
        // The tickets only linked to the order and its customer; those stay with their own import.
        QCOMPARE(store.count("orders"), 1);
        QCOMPARE(store.count("customers"), 1);
        QVERIFY(flywheel::undoBatch(store.db(), orders.batch));
    }

    void hugeMessageIsKeptAsExported()
    {
        TempStore store;
        QString body = QStringLiteral("<div>Hello,</div>\r\n");
        while (body.size() < 1024 * 1024)
            body += QStringLiteral("<blockquote>&gt; On Monday \"Support\" wrote: is it waterproof?</blockquote>\n");
        QString quoted = body;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString file = writeFile(
            store.dir(), QStringLiteral("big.csv"),
            kTicketsHeader + QStringLiteral("9,2025-06-10T09:00:00Z,Long,\"%1\",,,,email,open\n").arg(quoted));
        const auto report = store.import(file);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(store.value("SELECT body FROM tickets WHERE source_key = '9'"), body);
    }

    void storeDaysStartAtTheStoresMidnight_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDate>("day");
        QTest::newRow("evening in New York") << u"America/New_York"_s << u"2026-10-05T03:30:00Z"_s << QDate(2026, 10, 4);
        QTest::newRow("New York midnight") << u"America/New_York"_s << u"2026-10-05T04:00:00Z"_s << QDate(2026, 10, 5);
        QTest::newRow("before spring forward") << u"America/New_York"_s << u"2026-03-08T04:59:59Z"_s << QDate(2026, 3, 7);
        QTest::newRow("winter midnight") << u"America/New_York"_s << u"2026-03-08T05:00:00Z"_s << QDate(2026, 3, 8);
        QTest::newRow("half-hour zone, before") << u"Asia/Kolkata"_s << u"2026-10-05T18:15:00Z"_s << QDate(2026, 10, 5);
        QTest::newRow("half-hour zone, after") << u"Asia/Kolkata"_s << u"2026-10-05T18:45:00Z"_s << QDate(2026, 10, 6);
        QTest::newRow("across the year") << u"Pacific/Auckland"_s << u"2026-12-31T11:00:00Z"_s << QDate(2027, 1, 1);
        QTest::newRow("unknown zone is UTC") << u"Nowhere/Atlantis"_s << u"2026-10-05T23:59:59Z"_s << QDate(2026, 10, 5);
        QTest::newRow("offset written out") << u"America/New_York"_s << u"2026-10-05T01:00:00+02:00"_s << QDate(2026, 10, 4);
        QTest::newRow("not a time") << u"UTC"_s << u"soon"_s << QDate();
        QTest::newRow("no such date") << u"UTC"_s << u"2026-02-30T10:00:00Z"_s << QDate();
    }
    void storeDaysStartAtTheStoresMidnight()
    {
        QFETCH(QString, zone);
        QFETCH(QString, stored);
        QFETCH(QDate, day);
        flywheel::StoreDays days { QTimeZone(zone.toLatin1()) };
        QCOMPARE(days.dayOf(stored), day);
        // Asked again, from the offset it remembered.
        QCOMPARE(days.dayOf(stored), day);
    }

    void dayRangeRunsFromMidnightToMidnight()
    {
        const flywheel::StoreDays days { QTimeZone("America/New_York") };
        const flywheel::DayRange range = days.range(QDate(2026, 3, 7), QDate(2026, 3, 8));
        QCOMPARE(range.from, u"2026-03-07T05:00:00Z"_s);
        // Daylight saving time began on the 8th: the next midnight is an hour earlier in UTC.
        QCOMPARE(range.until, u"2026-03-09T04:00:00Z"_s);
    }

    void lastOrderDayIsTheStoresDay()
    {
        TempStore store;
        QVERIFY(flywheel::lastOrderDay(store.db()).value().isNull());
        QVERIFY(flywheel::StoreSettings(store.db()).setTimeZone(QTimeZone("America/New_York")));
        // Placed at 22:30 in New York on 9 June: already the 10th in UTC.
        const QString late = u"#1001,ann@example.com,paid,USD,10.00,0.00,0.00,10.00,,0.00,2025-06-09 22:30:00 -0400,"
                             "1,Cap,10.00,CAP-1,Ann Lee\n"_s;
        QCOMPARE(store.import(writeFile(store.dir(), u"late.csv"_s, kOrdersHeader + late)).inserted, 1);
        QCOMPARE(store.value("SELECT created_at FROM orders"), u"2025-06-10T02:30:00Z"_s);
        QCOMPARE(flywheel::lastOrderDay(store.db()).value(), QDate(2025, 6, 9));
    }

    void tableCountsIncludeLaterTablesAsZero()
    {
        TempStore store;
        auto counts = flywheel::tableCounts(store.db());
        QVERIFY(counts);
        QStringList names;
        for (const auto& [table, count] : *counts) {
            names << table;
            QCOMPARE(count, 0);
        }
        for (const char* table : {"products", "variants", "orders", "order_lines", "customers", "inventory_levels",
                                  "tickets", "reviews", "search_terms"})
            QVERIFY2(names.contains(QLatin1StringView(table)), table);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
