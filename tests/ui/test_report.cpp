// The weekly report on the analysed demo store: every section, every stage, the momentum charts, the
// waiting actions (accepted first) and the outcomes in the HTML; a real PDF; a refused extension;
// and "Save weekly report…" in the window, which writes the file off the UI thread.
#include "TestSupport.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "WorkerPool.h"
#include "flywheel/Recommendation.h"
#include "flywheel/Stage.h"
#include "report/WeeklyReport.h"
#include "settings/Settings.h"
#include "stages/outcomes/OutcomeQueries.h"
#include "store/StoreDays.h"
#include "store/StoreSettings.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThreadPool>

using flywheel::test::TempStore;
using namespace Qt::StringLiterals;
namespace report = flywheel::report;

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void htmlShowsEverySection();
    void htmlFileIsTheSelfContainedPage();
    void writesAnA4Pdf();
    void refusesAnotherExtension();
    void savesFromTheWindow();

private:
    [[nodiscard]] QString value(const char* sql) { return m_store.value(sql); }

    TempStore m_store;
    const report::ReportOptions m_options { QLocale::c(), QDate(2026, 11, 24) };
    QString m_acceptedTitle;
    QString m_workedTitle;
    QString m_waitingTitle;
};

void TestReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    flywheel::Dialogs::setNonInteractive(true);
    QVERIFY(flywheel::test::createAnalysedDemo(m_store, u"outcomes"_s));
    flywheel::Database& db = m_store.db();
    QVERIFY(flywheel::StoreSettings::set(db, flywheel::settings::storeName, u"Linen & Loom"_s));

    // The wheel has run once, so each figure has one point; an earlier run gives one figure a line.
    QVERIFY(db.exec("INSERT INTO momentum (as_of, figure, value) SELECT date(as_of, '-7 days'), figure, value * 1.2 "
                    "FROM momentum WHERE figure = 'tickets_per_100_orders'"));

    // The owner accepted an action that would otherwise come last: it leads the list all the same.
    const QString accepted = value("SELECT id FROM recommendations WHERE status = 'new' ORDER BY confidence IS NULL "
                                   "DESC, confidence, evidence_strength LIMIT 1");
    m_acceptedTitle = value(qPrintable(u"SELECT title FROM recommendations WHERE id = %1"_s.arg(accepted)));
    flywheel::RecommendationQueue queue(db);
    QVERIFY(queue.setStatus(accepted.toLongLong(), u"accepted"_s));

    // Two pushed actions: one measured and improved, one still in its window.
    QVERIFY(db.exec("UPDATE recommendations SET status = 'pushed', pushed_at = '2026-09-01T09:00:00Z' WHERE id IN "
                    "(SELECT id FROM recommendations WHERE status = 'new' AND stage = 'search' ORDER BY id LIMIT 2)"));
    QVERIFY(db.exec("INSERT INTO outcomes (recommendation_id, stage, metric, window_days, start_day, status, "
                    "before_value, after_value, effect, effect_low, effect_high, improved, sample, measured_on) "
                    "SELECT min(id), 'search', 'zero_result_rate', 28, '2026-09-01', 'measured', 100, 40, -60, -75, "
                    "-45, 1, '{\"searches_after\": 50}', '2026-10-01' FROM recommendations WHERE status = 'pushed'"));
    QVERIFY(db.exec("INSERT INTO outcomes (recommendation_id, stage, metric, window_days, start_day) "
                    "SELECT max(id), 'search', 'zero_result_rate', 28, '2026-10-25' FROM recommendations "
                    "WHERE status = 'pushed'"));
    m_workedTitle = value("SELECT title FROM recommendations WHERE status = 'pushed' ORDER BY id LIMIT 1");
    m_waitingTitle = value("SELECT title FROM recommendations WHERE status = 'pushed' ORDER BY id DESC LIMIT 1");
}

void TestReport::htmlShowsEverySection()
{
    const auto html = report::reportHtml(m_store.db(), m_options);
    QVERIFY2(html, qPrintable(html ? QString() : html.error().describe()));

    QVERIFY(html->contains(u"Linen &amp; Loom"_s));
    const auto lastDay = flywheel::lastOrderDay(m_store.db());
    QVERIFY(lastDay && lastDay->isValid());
    QVERIFY(html->contains(u"Orders up to %1"_s.arg(QLocale::c().toString(*lastDay, QLocale::LongFormat))));

    const QStringList sections { u"The wheel"_s, u"Momentum"_s, u"Actions waiting for you"_s, u"Outcomes"_s };
    qsizetype previous = -1;
    for (const QString& section : sections) {
        const qsizetype at = html->indexOf(u"<h2>%1</h2>"_s.arg(section));
        QVERIFY2(at > previous, qPrintable(section));
        previous = at;
    }
    for (const auto& stage : flywheel::createStages()) {
        if (stage->name() != u"outcomes"_s)
            QVERIFY2(html->contains(u"<b>%1</b>"_s.arg(stage->title().toHtmlEscaped())), qPrintable(stage->title()));
    }

    // A chart for the figure with two runs, "one run so far" for the others.
    const auto momentum = flywheel::outcomes::loadMomentum(m_store.db());
    QVERIFY(momentum && momentum->size() > 1);
    QCOMPARE(html->count(u"<img src=\"data:image/png;base64,"_s), 1);
    QCOMPARE(html->count(u"one run so far"_s), momentum->size() - 1);

    const qsizetype actions = html->indexOf(u"<h2>Actions waiting for you</h2>"_s);
    const qsizetype accepted = html->indexOf(m_acceptedTitle.toHtmlEscaped(), actions);
    QVERIFY2(accepted > actions, qPrintable(m_acceptedTitle));
    auto newTitles = m_store.db().prepare("SELECT title FROM recommendations WHERE status = 'new'");
    QVERIFY(newTitles);
    QVERIFY(newTitles->forEachRow([&](const flywheel::Statement& row) {
        const qsizetype at = html->indexOf(row.text(0).toHtmlEscaped(), actions);
        QVERIFY2(at < 0 || at > accepted, qPrintable(row.text(0)));
    }));
    QVERIFY(html->contains(u"of %1 waiting actions"_s.arg(value("SELECT count(*) FROM recommendations WHERE status "
                                                                "IN ('new', 'accepted')")
                                                              .toInt())));

    const qsizetype outcomes = html->indexOf(u"<h2>Outcomes</h2>"_s);
    const qsizetype worked = html->indexOf(m_workedTitle.toHtmlEscaped(), outcomes);
    const qsizetype waiting = html->indexOf(m_waitingTitle.toHtmlEscaped(), outcomes);
    QVERIFY(worked > outcomes && waiting > worked);
    const qsizetype mark = html->indexOf(u"✓"_s, outcomes);
    QVERIFY(mark > outcomes && mark < worked);
    QVERIFY(html->contains(u"Measured once the history reaches %1"_s.arg(
        QLocale::c().toString(QDate(2026, 11, 22), QLocale::ShortFormat))));
}

void TestReport::htmlFileIsTheSelfContainedPage()
{
    const QString path = m_store.dir() + u"/report.html"_s;
    const auto written = report::writeReport(m_store.db(), path, m_options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
    QCOMPARE(page, *report::reportHtml(m_store.db(), m_options));
    // Nothing the page needs lives beside it.
    QVERIFY(!page.contains(u"src=\"chart"_s));
}

void TestReport::writesAnA4Pdf()
{
    const QString path = m_store.dir() + u"/report.pdf"_s;
    const auto written = report::writeReport(m_store.db(), path, m_options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 20 * 1024, QByteArray::number(pdf.size()));
    const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    QVERIFY(page.match(QString::fromLatin1(pdf)).hasMatch());
    // A4 in points.
    QVERIFY(pdf.contains("/MediaBox [0 0 595"));
}

void TestReport::refusesAnotherExtension()
{
    const QString path = m_store.dir() + u"/report.docx"_s;
    const auto written = report::writeReport(m_store.db(), path, m_options);
    QVERIFY(!written);
    QCOMPARE(written.error().code, flywheel::ErrorCode::InvalidArgument);
    QVERIFY(written.error().message.contains(u"report.docx"_s));
    QVERIFY(written.error().message.contains(u".html"_s) && written.error().message.contains(u".pdf"_s));
    QVERIFY(!QFile::exists(path));
}

void TestReport::savesFromTheWindow()
{
    flywheel::MainWindow window;
    QSignalSpy settled(&window, &flywheel::MainWindow::settled);
    window.openStore(m_store.path());
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() >= 1, 60000);
    auto* save = window.findChild<QAction*>(u"actionSaveReport"_s);
    QVERIFY(save && save->isEnabled());

    const QString path = m_store.dir() + u"/from-window.pdf"_s;
    flywheel::Dialogs::setNextSaveFileName(path);
    save->trigger();
    // The file appears whole, once written: the window stays free meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 60000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QTRY_VERIFY_WITH_TIMEOUT(flywheel::storeWorkers()->activeThreadCount() == 0, 60000);
}

QTEST_MAIN(TestReport)
#include "test_report.moc"
