#include "demo/DemoAdvance.h"

#include "demo/AdvanceTruth.h"
#include "demo/DemoSettings.h"
#include "demo/Files.h"
#include "demo/History.h"
#include "demo/ImportFiles.h"
#include "store/StoreSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace flywheel::demo {

namespace {
struct AdvanceText {
    Q_DECLARE_TR_FUNCTIONS(DemoAdvance)
};

constexpr int kMaxWeeks = 520;
constexpr int kHistoryPermille = 350;
constexpr int kReadPermille = 400;
constexpr int kSimulatedPermille = 480;
constexpr qint64 kWrittenPermille = 560;

/// How the store was made and how far it has been advanced, from its settings.
struct DemoOrigin {
    DemoOptions options;
    int advancedWeeks = 0;
};

Result<DemoOrigin> readOrigin(Database& db)
{
    auto scale = StoreSettings::get(db, demoScaleSetting);
    auto seed = StoreSettings::get(db, demoSeedSetting);
    auto weeks = StoreSettings::get(db, advancedWeeksSetting);
    if (!scale || !seed || !weeks)
        return std::unexpected(!scale ? scale.error() : (!seed ? seed.error() : weeks.error()));
    const std::optional<Scale> parsed = scaleFromName(*scale);
    bool isNumber = false;
    const quint64 seedNumber = seed->toULongLong(&isNumber);
    if (scale->isEmpty() || !parsed || !isNumber) {
        return fail(ErrorCode::InvalidArgument,
            AdvanceText::tr("This store was not created as a demo store, so there is no demo world to "
                            "continue. Create a demo store (flywheel-cli --db NEW_STORE demo) and advance "
                            "that one."));
    }
    DemoOrigin origin;
    origin.options.scale = *parsed;
    origin.options.seed = seedNumber;
    origin.advancedWeeks = *weeks;
    return origin;
}

QString defaultFolder(const Database& db, int weeksAfterHistory)
{
    const QFileInfo store(db.path());
    return store.absoluteDir().filePath(
        QStringLiteral("%1-week-%2").arg(store.completeBaseName()).arg(weeksAfterHistory));
}

QDate dateOf(const Calendar& calendar, int day)
{
    return QDate::fromString(QString::fromStdString(calendar.date(day)), Qt::ISODate);
}

/// One export file of the period, in import order: the catalog before what refers to it, people
/// before their orders.
struct FileStep {
    QString name;
    std::function<Result<void>(const QString&)> write;
};

Result<QStringList> writeFiles(World& world, const PeriodDays& days, const QString& outDir, PhaseProgress& progress)
{
    const quint64 seed = world.options.seed;
    Random ticketsRandom(seed, advanceStream(days.firstWeek, AdvanceStream::Tickets));
    Random reviewsRandom(seed, advanceStream(days.firstWeek, AdvanceStream::Reviews));
    Random searchRandom(seed, advanceStream(days.firstWeek, AdvanceStream::Search));
    // The queries shoppers type are the history's: drawn again from a fresh stream like the one that drew them.
    Random historySearchRandom(seed, SearchStream);
    const std::vector<FileStep> steps = {
        { QStringLiteral("products_export.csv"), [&](const QString& path) { return writeProducts(world, path); } },
        { QStringLiteral("customers_export.csv"), [&](const QString& path) { return writeCustomers(world, path); } },
        { QStringLiteral("orders_export.csv"),
            [&](const QString& path) { return writeOrders(world, path, progress); } },
        { QStringLiteral("inventory_export.csv"), [&](const QString& path) { return writeInventory(world, path); } },
        { QStringLiteral("tickets.csv"),
            [&](const QString& path) { return writeTickets(world, ticketsRandom, path); } },
        { QStringLiteral("reviews.csv"),
            [&](const QString& path) { return writeReviews(world, reviewsRandom, path); } },
        { QStringLiteral("search_terms.csv"),
            [&](const QString& path) {
                return writeLaterSearchTerms(world, historySearchRandom, searchRandom, path);
            } },
    };
    const QDir dir(outDir);
    QStringList files;
    for (const FileStep& step : steps) {
        const QString path = dir.filePath(step.name);
        if (auto written = step.write(path); !written)
            return std::unexpected(written.error());
        files.append(path);
    }
    return files;
}

Result<void> recordAdvance(Database& db, int weeksAfterHistory, const PushedActions& actions)
{
    QJsonArray placed;
    for (const std::int64_t id : actions.placedReorders)
        placed.append(static_cast<qint64>(id));
    if (auto ok = StoreSettings::set(db, advancedWeeksSetting, weeksAfterHistory); !ok)
        return ok;
    return StoreSettings::set(
        db, reordersPlacedSetting, QString::fromUtf8(QJsonDocument(placed).toJson(QJsonDocument::Compact)));
}

void countPeriod(const World& world, AdvanceReport& report)
{
    report.orders = static_cast<qint64>(world.orders.size() - world.period.firstOrder);
    for (size_t o = world.period.firstOrder; o < world.orders.size(); ++o)
        report.orderLines += world.orders[o].lineCount;
    report.newCustomers = static_cast<qint64>(world.customers.size() - world.period.firstCustomer);
    report.tickets = static_cast<qint64>(world.ticketLabels.size());
    report.reviews = world.reviewCount;
    report.searchRows = world.searchRowCount;
}
} // namespace

Result<AdvanceReport> advanceDemoStore(Database& db, const AdvanceOptions& options, Progress* progress)
{
    if (options.weeks < 1 || options.weeks > kMaxWeeks) {
        return fail(ErrorCode::InvalidArgument,
            AdvanceText::tr("A demo store advances by 1 to %1 weeks at a time; %2 is outside that. Choose a "
                            "number of weeks in that range.")
                .arg(kMaxWeeks)
                .arg(options.weeks));
    }
    auto origin = readOrigin(db);
    if (!origin)
        return std::unexpected(origin.error());
    PhaseProgress phases(progress);
    auto history = buildHistory(origin->options, phases, 0, kHistoryPermille);
    if (!history)
        return std::unexpected(history.error());
    World& world = *history;

    const PeriodDays days { world.calendar.historyEnd() + 1 + origin->advancedWeeks * 7, origin->advancedWeeks,
        options.weeks };
    auto calendar = Calendar::create(world.spec.years, (origin->advancedWeeks + options.weeks) * 7);
    if (!calendar)
        return std::unexpected(calendar.error());
    world.calendar = std::move(*calendar);

    phases.begin(kHistoryPermille, kReadPermille);
    auto links = readStore(db, world, days.firstDay);
    if (!links)
        return std::unexpected(links.error());
    auto actions = readPushedActions(db, world, *links, days.firstDay, days.lastDay());
    if (!actions)
        return std::unexpected(actions.error());

    phases.begin(kReadPermille, kSimulatedPermille);
    auto outcome = simulatePeriod(world, *links, *actions, days, phases);
    if (!outcome)
        return std::unexpected(outcome.error());

    AdvanceReport report;
    report.weeks = options.weeks;
    report.weeksAfterHistory = origin->advancedWeeks + options.weeks;
    report.firstDay = dateOf(world.calendar, days.firstDay);
    report.lastDay = dateOf(world.calendar, days.lastDay());
    report.outDir = options.outDir.isEmpty() ? defaultFolder(db, report.weeksAfterHistory) : options.outDir;
    if (!QDir().mkpath(report.outDir)) {
        return fail(ErrorCode::Io,
            AdvanceText::tr("Could not create the folder %1 for the demo store's next files. "
                            "Check that you may write there, or choose another folder.")
                .arg(QDir::toNativeSeparators(report.outDir)));
    }
    phases.begin(kSimulatedPermille, kWrittenPermille);
    auto files = writeFiles(world, days, report.outDir, phases);
    if (!files)
        return std::unexpected(files.error());
    report.files = *files;
    report.groundTruth = QDir(report.outDir).filePath(QStringLiteral("ground_truth.json"));
    if (auto written = writeAdvanceTruth(world, *links, *actions, days, *outcome, report.groundTruth); !written)
        return std::unexpected(written.error());
    countPeriod(world, report);

    // Stock is counted as of the period's last day, like the history's as of its own.
    ImportOptions importOptions;
    importOptions.asOf = report.lastDay;
    auto imports = importDemoFiles(db, report.files, importOptions, progress, kWrittenPermille);
    if (!imports)
        return std::unexpected(imports.error());
    report.imports = *imports;
    if (auto ok = recordAdvance(db, report.weeksAfterHistory, *actions); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace flywheel::demo
