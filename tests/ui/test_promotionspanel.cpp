// The Promotions panel on the analysed demo store: the suggested promotions with their audience and
// control group, the segment chart and the fitted customer models, and "Create promotion", which
// accepts the selected promotion and writes its files in one click.
#include "TestSupport.h"

#include "Dialogs.h"
#include "panels/PromotionsPanel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;

class TestPromotionsPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        flywheel::Dialogs::setNonInteractive(true);
        QVERIFY(flywheel::test::createAnalysedDemo(m_store, u"promotions"_s));
    }

    void showsPromotionsAudienceAndSegments()
    {
        flywheel::PromotionsPanel panel;
        panel.resize(1360, 900);
        panel.show();
        QSignalSpy loaded(&panel, &flywheel::PromotionsPanel::loaded);
        QSignalSpy audienceShown(&panel, &flywheel::PromotionsPanel::audienceShown);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* list = panel.findChild<QTableView*>(u"promotionsList"_s);
        auto* audience = panel.findChild<QTableView*>(u"promotionsAudience"_s);
        auto* summary = panel.findChild<QLabel*>(u"promotionsSummary"_s);
        auto* models = panel.findChild<QLabel*>(u"promotionsModels"_s);
        auto* segments = panel.findChild<QChartView*>(u"promotionsSegments"_s);
        QVERIFY(list && audience && summary && models && segments);
        QCOMPARE(list->model()->rowCount(), m_store.value("SELECT count(*) FROM promotions").toInt());
        QVERIFY(list->model()->rowCount() > 0);
        QVERIFY(summary->text().contains(QLocale().toString(m_store.value("SELECT count(*) FROM customer_scores").toInt())));
        QVERIFY(models->text().contains(u"BG/NBD"_s));

        if (audience->model()->rowCount() == 0)
            QVERIFY(audienceShown.wait(20000));
        const int first = m_store.value("SELECT audience_size FROM promotions ORDER BY expected_revenue_minor DESC, "
                                        "subject_key LIMIT 1")
                              .toInt();
        QCOMPARE(audience->model()->rowCount(), std::min(first, 200));

        // One bar per segment, for customers and for expected spend.
        const auto series = segments->chart()->series();
        QCOMPARE(series.size(), 1);
        const auto* bars = qobject_cast<const QHorizontalBarSeries*>(series.front());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().front()->count(),
            m_store.value("SELECT count(DISTINCT segment) FROM customer_scores").toInt());

        const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(panel.grab().save(folder + u"/panel-promotions.png"_s));
    }

    void createPromotionAcceptsAndWritesTheFiles()
    {
        flywheel::PromotionsPanel panel;
        QSignalSpy loaded(&panel, &flywheel::PromotionsPanel::loaded);
        QSignalSpy pushed(&panel, &flywheel::PromotionsPanel::pushed);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* create = panel.findChild<QPushButton*>(u"promotionsCreate"_s);
        QVERIFY(create && create->isEnabled());
        loaded.clear();
        create->click();
        QVERIFY(pushed.wait(20000));
        const QString message = pushed.front().front().toString();
        QVERIFY2(message.contains(u"klaviyo-"_s) && message.contains(u"discounts-"_s), qPrintable(message));
        QCOMPARE(m_store.value("SELECT count(*) FROM promotions WHERE pushed_at IS NOT NULL"), u"1"_s);
        QCOMPARE(m_store.value("SELECT count(*) FROM recommendations WHERE stage = 'promotions' AND status = 'pushed'"),
            u"1"_s);
        QVERIFY(loaded.wait(20000));
        // The pushed promotion cannot be sent twice.
        auto* list = panel.findChild<QTableView*>(u"promotionsList"_s);
        const int last = list->model()->rowCount() - 1; // sent promotions are listed last
        list->selectRow(last);
        QVERIFY(!create->isEnabled());
    }

private:
    TempStore m_store;
};

QTEST_MAIN(TestPromotionsPanel)
#include "test_promotionspanel.moc"
