// Desktop responsiveness on a store: how long from opening it to an interactive home screen, how
// long a switch between pages takes, and the longest the event loop stalls while the wheel runs.
// Goals: <= 1 s, <= 100 ms (median), <= 50 ms.
//
//   bench_ui [--scale small|medium|large] [--switches N] [STORE]
//
// Without STORE it builds the demo store at the given scale (default medium) in a temporary
// folder first. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "Dialogs.h"
#include "MainWindow.h"
#include "ProcessSetup.h"
#include "WorkerPool.h"
#include "demo/DemoStore.h"
#include "shell/PipelineRunner.h"
#include "shell/StoreShell.h"
#include "store/Schema.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Records the longest gap between ticks of a 5 ms timer: how long the event loop was busy.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.restart();
            m_longest = std::max(m_longest, gap);
            if (gap > kReportedGapMs)
                m_gaps.append(QStringLiteral("%1 ms at %2 ms").arg(gap).arg(m_since.elapsed() - gap));
        });
    }
    void start()
    {
        m_longest = 0;
        m_gaps.clear();
        m_since.start();
        m_clock.start();
        m_timer.start();
    }
    /// The stalls over the goal, with when they began (ms after start()), to tell causes apart.
    [[nodiscard]] QString gaps() const { return m_gaps.join(QStringLiteral(", ")); }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    static constexpr qint64 kReportedGapMs = 50;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    QStringList m_gaps;
};

/// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// Until every background read has been delivered.
void waitUntilQuiet()
{
    waitFor(
        [] {
            return QThreadPool::globalInstance()->activeThreadCount() == 0
                && flywheel::storeWorkers()->activeThreadCount() == 0;
        },
        10 * 60 * 1000);
    QCoreApplication::processEvents();
}

QString buildDemoStore(const QString& folder, flywheel::demo::Scale scale)
{
    QElapsedTimer clock;
    clock.start();
    const QString path = QDir(folder).filePath(QStringLiteral("demo-store.flywheel"));
    auto db = flywheel::openStore(path);
    if (!db) {
        out() << "Could not create the store: " << db.error().describe() << Qt::endl;
        return {};
    }
    flywheel::demo::DemoOptions options;
    options.scale = scale;
    options.outDir = QDir(folder).filePath(QStringLiteral("files"));
    if (auto built = flywheel::demo::createDemoStore(*db, options); !built) {
        out() << "Could not build the demo store: " << built.error().describe() << Qt::endl;
        return {};
    }
    auto lines = db->scalar("SELECT count(*) FROM order_lines");
    out() << "demo store built in " << clock.elapsed() / 1000.0 << " s (" << lines.value_or(-1) << " order lines)"
          << Qt::endl;
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    flywheel::prepareProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("store"), QStringLiteral("Store to open instead of a demo store"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
        QStringLiteral("Demo store size: small, medium, large"), QStringLiteral("SCALE"), QStringLiteral("medium"));
    const QCommandLineOption switchesOption(QStringLiteral("switches"),
        QStringLiteral("Rounds through every page (default 5)"), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(scaleOption);
    parser.addOption(switchesOption);
    parser.process(app);
    flywheel::Dialogs::setNonInteractive(true);

    QTemporaryDir folder;
    QString store = parser.positionalArguments().value(0);
    if (store.isEmpty()) {
        const auto scale = flywheel::demo::scaleFromName(parser.value(scaleOption));
        if (!scale) {
            out() << "Unknown scale " << parser.value(scaleOption) << Qt::endl;
            return 2;
        }
        store = buildDemoStore(folder.path(), *scale);
        if (store.isEmpty())
            return 1;
    }
    out() << "store: " << QFileInfo(store).absoluteFilePath() << Qt::endl;

    flywheel::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    flywheel::StoreShell* shell = window.shell();
    StallProbe probe;

    // 1. Open → home screen showing the store's overview (painted).
    bool homeShown = false;
    QObject::connect(shell, &flywheel::StoreShell::overviewChanged, &window, [&homeShown] { homeShown = true; });
    QElapsedTimer clock;
    probe.start();
    clock.start();
    window.openStore(store);
    if (!waitFor([&] { return homeShown; }, 10 * 60 * 1000)) {
        out() << "the home screen never showed the store" << Qt::endl;
        return 1;
    }
    window.repaint();
    const qint64 openMs = clock.elapsed();
    const qint64 openStall = probe.stop();
    out() << "open -> interactive home: " << openMs << " ms (goal <= 1000); longest stall meanwhile " << openStall
          << " ms" << Qt::endl;
    waitUntilQuiet();

    // 2. Page switches: the switch itself plus a full repaint of the window. A page read for the
    // first time starts its read in the background; the loop waits for it before the next switch
    // and reports the longest stall its results caused.
    std::vector<qint64> switches;
    qint64 loadStall = 0;
    const int rounds = std::max(1, parser.value(switchesOption).toInt());
    for (int round = 0; round < rounds; ++round) {
        for (int page = 0; page < flywheel::StoreShell::kPageCount; ++page) {
            const int target = (page + 1) % flywheel::StoreShell::kPageCount;
            QElapsedTimer switchClock;
            switchClock.start();
            shell->showPage(target);
            window.repaint();
            switches.push_back(switchClock.elapsed());
            probe.start();
            waitUntilQuiet();
            loadStall = std::max(loadStall, probe.stop());
        }
    }
    std::sort(switches.begin(), switches.end());
    out() << "page switch: median " << switches[switches.size() / 2] << " ms, slowest " << switches.back()
          << " ms over " << switches.size() << " switches (goal <= 100); longest stall while pages load " << loadStall
          << " ms" << Qt::endl;

    // 3. The whole pipeline, with the home screen in view.
    shell->showPage(flywheel::StoreShell::kHomePage);
    waitUntilQuiet();
    const QStringList stages = flywheel::PipelineRunner::stageNames();
    if (stages.isEmpty()) {
        out() << "pipeline: this build has no stages; nothing to run" << Qt::endl;
        return 0;
    }
    auto* run = window.findChild<QAction*>(QStringLiteral("actionRunPipeline"));
    bool ran = false;
    QObject::connect(run, &QAction::enabledChanged, &window, [&ran](bool enabled) { ran = ran || enabled; });
    probe.start();
    clock.restart();
    run->trigger();
    waitFor([&] { return ran; }, 60 * 60 * 1000);
    const qint64 runMs = clock.elapsed();
    waitUntilQuiet();
    const qint64 refreshMs = clock.elapsed() - runMs;
    const qint64 stall = probe.stop();
    out() << "pipeline (" << stages.join(QStringLiteral(", ")) << "): " << runMs / 1000.0 << " s, then " << refreshMs
          << " ms to show the results; longest event-loop stall " << stall << " ms (goal <= 50)" << Qt::endl;
    if (!probe.gaps().isEmpty())
        out() << "  stalls over 50 ms: " << probe.gaps() << Qt::endl;
    return 0;
}
