#include "demo/DemoStore.h"

#include "demo/Catalog.h"
#include "demo/Files.h"
#include "demo/History.h"
#include "demo/Inventory.h"
#include "demo/Orders.h"

#include <QDir>

#include <functional>

namespace flywheel::demo {

namespace {
struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
};

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, DemoText::tr("Creating the demo store was cancelled."), {}, 0, {}};
}

/// One export file: where it goes in the import order, and how it is written.
struct FileStep {
    QString name;
    int toPermille;
    std::function<Result<void>(const QString&, PhaseProgress&)> write;
};
} // namespace

ScaleSpec specFor(Scale scale)
{
    switch (scale) {
    case Scale::Medium:
        return {2, 2000, 0, 100000, 0.05, 0.04};
    case Scale::Large:
        // A busy help desk (over 100,000 tickets in three years): the volume the Service stage must
        // analyse in seconds.
        return {3, 0, 50000, 1000000, 0.25, 0.03};
    case Scale::Small:
        break;
    }
    return {1, 200, 0, 5000, 0.08, 0.06};
}

Result<World> buildHistory(const DemoOptions& options, PhaseProgress& phases, int fromPermille, int toPermille)
{
    const ScaleSpec spec = specFor(options.scale);
    auto calendar = Calendar::create(spec.years);
    if (!calendar)
        return std::unexpected(calendar.error());
    World world(options, spec, std::move(*calendar));

    const int catalogDone = fromPermille + (toPermille - fromPermille) / 15;
    phases.begin(fromPermille, catalogDone);
    Random catalogRandom(options.seed, CatalogStream);
    buildCatalog(world, catalogRandom);
    if (phases.cancelled())
        return std::unexpected(cancelledError());

    phases.begin(catalogDone, toPermille);
    Random ordersRandom(options.seed, OrdersStream);
    if (auto simulated = simulateOrders(world, ordersRandom, phases); !simulated)
        return std::unexpected(simulated.error());
    return world;
}

QString scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Medium:
        return QStringLiteral("medium");
    case Scale::Large:
        return QStringLiteral("large");
    case Scale::Small:
        break;
    }
    return QStringLiteral("small");
}

std::optional<Scale> scaleFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1StringView("small"))
        return Scale::Small;
    if (key == QLatin1StringView("medium"))
        return Scale::Medium;
    if (key == QLatin1StringView("large"))
        return Scale::Large;
    return std::nullopt;
}

Result<DemoFiles> writeDemoFiles(const DemoOptions& options, Progress* progress)
{
    if (options.outDir.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    DemoText::tr("No folder was given for the demo store's files. Choose a folder and try again."));
    }
    const QDir dir(options.outDir);
    if (!QDir().mkpath(options.outDir)) {
        return fail(ErrorCode::Io, DemoText::tr("Could not create the folder %1 for the demo store's files. Check "
                                                "that you may write there.")
                                       .arg(options.outDir));
    }
    PhaseProgress phases(progress);
    auto history = buildHistory(options, phases, 0, 450);
    if (!history)
        return std::unexpected(history.error());
    World& world = *history;
    Random inventoryRandom(options.seed, InventoryStream);
    planInventory(world, inventoryRandom);

    Random ticketsRandom(options.seed, TicketsStream);
    Random reviewsRandom(options.seed, ReviewsStream);
    Random searchRandom(options.seed, SearchStream);
    // Listed in import order: the catalog before what refers to it, people before their orders.
    const std::vector<FileStep> steps = {
        {QStringLiteral("products_export.csv"), 500,
         [&](const QString& path, PhaseProgress&) { return writeProducts(world, path); }},
        {QStringLiteral("collections.csv"), 510,
         [&](const QString& path, PhaseProgress&) { return writeCollections(world, path); }},
        {QStringLiteral("customers_export.csv"), 560,
         [&](const QString& path, PhaseProgress&) { return writeCustomers(world, path); }},
        {QStringLiteral("orders_export.csv"), 880,
         [&](const QString& path, PhaseProgress& phase) { return writeOrders(world, path, phase); }},
        {QStringLiteral("inventory_export.csv"), 920,
         [&](const QString& path, PhaseProgress&) { return writeInventory(world, path); }},
        {QStringLiteral("tickets.csv"), 940,
         [&](const QString& path, PhaseProgress&) { return writeTickets(world, ticketsRandom, path); }},
        {QStringLiteral("reviews.csv"), 970,
         [&](const QString& path, PhaseProgress&) { return writeReviews(world, reviewsRandom, path); }},
        {QStringLiteral("search_terms.csv"), 990,
         [&](const QString& path, PhaseProgress&) { return writeSearchTerms(world, searchRandom, path); }},
    };
    DemoFiles files;
    int from = 450;
    for (const FileStep& step : steps) {
        if (phases.cancelled())
            return std::unexpected(cancelledError());
        phases.begin(from, step.toPermille);
        const QString path = dir.filePath(step.name);
        if (auto written = step.write(path, phases); !written)
            return std::unexpected(written.error());
        files.importOrder.append(path);
        from = step.toPermille;
    }
    phases.begin(from, 1000);
    files.groundTruth = dir.filePath(QStringLiteral("ground_truth.json"));
    if (auto written = writeGroundTruth(world, files.groundTruth); !written)
        return std::unexpected(written.error());
    phases.report(1.0);
    return files;
}

} // namespace flywheel::demo
