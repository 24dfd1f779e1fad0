// Every real export in ../shared/samples imports with exactly the rows it holds, and importing it
// again changes nothing. The expected figures were counted from the files by hand (rows, distinct
// handles/orders, variation rows), not taken from a run.
#include "TestSupport.h"

#include <QTest>

using flywheel::test::TempStore;

class TestImportSamples : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { FLYWHEEL_REQUIRE_SHARED(); }

    void sample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("inserted");
        QTest::addColumn<qint64>("rejected");
        // table=count pairs after importing the file into an empty store
        QTest::addColumn<QStringList>("counts");

        QTest::newRow("shopify orders") << "shopify/orders_export_devstore.csv" << "shopify-orders" << 40LL << 40LL << 0LL
                                        << QStringList{"orders=19", "order_lines=40", "customers=3", "order_discounts=0"};
        QTest::newRow("shopify products 2024+") << "shopify/product_template_2024plus_headers.csv" << "shopify-products"
                                                << 15LL << 15LL << 0LL << QStringList{"products=2", "variants=15"};
        // 17 rows: 16 variants and one image-only row.
        QTest::newRow("shopify products legacy") << "shopify/product_template_legacy_headers.csv" << "shopify-products"
                                                 << 17LL << 16LL << 0LL << QStringList{"products=3", "variants=16"};
        // The second customer's "Accepts SMS Marketing" reads "nyes": rejected with the reason.
        QTest::newRow("shopify customers") << "shopify/customers_export_fictional.csv" << "shopify-customers" << 2LL
                                           << 1LL << 1LL << QStringList{"customers=1"};
        QTest::newRow("shopify inventory") << "shopify/inventory_export.csv" << "shopify-inventory" << 29LL << 29LL << 0LL
                                           << QStringList{"inventory_levels=29", "locations=1", "variants=29",
                                                          "products=29"};
        QTest::newRow("shopify inventory legacy wide")
            << "shopify/inventory_export_legacy_wide_by_location.csv" << "shopify-inventory" << 36LL << 36LL << 0LL
            << QStringList{"inventory_levels=36", "locations=1", "variants=36", "products=6"};
        // 15 products (2 variable, 1 grouped, 12 sold as they are) and 9 variations.
        QTest::newRow("woocommerce products") << "woocommerce/sample_products_classic-commerce_fork.csv"
                                              << "woocommerce-products" << 24LL << 24LL << 0LL
                                              << QStringList{"products=15", "variants=21", "collections=6",
                                                             "collection_products=15"};
        // Portuguese headers; 4 custom "registrations" parents, 1 grouped product, 6 variations with stock.
        QTest::newRow("woocommerce products pt_BR") << "woocommerce/product_export_localized_pt_BR.csv"
                                                    << "woocommerce-products" << 11LL << 11LL << 0LL
                                                    << QStringList{"products=5", "variants=6", "inventory_levels=6",
                                                                   "collections=1"};
        QTest::newRow("woocommerce customers") << "woocommerce/analytics_customers_export_fictional.csv"
                                               << "woocommerce-customers" << 1LL << 1LL << 0LL
                                               << QStringList{"customers=1"};
    }

    void sample()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(qint64, rows);
        QFETCH(qint64, inserted);
        QFETCH(qint64, rejected);
        QFETCH(QStringList, counts);

        TempStore store;
        const auto report = store.import(flywheel::test::sharedPath(QStringLiteral("samples/") + file));
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->describe() : QString()));
        QCOMPARE(report.format, format);
        QCOMPARE(report.rowsRead, rows);
        QCOMPARE(report.inserted, inserted);
        QCOMPARE(report.rejected, rejected);
        QCOMPARE(report.inserted + report.updated + report.unchanged + report.rejected, rows);
        QCOMPARE(report.rejectsFile.isEmpty(), rejected == 0);
        for (const QString& pair : counts) {
            const QStringList parts = pair.split(QLatin1Char('='));
            QCOMPARE(QStringLiteral("%1=%2").arg(parts[0]).arg(store.count(parts[0].toStdString())), pair);
        }

        const QString before = store.dumpContent();
        const auto again = store.import(flywheel::test::sharedPath(QStringLiteral("samples/") + file));
        QVERIFY(!again.error);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, rows - rejected);
        QCOMPARE(again.rejected, rejected);
        // Only the new batch row differs.
        QCOMPARE(store.count("import_batches"), 2);
        QString after = store.dumpContent();
        const auto batchesOf = [](const QString& dump) {
            const qsizetype start = dump.indexOf(QStringLiteral("== import_batches"));
            const qsizetype end = dump.indexOf(QStringLiteral("== "), start + 3);
            return dump.left(start) + dump.mid(end);
        };
        QCOMPARE(batchesOf(after), batchesOf(before));
    }

    void shopifyOrderValues()
    {
        FLYWHEEL_REQUIRE_SHARED();
        TempStore store;
        const auto report = store.import(flywheel::test::sharedPath(QStringLiteral("samples/shopify/orders_export_devstore.csv")));
        QVERIFY(!report.error);
        // "#1001,...,2025-05-11 09:55:16 -0400" with Total 1659.95 EUR and four line items.
        QCOMPARE(store.value("SELECT created_at || ' ' || total_minor || ' ' || currency FROM orders WHERE source_key = '#1001'"),
                 QStringLiteral("2025-05-11T13:55:16Z 165995 EUR"));
        QCOMPARE(store.value("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.source_key = '#1001'"),
                 QStringLiteral("4"));
        QCOMPARE(store.value("SELECT price_minor FROM order_lines WHERE name = 'Selling Plans Ski Wax - Selling Plans Ski Wax' LIMIT 1"),
                 QStringLiteral("2495"));
    }

    void legacyAndCurrentProductDialectsAgree()
    {
        FLYWHEEL_REQUIRE_SHARED();
        TempStore store;
        QVERIFY(!store.import(flywheel::test::sharedPath(QStringLiteral("samples/shopify/product_template_legacy_headers.csv"))).error);
        // Option names come from a product's first row and carry over to its other variants.
        QCOMPARE(store.value("SELECT count(*) FROM variants WHERE option1_name IS NOT NULL"), QStringLiteral("16"));
        QCOMPARE(store.value("SELECT count(DISTINCT source_key) FROM variants"), QStringLiteral("16"));
    }
};

QTEST_GUILESS_MAIN(TestImportSamples)
#include "test_import_samples.moc"
