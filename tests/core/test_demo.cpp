// The demo store: the same seed writes the same files, the files import through the normal path
// without a rejected row, and what ground_truth.json says was planted is really in the store.
#include "TestSupport.h"

#include "demo/DemoStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using flywheel::test::TempStore;

namespace {
QByteArray writeFiles(const QString& dir, quint64 seed)
{
    flywheel::demo::DemoOptions options;
    options.seed = seed;
    options.outDir = dir;
    auto files = flywheel::demo::writeDemoFiles(options);
    if (!files)
        qFatal("%s", qPrintable(files.error().describe()));
    return flywheel::test::folderHash(dir);
}
} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    QJsonObject m_truth;
    QList<flywheel::ImportReport> m_reports;

private slots:
    void initTestCase()
    {
        flywheel::demo::DemoOptions options;
        options.outDir = QDir(m_store.dir()).filePath(QStringLiteral("files"));
        auto reports = flywheel::demo::createDemoStore(m_store.db(), options);
        QVERIFY2(reports, qPrintable(reports ? QString() : reports.error().describe()));
        m_reports = *reports;
        QFile truth(QDir(options.outDir).filePath(QStringLiteral("ground_truth.json")));
        QVERIFY(truth.open(QIODevice::ReadOnly));
        m_truth = QJsonDocument::fromJson(truth.readAll()).object();
    }

    void sameSeedSameFiles()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QTemporaryDir c;
        QCOMPARE(writeFiles(a.path(), 7), writeFiles(b.path(), 7));
        QVERIFY(writeFiles(c.path(), 8) != writeFiles(a.path(), 7));
    }

    void everyFileImportsWithoutRejects()
    {
        // products, collections, customers, orders, inventory, tickets, reviews, search terms
        QCOMPARE(m_reports.size(), 8);
        for (const auto& report : m_reports) {
            QVERIFY2(!report.error, qPrintable(report.file));
            QCOMPARE(report.rejected, 0);
            QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        }
    }

    void countsMatchTheGroundTruth()
    {
        const QJsonObject counts = m_truth.value(QStringLiteral("counts")).toObject();
        for (const char* table : {"products", "variants", "orders", "order_lines", "customers", "tickets", "reviews"})
            QCOMPARE(m_store.count(table), counts.value(QLatin1StringView(table)).toInteger());
        QCOMPARE(m_store.count("search_terms"), counts.value(QStringLiteral("search_rows")).toInteger());
        QVERIFY(m_store.count("order_lines") >= 4500);
        QVERIFY(m_store.count("products") >= 150);
    }

    void moneyAddsUp()
    {
        // Total = Subtotal + Shipping + Taxes for every order, to the cent.
        QCOMPARE(m_store.value("SELECT count(*) FROM orders WHERE total_minor <> subtotal_minor + shipping_minor + taxes_minor"),
                 QStringLiteral("0"));
        // Every line is linked to the variant it sold: the products came first.
        QCOMPARE(m_store.value("SELECT count(*) FROM order_lines WHERE variant_id IS NULL"), QStringLiteral("0"));
    }

    void ticketsAndReviewsLinkToTheStore()
    {
        const auto figure = [&](const char* what, std::string_view linked, std::string_view all) {
            const qint64 n = m_store.value(all).toLongLong();
            const qint64 k = m_store.value(linked).toLongLong();
            qInfo("%s: %lld of %lld (%.1f%%)", what, k, n, n ? 100.0 * double(k) / double(n) : 0.0);
            return std::pair{k, n};
        };
        // Every ticket about an order names one of the store's orders.
        const auto [ordersLinked, withOrder] = figure("tickets linked to their order",
                                                     "SELECT count(*) FROM tickets WHERE order_id IS NOT NULL",
                                                     "SELECT count(*) FROM tickets WHERE order_number IS NOT NULL");
        QVERIFY(withOrder > 100);
        QCOMPARE(ordersLinked, withOrder);
        // Tickets from customers link to them; shoppers who never bought stay unlinked.
        const auto [customersLinked, fromCustomers] = figure(
            "tickets linked to their customer", "SELECT count(*) FROM tickets WHERE customer_id IS NOT NULL",
            "SELECT count(*) FROM tickets t WHERE EXISTS (SELECT 1 FROM customers c WHERE c.email = t.customer_email)");
        QCOMPARE(customersLinked, fromCustomers);
        QVERIFY(fromCustomers < m_store.count("tickets"));
        // Every review that names a product is linked to it, and every reviewer to a customer.
        const auto [productsLinked, aboutProducts] = figure(
            "reviews linked to their product", "SELECT count(*) FROM reviews WHERE product_id IS NOT NULL",
            "SELECT count(*) FROM reviews WHERE product_handle IS NOT NULL");
        QVERIFY(aboutProducts > 100);
        QCOMPARE(productsLinked, aboutProducts);
        const auto [reviewersLinked, reviews] =
            figure("reviews linked to their reviewer", "SELECT count(*) FROM reviews WHERE customer_id IS NOT NULL",
                   "SELECT count(*) FROM reviews");
        QCOMPARE(reviewersLinked, reviews);
        // The orders a ticket is about belong to the customer who wrote it.
        QCOMPARE(m_store.value("SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id "
                               "WHERE o.customer_id IS NOT t.customer_id"),
                 QStringLiteral("0"));
    }

    void contentGapsArePlanted()
    {
        const QJsonArray gaps = m_truth.value(QStringLiteral("content_gaps")).toArray();
        QVERIFY(gaps.size() >= 3);
        for (const QJsonValue& value : gaps) {
            const QJsonObject gap = value.toObject();
            const std::string handle = gap.value(QStringLiteral("handle")).toString().toStdString();
            const QString attribute = gap.value(QStringLiteral("attribute")).toString();
            const QString text = m_store.value("SELECT lower(coalesce(description_html, '') || ' ' || coalesce(tags, '')) "
                                               "FROM products WHERE handle = '" + handle + "'");
            QVERIFY2(text != QStringLiteral("<no row>"), handle.c_str());
            QVERIFY2(!text.contains(attribute), qPrintable(attribute));
        }
    }

    void overstockIsPlanted()
    {
        const QJsonArray skus = m_truth.value(QStringLiteral("overstocked_skus")).toArray();
        QVERIFY(!skus.isEmpty());
        for (const QJsonValue& sku : skus) {
            const std::string s = sku.toString().toStdString();
            const qint64 onHand = m_store.value("SELECT sum(l.on_hand) FROM inventory_levels l JOIN variants v ON v.id = "
                                                "l.variant_id WHERE v.sku = '" + s + "'").toLongLong();
            QVERIFY2(onHand >= 40, s.c_str());
        }
    }

    void discountSegmentRespondsToCodes()
    {
        QStringList emails;
        for (const QJsonValue& email : m_truth.value(QStringLiteral("discount_responsive_customers")).toArray())
            emails << QStringLiteral("'%1'").arg(email.toString());
        QVERIFY(emails.size() >= 5);
        const std::string list = emails.join(QLatin1Char(',')).toStdString();
        const double segment = m_store.value("SELECT avg(EXISTS(SELECT 1 FROM order_discounts d WHERE d.order_id = o.id)) "
                                             "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email IN (" + list + ")").toDouble();
        const double others = m_store.value("SELECT avg(EXISTS(SELECT 1 FROM order_discounts d WHERE d.order_id = o.id)) "
                                            "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email NOT IN (" + list + ")").toDouble();
        QVERIFY2(segment > 2 * others, qPrintable(QStringLiteral("%1 vs %2").arg(segment).arg(others)));
    }

    void laterImportersHaveTheirFiles()
    {
        const QDir files(QDir(m_store.dir()).filePath(QStringLiteral("files")));
        for (const char* name : {"tickets.csv", "reviews.csv", "search_terms.csv"})
            QVERIFY2(QFileInfo(files.filePath(QLatin1StringView(name))).size() > 1000, name);
        QVERIFY(!m_truth.value(QStringLiteral("typo_queries")).toArray().isEmpty());
        QVERIFY(!m_truth.value(QStringLiteral("spiking_queries")).toArray().isEmpty());
        QVERIFY(!m_truth.value(QStringLiteral("not_carried_queries")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
