// The Inventory panel on the analysed demo store: the health table in the reader's order (most
// urgent first) with its status filter and search, the selected variant's chart and backtest, the
// reorders with accept and "Create purchase orders", and supplier terms saved per vendor.
#include "TestSupport.h"

#include "Dialogs.h"
#include "panels/InventoryPanel.h"
#include "panels/inventory/ForecastChart.h"
#include "panels/inventory/HealthModel.h"
#include "panels/inventory/SupplierTermsDialog.h"
#include "stages/inventory/StockHealth.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;

class TestInventoryPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        flywheel::Dialogs::setNonInteractive(true);
        QVERIFY(flywheel::test::createAnalysedDemo(m_store, u"inventory"_s));
    }

    void showsHealthForecastAndBacktest()
    {
        flywheel::InventoryPanel panel;
        panel.resize(1360, 900);
        panel.show();
        QSignalSpy loaded(&panel, &flywheel::InventoryPanel::loaded);
        QSignalSpy forecastShown(&panel, &flywheel::InventoryPanel::forecastShown);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));

        auto* table = panel.findChild<QTableView*>(u"inventoryHealth"_s);
        auto* status = panel.findChild<QComboBox*>(u"inventoryStatus"_s);
        auto* search = panel.findChild<QLineEdit*>(u"inventorySearch"_s);
        auto* summary = panel.findChild<QLabel*>(u"inventorySummary"_s);
        QVERIFY(table && status && search && summary);
        QCOMPARE(table->model()->rowCount(), m_store.value("SELECT count(*) FROM inventory_health").toInt());
        // Most urgent first: out of stock, then reorders.
        QCOMPARE(table->model()->index(0, flywheel::HealthModel::Health).data().toString(),
            flywheel::inventory::statusLabel(flywheel::inventory::StockStatus::OutOfStock));
        QVERIFY(summary->text().contains(u"WAPE"_s));

        status->setCurrentIndex(status->findData(int(flywheel::inventory::StockStatus::Overstock)));
        QCOMPARE(table->model()->rowCount(),
            m_store.value("SELECT count(*) FROM inventory_health WHERE status = 'overstock'").toInt());
        QVERIFY(table->model()->rowCount() > 0);
        const QString overstocked = table->model()->index(0, flywheel::HealthModel::Sku).data().toString();
        search->setText(overstocked);
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();

        // The chart of an overstocked variant with a backtest: history, ranges, forecast, backtest.
        const QString sku = m_store.value(
            "SELECT v.sku FROM inventory_health h JOIN variants v ON v.id = h.variant_id JOIN inventory_forecasts f ON "
            "f.variant_id = h.variant_id WHERE h.status = 'overstock' AND f.backtest_points > 0 ORDER BY v.sku LIMIT "
            "1");
        QVERIFY(!sku.isEmpty());
        forecastShown.clear();
        QVERIFY(panel.selectSku(sku));
        QVERIFY(forecastShown.wait(20000));
        auto* chart = panel.findChild<QChartView*>(u"inventoryChart"_s);
        auto* backtest = panel.findChild<QLabel*>(u"inventoryBacktest"_s);
        QVERIFY(chart && backtest);
        QStringList names;
        for (const QAbstractSeries* series : chart->chart()->series())
            names << series->name();
        QVERIFY2(names.contains(flywheel::ForecastChart::tr("Forecast"))
                && names.contains(flywheel::ForecastChart::tr("80 % range"))
                && names.contains(flywheel::ForecastChart::tr("Backtest"))
                && names.contains(flywheel::ForecastChart::tr("Sold")),
            qPrintable(names.join(u", "_s)));
        QVERIFY(backtest->text().contains(u"WAPE"_s));

        // A variant whose next weeks follow its product's searches says so under its chart.
        const QString led = m_store.value(
            "SELECT v.sku FROM inventory_forecasts f JOIN variants v ON v.id = f.variant_id JOIN inventory_health h ON "
            "h.variant_id = f.variant_id WHERE f.model LIKE '% + search lead' ORDER BY v.sku LIMIT 1");
        QVERIFY2(!led.isEmpty(), "the demo store has a product whose sales follow its searches");
        status->setCurrentIndex(0);
        forecastShown.clear();
        QVERIFY(panel.selectSku(led));
        QVERIFY(forecastShown.wait(20000));
        QVERIFY2(backtest->text().contains(u"search lead"_s) && backtest->text().contains(u"follow the searches"_s),
            qPrintable(backtest->text()));

        const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
        if (!folder.isEmpty()) {
            // A reorder with a backtest, as the owner meets it first.
            const QString reorder = m_store.value(
                "SELECT v.sku FROM inventory_health h JOIN variants v ON v.id = h.variant_id JOIN inventory_forecasts "
                "f ON f.variant_id = h.variant_id WHERE h.status = 'reorder' AND f.backtest_points >= 12 "
                "ORDER BY h.revenue_at_risk_minor DESC LIMIT 1");
            status->setCurrentIndex(status->findData(int(flywheel::inventory::StockStatus::Reorder)));
            forecastShown.clear();
            QVERIFY(panel.selectSku(reorder));
            // The same variant may stay selected across the filter change; a chart comes only if it moved.
            if (forecastShown.isEmpty())
                (void)forecastShown.wait(2000);
            QVERIFY(panel.grab().save(folder + u"/panel-inventory.png"_s));
        }
    }

    void acceptedReordersBecomePurchaseOrders()
    {
        flywheel::InventoryPanel panel;
        QSignalSpy loaded(&panel, &flywheel::InventoryPanel::loaded);
        QSignalSpy pushed(&panel, &flywheel::InventoryPanel::pushed);
        QSignalSpy changed(&panel, &flywheel::StagePanel::actionsChanged);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* reorders = panel.findChild<QTableView*>(u"inventoryReorders"_s);
        auto* accept = panel.findChild<QPushButton*>(u"inventoryAccept"_s);
        auto* create = panel.findChild<QPushButton*>(u"inventoryCreateOrders"_s);
        QVERIFY(reorders && accept && create);
        const int open
            = m_store.value("SELECT count(*) FROM recommendations WHERE kind = 'reorder' AND status = 'new'").toInt();
        QVERIFY(open > 0);
        QCOMPARE(reorders->model()->rowCount(), open);
        QVERIFY(!create->isEnabled()); // nothing accepted yet

        reorders->selectRow(0);
        QVERIFY(accept->isEnabled());
        loaded.clear();
        accept->click();
        QVERIFY(changed.wait(20000));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_store.value("SELECT count(*) FROM recommendations WHERE kind = 'reorder' AND status = 'accepted'"),
            u"1"_s);
        QVERIFY(create->isEnabled());

        create->click();
        QVERIFY(pushed.wait(20000));
        const QString message = pushed.takeFirst().at(0).toString();
        QVERIFY2(message.contains(u"purchase-order-"_s), qPrintable(message));
        QCOMPARE(
            m_store.value("SELECT count(*) FROM recommendations WHERE kind = 'reorder' AND status = 'pushed'"), u"1"_s);
        const QFileInfo store(m_store.path());
        const QDir folder(store.dir().filePath(store.completeBaseName() + u"-push"_s));
        QCOMPARE(folder.entryList({ u"purchase-order-*.csv"_s }).size(), 1);
    }

    void supplierTermsKeepTheStoreSettingUnlessSet()
    {
        const flywheel::inventory::ReplenishmentTerms store;
        flywheel::SupplierTermsDialog dialog(
            { u"Acme"_s, u"Birch"_s }, { flywheel::inventory::VendorTerms { u"Birch"_s, 30, std::nullopt } }, store);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        auto* acmeLead = qobject_cast<QSpinBox*>(table->cellWidget(0, 1));
        QVERIFY(acmeLead);
        QCOMPARE(acmeLead->value(), acmeLead->minimum()); // the store's setting
        acmeLead->setValue(45);
        const QList<flywheel::inventory::VendorTerms> terms = dialog.terms();
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms[0].leadTimeDays, std::optional(45));
        QCOMPARE(terms[0].serviceLevelPercent, std::nullopt);
        QCOMPARE(terms[1].leadTimeDays, std::optional(30));
    }

private:
    TempStore m_store;
};

QTEST_MAIN(TestInventoryPanel)
#include "test_inventorypanel.moc"
