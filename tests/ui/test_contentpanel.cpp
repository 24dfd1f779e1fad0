// The Content panel on the analysed demo store: completeness per product type and per collection, the
// suggested edits with answers first, editing and accepting an edit, a placeholder refused, dismissing,
// and "Write product file" writing the accepted edits.
#include "TestSupport.h"

#include "Dialogs.h"
#include "panels/ContentPanel.h"
#include "store/Schema.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;

class TestContentPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        flywheel::Dialogs::setNonInteractive(true);
        QVERIFY(flywheel::test::createAnalysedDemo(m_store, u"content"_s));
    }

    void showsCompletenessAndSuggestions()
    {
        flywheel::ContentPanel panel;
        panel.resize(1280, 860);
        panel.show();
        QSignalSpy loaded(&panel, &flywheel::ContentPanel::loaded);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));

        auto* groups = panel.findChild<QTableView*>(u"contentGroups"_s);
        auto* suggestions = panel.findChild<QTableView*>(u"contentSuggestions"_s);
        auto* grouping = panel.findChild<QComboBox*>(u"contentGrouping"_s);
        QVERIFY(groups && suggestions && grouping);
        QCOMPARE(groups->model()->rowCount(),
            m_store.value("SELECT count(DISTINCT lower(coalesce(product_type, ''))) FROM products").toInt());
        QCOMPARE(suggestions->model()->rowCount(),
            m_store.value("SELECT count(DISTINCT recommendation_id) FROM content_suggestions").toInt());
        // Answers to what customers keep asking come first.
        QCOMPARE(suggestions->model()->index(0, 0).data().toString(), flywheel::ContentPanel::tr("Answer a question"));
        grouping->setCurrentIndex(1);
        QCOMPARE(groups->model()->headerData(0, Qt::Horizontal).toString(), flywheel::ContentPanel::tr("Collection"));
        QVERIFY(groups->model()->rowCount() > 0);
        grouping->setCurrentIndex(0);

        const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(panel.grab().save(folder + u"/panel-content.png"_s));
    }

    void editingAndAcceptingAnAnswerWritesTheProductFile()
    {
        flywheel::ContentPanel panel;
        QSignalSpy loaded(&panel, &flywheel::ContentPanel::loaded);
        QSignalSpy changed(&panel, &flywheel::StagePanel::actionsChanged);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* text = panel.findChild<QPlainTextEdit*>(u"contentText"_s);
        auto* accept = panel.findChild<QPushButton*>(u"contentAccept"_s);
        auto* write = panel.findChild<QPushButton*>(u"contentWriteFile"_s);
        QVERIFY(text && accept && write);
        QVERIFY(!write->isEnabled()); // nothing accepted yet
        QVERIFY(text->toPlainText().startsWith(u"Waterproof: "_s));
        text->setPlainText(u"Waterproof: yes, fully taped seams"_s);
        accept->click();
        QVERIFY(changed.wait(20000));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(
            current("SELECT count(*) FROM recommendations WHERE stage = 'content' AND status = 'accepted'"), u"1"_s);
        QCOMPARE(current("SELECT edited_text FROM content_suggestions WHERE edited_text IS NOT NULL"),
            u"Waterproof: yes, fully taped seams"_s);
        QVERIFY(write->isEnabled());

        const QString path = m_store.dir() + u"/out/products-update.csv"_s;
        flywheel::Dialogs::setNextSaveFileName(path);
        QSignalSpy pushed(&panel, &flywheel::ContentPanel::pushed);
        write->click();
        QVERIFY(pushed.wait(20000));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(pushed.front().front().toString()));
        QVERIFY(file.readAll().contains("<li>Waterproof: yes, fully taped seams</li>"));
        QCOMPARE(current("SELECT count(*) FROM recommendations WHERE stage = 'content' AND status = 'pushed'"), u"1"_s);
    }

    void refusesAPlaceholderAndDismisses()
    {
        flywheel::ContentPanel panel;
        QSignalSpy loaded(&panel, &flywheel::ContentPanel::loaded);
        panel.showStore(m_store.path());
        QVERIFY(loaded.wait(20000));
        auto* suggestions = panel.findChild<QTableView*>(u"contentSuggestions"_s);
        auto* text = panel.findChild<QPlainTextEdit*>(u"contentText"_s);
        auto* why = panel.findChild<QTextBrowser*>(u"contentWhy"_s);
        auto* accept = panel.findChild<QPushButton*>(u"contentAccept"_s);
        auto* dismiss = panel.findChild<QPushButton*>(u"contentDismiss"_s);
        int row = -1;
        for (int r = 0; r < suggestions->model()->rowCount() && row < 0; ++r) {
            suggestions->selectRow(r);
            if (text->toPlainText().contains(u"[["_s))
                row = r;
        }
        QVERIFY2(row >= 0, "the demo store has an edit whose value nobody states");
        const QString before = current("SELECT count(*) FROM recommendations WHERE status = 'accepted'");
        accept->click();
        QTRY_VERIFY_WITH_TIMEOUT(why->toPlainText().contains(u"marked [[ ]]"_s) && accept->isEnabled(), 20000);
        QCOMPARE(current("SELECT count(*) FROM recommendations WHERE status = 'accepted'"), before);

        QSignalSpy changed(&panel, &flywheel::StagePanel::actionsChanged);
        dismiss->click();
        QVERIFY(changed.wait(20000));
        QCOMPARE(
            current("SELECT count(*) FROM recommendations WHERE stage = 'content' AND status = 'dismissed'"), u"1"_s);
    }

private:
    /// One value read on a connection of its own: the panel writes from another one, and the test's own
    /// connection may still hold a read from before.
    QString current(std::string_view sql) const
    {
        auto db = flywheel::openStore(m_store.path());
        if (!db)
            return {};
        auto select = db->prepare(sql);
        return select && select->step().value_or(false) ? select->text(0) : QString();
    }

    TempStore m_store;
};

QTEST_MAIN(TestContentPanel)
#include "test_contentpanel.moc"
