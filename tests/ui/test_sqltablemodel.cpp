#include "SqlTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using flywheel::SqlTableModel;

class TestSqlTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsRows();
    void loadsPagesLazily();
    void formatsValues();
    void sorts_data();
    void sorts();
    void filters_data();
    void filters();
    void newerQueryWins();
    void missingTableFails();
    void destroyedWhileLoading();

private:
    void showCustomers();
    [[nodiscard]] QVariant raw(int row, int column) const;
    [[nodiscard]] int column(const QString& name) const;

    static constexpr int kCustomers = 3000;
    // Keeps a read-write connection open throughout, as the app does while the models read.
    std::optional<flywheel::test::TempStore> m_store;
    QString m_storePath;
    std::unique_ptr<SqlTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSqlTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_store.emplace();
    m_storePath = m_store->path();
    flywheel::Database& db = m_store->db();

    auto transaction = flywheel::Transaction::begin(db);
    QVERIFY(transaction);
    QVERIFY(db.exec("INSERT INTO import_batches (id, file_name, file_hash, file_size, format, platform, started_at) "
                    "VALUES (1, 'customers.csv', 'hash', 1, 'shopify-customers', 'shopify', '2025-01-01T00:00:00Z')"));
    // Times are stored in UTC and shown in the store's zone (CEST, UTC+2, in May).
    QVERIFY(db.exec("INSERT INTO store_settings (key, value) VALUES ('time_zone', 'Europe/Berlin')"));
    auto insert = db.prepare("INSERT INTO customers (id, customer_key, platform, email, first_name, phone, note, "
                             "total_spent_minor, currency, signed_up_at, batch_id, last_batch_id) "
                             "VALUES (?1, ?2, 'shopify', ?3, ?4, ?5, ?6, ?7, 'USD', '2025-05-11T13:55:16Z', 1, 1)");
    QVERIFY(insert);
    for (int id = 1; id <= kCustomers; ++id) {
        const QString key = QStringLiteral("c%1").arg(id);
        const QString email = QStringLiteral("customer%1@example.com").arg(id, 4, 10, QLatin1Char('0'));
        // Names repeat every 7 rows, so sorting by name needs the rowid tiebreaker to be stable.
        static const QStringList names { QStringLiteral("Zeynep"), QStringLiteral("Ada"), QStringLiteral("Mia"),
            QStringLiteral("Noah"), QStringLiteral("Olga"), QStringLiteral("Linus"), QStringLiteral("Grace") };
        const QString phone = id % 2 == 0 ? QStringLiteral("555-%1").arg(id) : QString(); // odd ids: NULL
        QString note;
        if (id == 10)
            note = QStringLiteral("wants 50% off");
        else if (id == 11)
            note = QStringLiteral("wants 50 percent off");
        else if (id == 12)
            note = QStringLiteral("has a gift_card");
        else if (id == 13)
            note = QStringLiteral("has a giftXcard");
        insert->bindAll(
            id, key, email, names[id % names.size()], phone, note, static_cast<std::int64_t>(id) * 1234 % 100000);
        QVERIFY(insert->run());
        insert->reset();
    }
    QVERIFY(transaction->commit());
}

void TestSqlTableModel::init()
{
    m_model = std::make_unique<SqlTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSqlTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestSqlTableModel::showCustomers()
{
    QSignalSpy ready(m_model.get(), &SqlTableModel::ready);
    m_model->setTable(m_storePath, QStringLiteral("customers"));
    QTRY_COMPARE(ready.count(), 1);
}

QVariant TestSqlTableModel::raw(int row, int column) const
{
    return m_model->data(m_model->index(row, column), static_cast<int>(SqlTableModel::Role::RawValue));
}

int TestSqlTableModel::column(const QString& name) const
{
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->columnName(c) == name)
            return c;
    }
    return -1;
}

void TestSqlTableModel::countsRows()
{
    QSignalSpy counted(m_model.get(), &SqlTableModel::rowCountChanged);
    m_model->setTable(m_storePath, QStringLiteral("customers"));
    QCOMPARE(m_model->rowCount(), 0); // nothing is read on the calling thread
    QTRY_COMPARE(counted.count(), 1);
    QCOMPARE(counted.first().first().toLongLong(), qint64(kCustomers));
    QCOMPARE(m_model->rowCount(), kCustomers);
    QCOMPARE(m_model->totalRowCount(), qint64(kCustomers));
    QCOMPARE(m_model->columnName(0), QStringLiteral("id"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("ID"));
}

void TestSqlTableModel::loadsPagesLazily()
{
    showCustomers();
    const int row = 2 * SqlTableModel::kPageSize + 5;
    QVERIFY(m_model->isRowLoaded(0));
    QVERIFY(!m_model->isRowLoaded(row));
    QCOMPARE(m_model->data(m_model->index(row, 0)).toString(), QStringLiteral("loading…"));
    QVERIFY(!raw(row, 0).isValid());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(m_model->isRowLoaded(row));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2 * SqlTableModel::kPageSize);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 3 * SqlTableModel::kPageSize - 1);
    QCOMPARE(raw(row, 0).toLongLong(), qint64(row + 1));

    // The last page is short: it ends where the table does.
    const int last = kCustomers - 1;
    (void)m_model->data(m_model->index(last, 0)); // asking for a row starts loading its page
    QTRY_VERIFY(m_model->isRowLoaded(last));
    QCOMPARE(raw(last, 0).toLongLong(), qint64(kCustomers));
}

void TestSqlTableModel::formatsValues()
{
    showCustomers();
    const int spent = column(QStringLiteral("total_spent_minor"));
    const int phone = column(QStringLiteral("phone"));
    QVERIFY(spent >= 0 && phone >= 0);
    QCOMPARE(m_model->headerData(spent, Qt::Horizontal).toString(), QStringLiteral("Total spent"));

    // id 1: 1234 minor units; id 81: 99954 (81 * 1234 % 100000).
    QCOMPARE(raw(0, spent).toLongLong(), qint64(1234));
    QCOMPARE(raw(0, spent).typeId(), QMetaType::LongLong);
    QCOMPARE(m_model->data(m_model->index(0, spent)).toString(), QStringLiteral("12.34"));
    QCOMPARE(m_model->data(m_model->index(80, spent)).toString(), QStringLiteral("999.54"));

    const int signedUp = column(QStringLiteral("signed_up_at"));
    QCOMPARE(raw(0, signedUp).toString(), QStringLiteral("2025-05-11T13:55:16Z"));
    QCOMPARE(m_model->data(m_model->index(0, signedUp)).toString(), QStringLiteral("2025-05-11 15:55"));

    QVERIFY(raw(0, phone).isNull()); // id 1 is odd: NULL
    QCOMPARE(m_model->data(m_model->index(0, phone)).toString(), QString());
    QCOMPARE(m_model->data(m_model->index(1, phone)).toString(), QStringLiteral("555-2"));
}

void TestSqlTableModel::sorts_data()
{
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<qint64>("firstId");
    QTest::addColumn<qint64>("secondId");

    QTest::newRow("email descending") << QStringLiteral("email") << Qt::DescendingOrder << qint64(3000) << qint64(2999);
    // Ada is every id = 1 mod 7; equal names keep rowid order, ascending.
    QTest::newRow("first name, ties by rowid")
        << QStringLiteral("first_name") << Qt::AscendingOrder << qint64(1) << qint64(8);
    // Ties reverse with the order, so descending is exactly ascending backwards.
    QTest::newRow("first name descending")
        << QStringLiteral("first_name") << Qt::DescendingOrder << qint64(2996) << qint64(2989);
    // Numbers sort as numbers: 38 (id 2107) and 84 (id 2026) minor units are the smallest amounts.
    QTest::newRow("money ascending") << QStringLiteral("total_spent_minor") << Qt::AscendingOrder << qint64(2107)
                                     << qint64(2026);
}

void TestSqlTableModel::sorts()
{
    QFETCH(QString, columnName);
    QFETCH(Qt::SortOrder, order);
    QFETCH(qint64, firstId);
    QFETCH(qint64, secondId);

    showCustomers();
    QSignalSpy ready(m_model.get(), &SqlTableModel::ready);
    m_model->sort(column(columnName), order);
    QCOMPARE(m_model->rowCount(), kCustomers); // the count survives a new order
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(raw(0, 0).toLongLong(), firstId);
    QCOMPARE(raw(1, 0).toLongLong(), secondId);

    // Back to the natural order.
    m_model->sort(-1);
    QTRY_VERIFY(m_model->isRowLoaded(0));
    QCOMPARE(raw(0, 0).toLongLong(), qint64(1));
}

void TestSqlTableModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("firstId");

    QTest::newRow("one email") << QStringLiteral("customer0042@") << qint64(1) << qint64(42);
    QTest::newRow("case-insensitive name") << QStringLiteral("ADA") << qint64(429) << qint64(1);
    QTest::newRow("percent is literal") << QStringLiteral("50%") << qint64(1) << qint64(10);
    QTest::newRow("underscore is literal") << QStringLiteral("gift_card") << qint64(1) << qint64(12);
    QTest::newRow("quote is just text") << QStringLiteral("x' OR 1=1 --") << qint64(0) << qint64(-1);
    QTest::newRow("no match") << QStringLiteral("nobody@nowhere") << qint64(0) << qint64(-1);
}

void TestSqlTableModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(qint64, count);
    QFETCH(qint64, firstId);

    showCustomers();
    QSignalSpy counted(m_model.get(), &SqlTableModel::rowCountChanged);
    QSignalSpy ready(m_model.get(), &SqlTableModel::ready);
    m_model->setFilter(filter);
    QCOMPARE(m_model->totalRowCount(), qint64(-1));
    QTRY_COMPARE(counted.count(), 1);
    QCOMPARE(counted.first().first().toLongLong(), count);
    QCOMPARE(m_model->rowCount(), int(count));
    QTRY_COMPARE(ready.count(), 1);
    if (firstId > 0)
        QCOMPARE(raw(0, 0).toLongLong(), firstId);

    // Filter and sort combine.
    if (count > 1) {
        m_model->sort(0, Qt::DescendingOrder);
        QTRY_VERIFY(m_model->isRowLoaded(0));
        QVERIFY(raw(0, 0).toLongLong() > firstId);
    }

    m_model->setFilter(QString());
    QTRY_COMPARE(m_model->rowCount(), kCustomers);
}

void TestSqlTableModel::newerQueryWins()
{
    showCustomers();
    QSignalSpy counted(m_model.get(), &SqlTableModel::rowCountChanged);
    // Three filters in a row: only the last one's answers may reach the model.
    m_model->setFilter(QStringLiteral("Ada"));
    m_model->setFilter(QStringLiteral("Mia"));
    m_model->setFilter(QStringLiteral("customer0007@"));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QTRY_VERIFY(m_model->isRowLoaded(0));
    QCOMPARE(raw(0, 0).toLongLong(), qint64(7));
    QTest::qWait(50); // give a stray stale answer the chance to arrive
    QCOMPARE(m_model->rowCount(), 1);
    for (const QList<QVariant>& arguments : counted)
        QCOMPARE(arguments.first().toLongLong(), qint64(1));
}

void TestSqlTableModel::missingTableFails()
{
    QSignalSpy failed(m_model.get(), &SqlTableModel::loadFailed);
    m_model->setTable(m_storePath, QStringLiteral("no_such_table"));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("no_such_table")));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
}

void TestSqlTableModel::destroyedWhileLoading()
{
    // Answers still on their way must not reach a model that is gone.
    for (int i = 0; i < 20; ++i) {
        auto model = std::make_unique<SqlTableModel>();
        model->setTable(m_storePath, QStringLiteral("customers"));
        model->setFilter(QStringLiteral("example"));
        if (i % 2 == 0)
            QTest::qWait(1);
    }
    QTest::qWait(20);
}

QTEST_MAIN(TestSqlTableModel)
#include "test_sqltablemodel.moc"
