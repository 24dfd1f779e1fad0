// The Merchandising panel on the analysed demo store: the trending searches and products in the
// reader's order (trends first) with the selected one's weeks against its baseline on a chart, the
// collection picker with each collection's suggested order and why, and the actions with accept and
// "Write files".
#include "TestSupport.h"

#include "Dialogs.h"
#include "panels/MerchandisingPanel.h"
#include "panels/merchandising/TrendChart.h"
#include "stages/merchandising/ProductFacts.h"
#include "store/Schema.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;

namespace {
/// One value read on a connection of its own, as the panel's workers write on theirs: the test's
/// connection may still hold the snapshot of its last read.
QString freshValue(const TempStore& store, std::string_view sql)
{
    auto db = flywheel::openStore(store.path());
    if (!db)
        return db.error().describe();
    auto stmt = db->prepare(sql);
    if (!stmt || !stmt->step().value_or(false))
        return QStringLiteral("<no row>");
    return stmt->text(0);
}
} // namespace

class TestMerchandisingPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        flywheel::Dialogs::setNonInteractive(true);
        QVERIFY(flywheel::test::createAnalysedDemo(m_store, u"merchandising"_s));
    }

    void showsTrendsChartAndCollectionOrder()
    {
        flywheel::MerchandisingPanel panel;
        panel.resize(1360, 900);
        panel.show();
        QSignalSpy loaded(&panel, &flywheel::MerchandisingPanel::loaded);
        QSignalSpy trendShown(&panel, &flywheel::MerchandisingPanel::trendShown);
        QSignalSpy collectionShown(&panel, &flywheel::MerchandisingPanel::collectionShown);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));

        auto* trends = panel.findChild<QTableView*>(u"merchTrends"_s);
        auto* summary = panel.findChild<QLabel*>(u"merchSummary"_s);
        auto* note = panel.findChild<QLabel*>(u"merchTrendNote"_s);
        QVERIFY(trends && summary && note);
        QCOMPARE(trends->model()->rowCount(),
            m_store.value("SELECT count(*) FROM merch_trends WHERE subject = 'query'").toInt());
        // Trends first: the planted spikes lead the searches.
        const QSet<QString> firstTwo { trends->model()->index(0, 0).data().toString(),
            trends->model()->index(1, 0).data().toString() };
        QCOMPARE(firstTwo, (QSet<QString> { u"puffer vest"_s, u"linen trousers"_s }));
        QVERIFY2(summary->text().contains(u"2 of"_s), qPrintable(summary->text()));

        trendShown.clear();
        QVERIFY(panel.selectTrend(flywheel::merchandising::Subject::Query, u"puffer vest"_s));
        QVERIFY(trendShown.wait(20000));
        auto* chart = panel.findChild<QChartView*>(u"merchChart"_s);
        QVERIFY(chart);
        QStringList names;
        for (const QAbstractSeries* series : chart->chart()->series())
            names << series->name();
        QVERIFY2(names.contains(flywheel::TrendChart::tr("Baseline")) && names.contains(u"Searches"_s)
                && names.contains(flywheel::TrendChart::tr("Since the change")),
            qPrintable(names.join(u", "_s)));
        QVERIFY2(note->text().contains(u"Spike"_s), qPrintable(note->text()));

        // Products: those following the spike, with their stock.
        QVERIFY(panel.selectTrend(flywheel::merchandising::Subject::Product, u"Summit Puffer Vest"_s));
        QCOMPARE(trends->model()->headerData(6, Qt::Horizontal).toString(), u"Follows search"_s);
        QVERIFY(note->text().contains(u"puffer vest"_s));

        // The collection picker lists those with a suggested order first; the chosen one's order
        // never starts with a product out of stock.
        auto* picker = panel.findChild<QComboBox*>(u"merchCollection"_s);
        auto* order = panel.findChild<QTableView*>(u"merchCollectionOrder"_s);
        QVERIFY(picker && order);
        QCOMPARE(
            picker->count(), m_store.value("SELECT count(DISTINCT collection_id) FROM merch_collection_ranks").toInt());
        const QString title = m_store.value("SELECT c.title FROM recommendations r JOIN collections c ON "
                                            "r.subject_key = 'collection:' || c.id WHERE r.kind = 'collection-order' "
                                            "ORDER BY c.title LIMIT 1");
        collectionShown.clear();
        QVERIFY(panel.selectCollection(title));
        if (collectionShown.isEmpty())
            QVERIFY(collectionShown.wait(20000));
        QCOMPARE(order->model()->rowCount(),
            m_store
                .value("SELECT count(*) FROM merch_collection_ranks m JOIN collections c ON c.id = m.collection_id "
                       "WHERE c.title = '"
                    + title.toStdString() + "'")
                .toInt());
        QVERIFY(order->model()->index(0, 4).data().toString()
            != flywheel::merchandising::stockLabel(flywheel::merchandising::StockState::Out));
        QVERIFY(!order->model()->index(0, 6).data().toString().isEmpty());

        const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
        if (!folder.isEmpty()) {
            // The collection where trending products gain most, beside the spike's chart.
            collectionShown.clear();
            QVERIFY(panel.selectCollection(m_store.value(
                "SELECT c.title FROM merch_collection_ranks m JOIN collections c ON c.id = m.collection_id WHERE "
                "m.trend > 0 AND m.suggested_position <= 10 GROUP BY c.id ORDER BY count(*) DESC, c.title LIMIT 1")));
            if (collectionShown.isEmpty())
                QVERIFY(collectionShown.wait(20000));
            trendShown.clear();
            QVERIFY(panel.selectTrend(flywheel::merchandising::Subject::Query, u"puffer vest"_s));
            QVERIFY(trendShown.wait(20000));
            QVERIFY(panel.grab().save(folder + u"/panel-merchandising.png"_s));
        }
    }

    void acceptedActionsBecomeFiles()
    {
        flywheel::MerchandisingPanel panel;
        QSignalSpy loaded(&panel, &flywheel::MerchandisingPanel::loaded);
        QSignalSpy pushed(&panel, &flywheel::MerchandisingPanel::pushed);
        QSignalSpy changed(&panel, &flywheel::StagePanel::actionsChanged);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* actions = panel.findChild<QTableView*>(u"merchActions"_s);
        auto* accept = panel.findChild<QPushButton*>(u"merchAccept"_s);
        auto* write = panel.findChild<QPushButton*>(u"merchWriteFiles"_s);
        QVERIFY(actions && accept && write);
        const int open
            = m_store.value("SELECT count(*) FROM recommendations WHERE stage = 'merchandising' AND status = 'new'")
                  .toInt();
        QVERIFY(open > 0);
        QCOMPARE(actions->model()->rowCount(), open);
        QVERIFY(!write->isEnabled()); // nothing accepted yet

        // Collection orders come first: accept one.
        actions->selectRow(0);
        QVERIFY(accept->isEnabled());
        loaded.clear();
        accept->click();
        QVERIFY(changed.wait(20000));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(freshValue(m_store,
                     "SELECT kind FROM recommendations WHERE stage = 'merchandising' AND status = "
                     "'accepted'"),
            u"collection-order"_s);
        QVERIFY(write->isEnabled());

        write->click();
        QVERIFY(pushed.wait(20000));
        const QString message = pushed.takeFirst().at(0).toString();
        QVERIFY2(message.contains(u"collection-order-"_s) && message.contains(u"matrixify-custom-collections-"_s),
            qPrintable(message));
        QCOMPARE(freshValue(m_store,
                     "SELECT count(*) FROM recommendations WHERE stage = 'merchandising' AND "
                     "status = 'pushed'"),
            u"1"_s);
        const QFileInfo store(m_store.path());
        const QDir folder(store.dir().filePath(store.completeBaseName() + u"-push"_s));
        QCOMPARE(folder.entryList({ u"collection-order-*.csv"_s }).size(), 1);
    }

private:
    TempStore m_store;
};

QTEST_MAIN(TestMerchandisingPanel)
#include "test_merchandisingpanel.moc"
