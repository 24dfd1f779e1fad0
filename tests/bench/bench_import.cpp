// Import speed: Flywheel's typed, validated, idempotent import of a Shopify orders export against
// the sqlite3 shell's raw `.import` of the same file into an untyped table, in the same run.
// Prints both times, their ratio (goal: <= 1.0), rows per second and peak memory.
//
//   bench_import [--orders FILE] [--scale small|medium|large] [--sqlite3 PATH] [--repeat N]
//
// Without --orders it writes the demo store's orders export at the given scale (default large,
// about 1,000,000 line rows) into a temporary folder first. The two imports take turns N times
// (default 3) and the medians are compared, because a shared machine's disk and CPU vary a lot
// from one run to the next.
#include "ProcessSetup.h"
#include "demo/DemoStore.h"
#include "io/Import.h"
#include "store/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

/// Peak resident memory of this process in MiB since the last reset (Linux; -1 elsewhere).
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// Lets the next peakMemoryMiB() measure only what follows (Linux clear_refs).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString spread(const std::vector<double>& values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("%1 s (runs %2–%3 s)").arg(median(values), 0, 'f', 2).arg(*low, 0, 'f', 2).arg(*high, 0, 'f', 2);
}

} // namespace

int main(int argc, char* argv[])
{
    flywheel::prepareProcess();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Shopify orders export to import."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Demo scale when no file is given."),
                                         QStringLiteral("SCALE"), QStringLiteral("large"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs of each import."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({ordersOption, scaleOption, sqliteOption, repeatOption});
    parser.process(app);

    QTemporaryDir work;
    QString orders = parser.value(ordersOption);
    if (orders.isEmpty()) {
        const auto scale = flywheel::demo::scaleFromName(parser.value(scaleOption));
        if (!scale) {
            out << "unknown scale\n";
            return 2;
        }
        QElapsedTimer timer;
        timer.start();
        flywheel::demo::DemoOptions options;
        options.scale = *scale;
        options.outDir = work.filePath(QStringLiteral("demo"));
        auto files = flywheel::demo::writeDemoFiles(options);
        if (!files) {
            out << files.error().describe() << '\n';
            return 2;
        }
        orders = QDir(options.outDir).filePath(QStringLiteral("orders_export.csv"));
        out << "demo files written in " << timer.elapsed() / 1000.0 << " s\n";
    }
    const double megabytes = double(QFileInfo(orders).size()) / (1024.0 * 1024.0);

    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    std::vector<double> flywheelRuns;
    std::vector<double> reimportRuns;
    std::vector<double> sqliteRuns;
    double peak = 0;
    flywheel::ImportReport report;
    flywheel::ImportReport again;
    for (int run = 0; run < repeat; ++run) {
        // Flywheel: a fresh store, then the same file again (the idempotent path).
        resetPeakMemory();
        const QString storePath = work.filePath(QStringLiteral("bench-%1.flywheel").arg(run));
        auto opened = flywheel::openStore(storePath);
        if (!opened) {
            out << opened.error().describe() << '\n';
            return 2;
        }
        std::optional<flywheel::Database> db(std::move(*opened));
        QElapsedTimer timer;
        timer.start();
        report = flywheel::importFile(*db, orders);
        flywheelRuns.push_back(timer.elapsed() / 1000.0);
        peak = std::max(peak, peakMemoryMiB());
        if (report.error) {
            out << report.error->describe() << '\n';
            return 2;
        }
        timer.restart();
        again = flywheel::importFile(*db, orders);
        reimportRuns.push_back(timer.elapsed() / 1000.0);
        db.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(storePath + suffix);

        // The sqlite3 shell: untyped table, all columns as text, one transaction.
        const QString rawPath = work.filePath(QStringLiteral("raw-%1.db").arg(run));
        QProcess sqlite;
        timer.restart();
        sqlite.start(parser.value(sqliteOption),
                     {rawPath, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' raw").arg(orders)});
        if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
            out << "sqlite3 .import failed: " << sqlite.readAllStandardError() << '\n';
            return 2;
        }
        sqliteRuns.push_back(timer.elapsed() / 1000.0);
        QFile::remove(rawPath);
    }
    const double flywheelSeconds = median(flywheelRuns);
    const double sqliteSeconds = median(sqliteRuns);

    out << QStringLiteral("file: %1 (%2 MiB, %3 rows)\n").arg(orders).arg(megabytes, 0, 'f', 1).arg(report.rowsRead);
    out << QStringLiteral("flywheel import:     %1  (%2 rows/s, %3 MiB/s, peak memory %4 MiB)\n")
               .arg(spread(flywheelRuns))
               .arg(qint64(report.rowsRead / flywheelSeconds))
               .arg(megabytes / flywheelSeconds, 0, 'f', 1)
               .arg(peak, 0, 'f', 0);
    out << QStringLiteral("flywheel re-import:  %1  (%2 unchanged, %3 inserted)\n")
               .arg(spread(reimportRuns))
               .arg(again.unchanged)
               .arg(again.inserted);
    out << QStringLiteral("sqlite3 .import:     %1  (%2 rows/s)\n")
               .arg(spread(sqliteRuns))
               .arg(qint64(report.rowsRead / sqliteSeconds));
    out << QStringLiteral("ratio of medians flywheel/sqlite3: %1 (goal <= 1.0)\n").arg(flywheelSeconds / sqliteSeconds, 0, 'f', 2);
    return 0;
}
