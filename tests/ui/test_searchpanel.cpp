// The Search panel on the analysed demo store: a misspelt query finds jackets and says it read a
// typo, the reported searches list what the demo store does not carry, a selected search is tried,
// queueing a fix accepts its action, and an owner's synonym group is checked, written and used by
// the next search.
#include "TestSupport.h"

#include "panels/SearchPanel.h"
#include "panels/search/LiveSearch.h"
#include "panels/search/SearchTriage.h"
#include "panels/search/SynonymGroups.h"
#include "settings/UiLanguage.h"
#include "store/Schema.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 20000;

/// The product titles the results table shows, best first.
QStringList resultTitles(const flywheel::SearchPanel& panel)
{
    QStringList titles;
    if (const auto* results = panel.findChild<QTableView*>(u"searchResults"_s)) {
        for (int row = 0; row < results->model()->rowCount(); ++row)
            titles << results->model()->index(row, 0).data().toString();
    }
    return titles;
}

bool allMention(const QStringList& titles, const QString& word)
{
    return !titles.isEmpty() && std::all_of(titles.begin(), titles.end(), [&](const QString& t) {
        return t.contains(word, Qt::CaseInsensitive);
    });
}

/// Types `query` into the search box as the owner would and waits for its results.
void typeQuery(flywheel::SearchPanel& panel, const QString& query)
{
    auto* box = panel.findChild<QLineEdit*>(u"searchBox"_s);
    auto* live = panel.findChild<flywheel::LiveSearch*>();
    QVERIFY(box && live);
    box->clear();
    QSignalSpy searched(live, &flywheel::LiveSearch::searched);
    QTest::keyClicks(box, query);
    QVERIFY(searched.wait(kTimeoutMs));
}

/// Shows the filter entry whose data is `codes` ("not_carried", "typo", ...).
void showOnly(flywheel::SearchPanel& panel, const QString& codes)
{
    auto* filter = panel.findChild<QComboBox*>(u"searchTriageFilter"_s);
    QVERIFY(filter);
    const int index = filter->findData(codes);
    QVERIFY2(index >= 0, qPrintable(codes));
    filter->setCurrentIndex(index);
}
} // namespace

class TestSearchPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(flywheel::test::createAnalysedDemo(m_store, u"search"_s));
    }

    void aTypoFindsJacketsAndSaysSo()
    {
        flywheel::SearchPanel panel;
        QVERIFY(load(panel));
        typeQuery(panel, u"jakcet"_s);
        const QStringList titles = resultTitles(panel);
        QVERIFY2(titles.size() >= 3 && allMention(titles.mid(0, 3), u"jacket"_s), qPrintable(titles.join(u" | ")));
        const QString understood = panel.findChild<QLabel*>(u"searchUnderstood"_s)->text();
        QVERIFY2(understood.contains(u"“jakcet” read as “jacket”, a typo"_s), qPrintable(understood));
        QVERIFY(panel.findChild<QListWidget*>(u"searchExplanation"_s)->count() > 0);
    }

    void unknownWordsAndPriceLimitsAreSaid()
    {
        flywheel::SearchPanel panel;
        QVERIFY(load(panel));
        typeQuery(panel, u"jacket under 100 zzqx "_s);
        const QString understood = panel.findChild<QLabel*>(u"searchUnderstood"_s)->text();
        QVERIFY2(understood.contains(u"Nothing in your catalog is called “zzqx”."_s), qPrintable(understood));
        QVERIFY2(understood.contains(u"Priced at most"_s), qPrintable(understood));
    }

    void reportedSearchesListWhatIsNotCarried()
    {
        flywheel::SearchPanel panel;
        QVERIFY(load(panel));
        showOnly(panel, u"not_carried"_s);
        auto* triage = panel.findChild<QTableView*>(u"searchTriage"_s);
        QVERIFY(triage);
        const int notCarried = current("SELECT count(*) FROM search_diagnoses WHERE diagnosis = 'not_carried'").toInt();
        QVERIFY(notCarried > 0);
        QCOMPARE(triage->model()->rowCount(), notCarried);
        QStringList queries;
        for (int row = 0; row < notCarried; ++row) {
            queries << triage->model()->index(row, 0).data().toString();
            QCOMPARE(triage->model()->index(row, 2).data().toString(), flywheel::SearchTriage::tr("Not carried"));
        }
        QVERIFY2(queries.contains(u"kayak"_s), qPrintable(queries.join(u", ")));

        // Selecting one tries it in the search box.
        auto* live = panel.findChild<flywheel::LiveSearch*>();
        QSignalSpy searched(live, &flywheel::LiveSearch::searched);
        triage->selectRow(1);
        QCOMPARE(panel.findChild<QLineEdit*>(u"searchBox"_s)->text(), queries[1]);
        QVERIFY(searched.wait(kTimeoutMs));
    }

    void queueingATyposFixAcceptsItsAction()
    {
        flywheel::SearchPanel panel;
        QVERIFY(load(panel));
        showOnly(panel, u"typo"_s);
        auto* triage = panel.findChild<QTableView*>(u"searchTriage"_s);
        QVERIFY(triage);
        int row = -1;
        for (int r = 0; r < triage->model()->rowCount(); ++r) {
            if (triage->model()->index(r, 0).data().toString() == u"jakcet"_s)
                row = r;
        }
        QVERIFY2(row >= 0, "the demo store's reports misspell jacket");
        triage->selectRow(row);
        auto* queue = panel.findChild<QPushButton*>(u"searchQueueFix"_s);
        QVERIFY(queue && queue->isEnabled());
        QSignalSpy changed(&panel, &flywheel::StagePanel::actionsChanged);
        QSignalSpy loaded(&panel, &flywheel::SearchPanel::loaded);
        queue->click();
        QVERIFY(changed.wait(kTimeoutMs));
        QCOMPARE(current("SELECT count(*) FROM recommendations WHERE stage = 'search' AND kind = 'add-synonym' AND "
                         "status = 'accepted' AND subject_key LIKE '%jakcet%'"),
            u"1"_s);
        QVERIFY(loaded.wait(kTimeoutMs));
        QVERIFY(!queue->isEnabled()); // the reloaded row's action is queued
    }

    void anOwnersSynonymGroupIsUsedByTheNextSearch()
    {
        flywheel::SearchPanel panel;
        QVERIFY(load(panel));
        typeQuery(panel, u"jumper "_s);
        QVERIFY2(!allMention(resultTitles(panel), u"sweater"_s), qPrintable(resultTitles(panel).join(u" | ")));

        auto* words = panel.findChild<QLineEdit*>(u"synonymWords"_s);
        auto* add = panel.findChild<QPushButton*>(u"synonymAdd"_s);
        QVERIFY(words && add && add->isEnabled());
        words->setText(u"Jumper,  sweater"_s);
        QSignalSpy applied(&panel, &flywheel::SearchPanel::synonymsApplied);
        add->click();
        QVERIFY(applied.wait(kTimeoutMs));
        QCOMPARE(current("SELECT words || ' ' || origin FROM search_synonyms"), u"jumper, sweater owner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(allMention(resultTitles(panel).mid(0, 3), u"sweater"_s), kTimeoutMs);
        const QString understood = panel.findChild<QLabel*>(u"searchUnderstood"_s)->text();
        QVERIFY2(understood.contains(u"“jumper” also finds its synonym “sweater”"_s), qPrintable(understood));

        // A word already in a group is refused, and nothing is written.
        words->setText(u"sweater, pullover"_s);
        add->click();
        QVERIFY(panel.findChild<QLabel*>(u"synonymMessage"_s)->text().contains(u"already in the group"_s));
        QCOMPARE(current("SELECT count(*) FROM search_synonyms"), u"1"_s);
    }

    void ownersGroupsCanBeChangedAndDeleted()
    {
        flywheel::SearchPanel panel;
        QVERIFY(load(panel));
        auto* groups = panel.findChild<QTableView*>(u"synonymGroups"_s);
        auto* words = panel.findChild<QLineEdit*>(u"synonymWords"_s);
        auto* save = panel.findChild<QPushButton*>(u"synonymSave"_s);
        auto* remove = panel.findChild<QPushButton*>(u"synonymDelete"_s);
        QVERIFY(groups && words && save && remove);
        int owners = -1;
        for (int row = 0; row < groups->model()->rowCount(); ++row) {
            if (groups->model()->index(row, 0).data().toString() == u"jumper, sweater"_s)
                owners = row;
        }
        QVERIFY(owners >= 0);
        groups->selectRow(owners);
        QCOMPARE(words->text(), u"jumper, sweater"_s);
        QVERIFY(save->isEnabled() && remove->isEnabled());

        QSignalSpy applied(&panel, &flywheel::SearchPanel::synonymsApplied);
        words->setText(u"jumper, sweater, pullover"_s);
        save->click();
        QVERIFY(applied.wait(kTimeoutMs));
        QCOMPARE(current("SELECT words FROM search_synonyms"), u"jumper, sweater, pullover"_s);

        groups->selectRow(owners);
        remove->click();
        QVERIFY(applied.wait(kTimeoutMs));
        QCOMPARE(current("SELECT count(*) FROM search_synonyms"), u"0"_s);
    }

    void groupLimits_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("two synonyms") << u"jumper, sweater"_s << true;
        QTest::newRow("one word") << u"jumper"_s << false;
        QTest::newRow("repeats fold away") << u"Jumper, jumper "_s << false;
        QTest::newRow("five words") << u"one two three four five, jumper"_s << true;
        QTest::newRow("six words") << u"one two three four five six, jumper"_s << false;
        QStringList twenty;
        for (int i = 0; i < 20; ++i)
            twenty << u"word%1"_s.arg(i);
        QTest::newRow("twenty synonyms") << twenty.join(u',') << true;
        QTest::newRow("twenty-one synonyms") << (twenty.join(u',') + u",word20"_s) << false;
        QTest::newRow("word in another group") << u"tee, t-shirt"_s << false;
    }

    void groupLimits()
    {
        QFETCH(QString, group);
        QFETCH(bool, accepted);
        const QList<flywheel::SynonymGroup> others { { 7, { u"tee"_s, u"tshirt"_s },
            flywheel::SynonymGroup::Origin::Owner } };
        const QString problem = flywheel::SynonymGroups::problem(flywheel::SynonymGroups::parse(group), others);
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void screenshot()
    {
        const QString folder = qEnvironmentVariable("FLYWHEEL_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("Set FLYWHEEL_SCREENSHOTS to a folder to write a picture of the panel there");
        flywheel::UiLanguage::apply(u"en"_s); // the owner's plural forms and money format
        flywheel::SearchPanel panel;
        panel.resize(1280, 860);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(load(panel));
        auto* triage = panel.findChild<QTableView*>(u"searchTriage"_s);
        auto* live = panel.findChild<flywheel::LiveSearch*>();
        QSignalSpy searched(live, &flywheel::LiveSearch::searched);
        for (int row = 0; row < triage->model()->rowCount(); ++row) {
            if (triage->model()->index(row, 0).data().toString() == u"sweter"_s)
                triage->selectRow(row);
        }
        QVERIFY(searched.wait(kTimeoutMs));
        // The reading of the query grows by a few lines: painted once the layout has made room.
        auto* understood = panel.findChild<QLabel*>(u"searchUnderstood"_s);
        QTRY_VERIFY(understood->height() >= understood->heightForWidth(understood->width()));
        QVERIFY(panel.grab().save(folder + u"/panel-search.png"_s));
    }

private:
    /// Shows the test store in the panel and waits until its page and search are ready.
    bool load(flywheel::SearchPanel& panel)
    {
        QSignalSpy loaded(&panel, &flywheel::SearchPanel::loaded);
        panel.showStore(m_store.path());
        return loaded.wait(kTimeoutMs);
    }

    /// One value read on a connection of its own: the panel writes from another one.
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

QTEST_MAIN(TestSearchPanel)
#include "test_searchpanel.moc"
