// What a killed, starved or crowded flywheel-cli leaves behind. A process killed at a random moment
// of an import or a run leaves a store that passes SQLite's integrity check, holds each import
// wholly or not at all, and takes the next import or run. A disk that fills up mid-import gives a
// clear error and leaves the store as it was. Two programs writing the same store at once (the
// desktop app and a scheduled command use the same store code) either both succeed or one says the
// store is busy, and the store stays whole.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using flywheel::Database;

namespace {
// Trials per command; FLYWHEEL_CRASH_TRIALS asks for more (the figures in the README use 50).
constexpr int kDefaultTrials = 12;
constexpr int kCommandTimeoutMs = 5 * 60 * 1000;
// A kill may land a little after the command would have finished, to cover its last steps too.
constexpr double kKillWindowFactor = 1.1;

using RowCounts = QMap<QString, qint64>;

struct Finished {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray err;
};

QString cliPath()
{
    return QStringLiteral(FLYWHEEL_CLI_PATH);
}

int trials()
{
    const int asked = qEnvironmentVariableIntValue("FLYWHEEL_CRASH_TRIALS");
    return asked > 0 ? asked : kDefaultTrials;
}

Finished runToEnd(QProcess& process)
{
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(kCommandTimeoutMs))
        qFatal("flywheel-cli did not finish");
    return Finished { process.exitCode(), process.exitStatus(), process.readAllStandardError() };
}

Finished cli(const QString& store, const QStringList& arguments)
{
    QProcess process;
    process.start(cliPath(), QStringList { QStringLiteral("--db"), store } + arguments);
    return runToEnd(process);
}

/// Starts flywheel-cli on `store` without waiting for it.
void start(QProcess& process, const QString& store, const QStringList& arguments)
{
    process.start(cliPath(), QStringList { QStringLiteral("--db"), store } + arguments);
    if (!process.waitForStarted())
        qFatal("flywheel-cli did not start");
}

/// Starts the command and kills it with SIGKILL after `delayMs`; true when it was still running.
bool killAfter(const QString& store, const QStringList& arguments, int delayMs)
{
    QProcess process;
    start(process, store, arguments);
    if (process.waitForFinished(delayMs))
        return false;
    process.kill();
    process.waitForFinished();
    return true;
}

/// Copies a closed store over `to`, dropping what a killed process left of the old one's
/// write-ahead log: replayed onto the new copy, it would not belong there.
void copyStore(const QString& from, const QString& to)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        qFatal("could not copy the store");
}
/// Copies `source` to `reference` and runs the command there to its end: the milliseconds it took,
/// or -1 when it failed.
qint64 uninterrupted(const QString& source, const QString& reference, const QStringList& arguments)
{
    copyStore(source, reference);
    QElapsedTimer clock;
    clock.start();
    return cli(reference, arguments).exitCode == 0 ? clock.elapsed() : -1;
}

/// A random moment to kill a command that takes `durationMs` when left alone.
int killDelay(qint64 durationMs)
{
    return QRandomGenerator::global()->bounded(static_cast<int>(durationMs * kKillWindowFactor) + 1);
}

/// Rows per table, or empty when the store cannot be read.
RowCounts rowCounts(const QString& store)
{
    auto db = Database::open(store, Database::Mode::ReadOnly);
    if (!db)
        return {};
    auto tables = db->prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    if (!tables)
        return {};
    RowCounts counts;
    while (auto row = tables->step()) {
        if (!*row)
            break;
        counts.insert(tables->text(0), 0);
    }
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        auto count = db->scalar("SELECT count(*) FROM " + flywheel::quoteIdentifier(it.key().toStdString()));
        it.value() = count ? *count : -1;
    }
    return counts;
}

/// The counts of the store's data, without the record of which imports were made.
RowCounts withoutBatchRecords(RowCounts counts)
{
    for (const char* table : { "import_batches", "batch_tables", "batch_journal" })
        counts.remove(QLatin1StringView(table));
    return counts;
}

QString integrity(const QString& store)
{
    auto db = Database::open(store, Database::Mode::ReadOnly);
    if (!db)
        return db.error().message;
    auto check = db->prepare("PRAGMA integrity_check");
    if (!check)
        return check.error().message;
    QStringList problems;
    while (auto row = check->step()) {
        if (!*row)
            break;
        problems << check->text(0);
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace

class TestResilience : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportsAreWhollyInOrOut();
    void killedRunsLeaveARunnableStore();
    void fullDiskMidImportKeepsTheStore();
    void twoWritersAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_demoFiles;
    QString m_catalogStore; ///< products and customers, no orders yet
    QString m_demoStore; ///< the whole small demo store, not yet analysed
};

void TestResilience::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), "flywheel-cli is not built");
    m_demoStore = m_dir.filePath(QStringLiteral("demo.flywheel"));
    m_demoFiles = m_dir.filePath(QStringLiteral("files"));
    const Finished demo = cli(m_demoStore,
        { QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--out"),
            m_demoFiles });
    QVERIFY2(demo.exitCode == 0, demo.err.constData());

    m_catalogStore = m_dir.filePath(QStringLiteral("catalog.flywheel"));
    const QDir files(m_demoFiles);
    const Finished catalog = cli(m_catalogStore,
        { QStringLiteral("import"), files.filePath(QStringLiteral("products_export.csv")),
            files.filePath(QStringLiteral("customers_export.csv")) });
    QVERIFY2(catalog.exitCode == 0, catalog.err.constData());
}

void TestResilience::killedImportsAreWhollyInOrOut()
{
    const QString orders = QDir(m_demoFiles).filePath(QStringLiteral("orders_export.csv"));
    const QStringList import { QStringLiteral("import"), orders };
    const RowCounts before = rowCounts(m_catalogStore);
    QVERIFY(!before.isEmpty());

    // The same import uninterrupted: what "wholly in" looks like, and how long it takes.
    const QString reference = m_dir.filePath(QStringLiteral("reference.flywheel"));
    const qint64 durationMs = uninterrupted(m_catalogStore, reference, import);
    QVERIFY(durationMs >= 0);
    const RowCounts after = rowCounts(reference);
    QVERIFY(after.value(QStringLiteral("order_lines")) > before.value(QStringLiteral("order_lines")));

    const QString trial = m_dir.filePath(QStringLiteral("trial.flywheel"));
    int killed = 0;
    int left = 0;
    int landed = 0;
    for (int i = 0; i < trials(); ++i) {
        copyStore(m_catalogStore, trial);
        const int delay = killDelay(durationMs);
        killed += killAfter(trial, import, delay) ? 1 : 0;
        QCOMPARE(integrity(trial), QStringLiteral("ok"));
        const RowCounts now = rowCounts(trial);
        QVERIFY2(now == before || now == after,
            qPrintable(QStringLiteral("trial %1 (killed after %2 ms) holds part of the import").arg(i).arg(delay)));
        (now == before ? left : landed) += 1;
        // The next import completes and gives the same data as an uninterrupted one (after a
        // committed kill it is recorded as one more, unchanged, batch).
        const Finished again = cli(trial, import);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(withoutBatchRecords(rowCounts(trial)), withoutBatchRecords(after));
    }
    qInfo("%d imports (%lld ms uninterrupted), %d killed before they finished; afterwards %d stores were unchanged "
          "and %d held the whole import, every one passed the integrity check and took the next import",
        trials(), durationMs, killed, left, landed);
}

void TestResilience::killedRunsLeaveARunnableStore()
{
    const QStringList run { QStringLiteral("run"), QStringLiteral("--full") };
    const QString reference = m_dir.filePath(QStringLiteral("reference-run.flywheel"));
    const qint64 durationMs = uninterrupted(m_demoStore, reference, run);
    QVERIFY(durationMs >= 0);

    const QString trial = m_dir.filePath(QStringLiteral("trial-run.flywheel"));
    int killed = 0;
    for (int i = 0; i < trials(); ++i) {
        copyStore(m_demoStore, trial);
        const int delay = killDelay(durationMs);
        killed += killAfter(trial, run, delay) ? 1 : 0;
        QCOMPARE(integrity(trial), QStringLiteral("ok"));
        const Finished next = cli(trial, run);
        QVERIFY2(next.exitCode == 0,
            qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3")
                           .arg(i)
                           .arg(delay)
                           .arg(QString::fromUtf8(next.err))));
        QCOMPARE(rowCounts(trial).value(QStringLiteral("recommendations")),
            rowCounts(reference).value(QStringLiteral("recommendations")));
    }
    qInfo("%d runs (%lld ms uninterrupted), %d killed mid-way; every store passed the integrity check and the "
          "next run completed with the same actions",
        trials(), durationMs, killed);
}

void TestResilience::fullDiskMidImportKeepsTheStore()
{
#ifndef Q_OS_UNIX
    QSKIP("The file-size limit that stands in for a full disk is a POSIX feature");
#else
    const QString store = m_dir.filePath(QStringLiteral("full.flywheel"));
    copyStore(m_catalogStore, store);
    const RowCounts before = rowCounts(store);
    // No file may grow past 1 MiB: the store's write-ahead log, where an import's pages go until it
    // commits, fills up part-way through the orders.
    constexpr rlim_t limit = 1024 * 1024;

    QProcess process;
    process.setChildProcessModifier([] {
        // A process over its limit is killed by SIGXFSZ; ignored, the write fails as on a full disk.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit size { limit, limit };
        setrlimit(RLIMIT_FSIZE, &size);
    });
    process.start(cliPath(),
        { QStringLiteral("--db"), store, QStringLiteral("import"),
            QDir(m_demoFiles).filePath(QStringLiteral("orders_export.csv")) });
    const Finished full = runToEnd(process);
    QCOMPARE(full.status, QProcess::NormalExit);
    QVERIFY(full.exitCode != 0);
    QVERIFY2(full.err.contains("disk"), full.err.constData());
    qInfo("A full disk mid-import: %s", full.err.trimmed().constData());

    QCOMPARE(integrity(store), QStringLiteral("ok"));
    QCOMPARE(rowCounts(store), before);
#endif
}

void TestResilience::twoWritersAtOnce()
{
    const QString orders = QDir(m_demoFiles).filePath(QStringLiteral("orders_export.csv"));
    const QString store = m_dir.filePath(QStringLiteral("shared.flywheel"));
    const int rounds = std::max(2, trials() / 4);
    int bothSucceeded = 0;
    int oneWasBusy = 0;
    for (int i = 0; i < rounds; ++i) {
        copyStore(m_demoStore, store);
        // A run writes stage by stage while an import of the orders holds the store for its whole transaction.
        QProcess run;
        QProcess import;
        start(run, store, { QStringLiteral("run"), QStringLiteral("--full") });
        QTest::qWait(QRandomGenerator::global()->bounded(1500));
        start(import, store, { QStringLiteral("import"), orders });
        for (const Finished& finished : { runToEnd(run), runToEnd(import) }) {
            QCOMPARE(finished.status, QProcess::NormalExit);
            if (finished.exitCode != 0) {
                QVERIFY2(finished.err.contains("busy"), finished.err.constData());
                ++oneWasBusy;
            }
        }
        bothSucceeded += run.exitCode() == 0 && import.exitCode() == 0 ? 1 : 0;
        QCOMPARE(integrity(store), QStringLiteral("ok"));
        const Finished next = cli(store, { QStringLiteral("run") });
        QVERIFY2(next.exitCode == 0, next.err.constData());
    }
    qInfo("%d rounds of a run and an import on one store at once: both succeeded %d times, %d commands said "
          "the store was busy; every store passed the integrity check and took the next run",
        rounds, bothSucceeded, oneWasBusy);
}

QTEST_GUILESS_MAIN(TestResilience)
#include "test_resilience.moc"
