// Import speed: Flywheel's typed, validated, idempotent import of a Shopify orders export against
// the sqlite3 shell's raw `.import` of the same file into an untyped table, in the same run.
// Prints both times, their ratio (goal: <= 1.0), rows per second and peak memory.
//
//   bench_import [--orders FILE] [--scale small|medium|large] [--sqlite3 PATH]
//
// Without --orders it writes the demo store's orders export at the given scale (default large,
// about 1,000,000 line rows) into a temporary folder first.
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

} // namespace

int main(int argc, char* argv[])
{
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
    parser.addOptions({ordersOption, scaleOption, sqliteOption});
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

    // Flywheel: a fresh store, then the same file again (the idempotent path).
    resetPeakMemory();
    const QString storePath = work.filePath(QStringLiteral("bench.flywheel"));
    auto db = flywheel::openStore(storePath);
    if (!db) {
        out << db.error().describe() << '\n';
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto report = flywheel::importFile(*db, orders);
    const double flywheelSeconds = timer.elapsed() / 1000.0;
    const double peak = peakMemoryMiB();
    if (report.error) {
        out << report.error->describe() << '\n';
        return 2;
    }
    timer.restart();
    const auto again = flywheel::importFile(*db, orders);
    const double reimportSeconds = timer.elapsed() / 1000.0;

    // The sqlite3 shell: untyped table, all columns as text, one transaction.
    const QString rawPath = work.filePath(QStringLiteral("raw.db"));
    QProcess sqlite;
    timer.restart();
    sqlite.start(parser.value(sqliteOption), {rawPath, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' raw").arg(orders)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        out << "sqlite3 .import failed: " << sqlite.readAllStandardError() << '\n';
        return 2;
    }
    const double sqliteSeconds = timer.elapsed() / 1000.0;

    out << QStringLiteral("file: %1 (%2 MiB, %3 rows)\n").arg(orders).arg(megabytes, 0, 'f', 1).arg(report.rowsRead);
    out << QStringLiteral("flywheel import:     %1 s  (%2 rows/s, %3 MiB/s, peak memory %4 MiB)\n")
               .arg(flywheelSeconds, 0, 'f', 2)
               .arg(qint64(report.rowsRead / flywheelSeconds))
               .arg(megabytes / flywheelSeconds, 0, 'f', 1)
               .arg(peak, 0, 'f', 0);
    out << QStringLiteral("flywheel re-import:  %1 s  (%2 unchanged, %3 inserted)\n")
               .arg(reimportSeconds, 0, 'f', 2)
               .arg(again.unchanged)
               .arg(again.inserted);
    out << QStringLiteral("sqlite3 .import:     %1 s  (%2 rows/s)\n")
               .arg(sqliteSeconds, 0, 'f', 2)
               .arg(qint64(report.rowsRead / sqliteSeconds));
    out << QStringLiteral("ratio flywheel/sqlite3: %1 (goal <= 1.0)\n").arg(flywheelSeconds / sqliteSeconds, 0, 'f', 2);
    return 0;
}
