// The Service panel on the analysed demo store: it shows the weeks, intents, topics and gaps, and
// "Queue this fix" accepts the gap's action.
#include "TestSupport.h"

#include "panels/ServicePanel.h"
#include "store/Schema.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using flywheel::test::TempStore;

class TestServicePanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(flywheel::test::createAnalysedDemo(m_store, QStringLiteral("content"))); // the gaps' answers are Content's
    }

    void showsWhatCustomersSay()
    {
        flywheel::ServicePanel panel;
        panel.resize(1280, 860);
        panel.show();
        QSignalSpy loaded(&panel, &flywheel::ServicePanel::loaded);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));

        auto* gaps = panel.findChild<QTableView*>(QStringLiteral("serviceGaps"));
        auto* intents = panel.findChild<QTreeWidget*>(QStringLiteral("serviceIntents"));
        QVERIFY(gaps && intents);
        QCOMPARE(gaps->model()->rowCount(), static_cast<int>(m_store.count("content_gaps")));
        QVERIFY(gaps->model()->rowCount() > 0);
        QVERIFY(intents->topLevelItemCount() > 3);

        const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(panel.grab().save(folder + QStringLiteral("/panel-service.png")));
    }

    void queueingAFixAcceptsItsAction()
    {
        flywheel::ServicePanel panel;
        QSignalSpy loaded(&panel, &flywheel::ServicePanel::loaded);
        QSignalSpy changed(&panel, &flywheel::StagePanel::actionsChanged);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("queueGapFixButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QVERIFY(changed.wait(20000));
        // A connection of its own, as the panel's writes come from another one.
        auto db = flywheel::openStore(m_store.path());
        QVERIFY(db);
        QCOMPARE(
            db->scalar("SELECT count(*) FROM recommendations WHERE kind = 'add-answer' AND status = 'accepted'")
                .value_or(-1),
            1);
    }

private:
    TempStore m_store;
};

QTEST_MAIN(TestServicePanel)
#include "test_servicepanel.moc"
