#include "Commands.h"

#include "demo/DemoAdvance.h"
#include "demo/DemoStore.h"
#include "flywheel/Pipeline.h"
#include "io/Import.h"
#include "io/Importer.h"
#include "store/Batches.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flywheel::cli {

namespace {
struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QJsonObject reportJson(const ImportReport& report)
{
    QJsonObject object{{QStringLiteral("file"), report.file},
                       {QStringLiteral("format"), report.format.isEmpty() ? QJsonValue() : QJsonValue(report.format)},
                       {QStringLiteral("batch"), report.batch ? QJsonValue(qint64(report.batch)) : QJsonValue()},
                       {QStringLiteral("rows"), qint64(report.rowsRead)},
                       {QStringLiteral("inserted"), qint64(report.inserted)},
                       {QStringLiteral("updated"), qint64(report.updated)},
                       {QStringLiteral("unchanged"), qint64(report.unchanged)},
                       {QStringLiteral("rejected"), qint64(report.rejected)},
                       {QStringLiteral("rejects_file"),
                        report.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(report.rejectsFile)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
                       {QStringLiteral("error"), report.error ? QJsonValue(report.error->describe()) : QJsonValue()}};
    return object;
}

void printReport(Invocation& call, const ImportReport& report)
{
    if (call.json) {
        printJson(call, reportJson(report));
        return;
    }
    if (report.error) {
        call.err << CommandText::tr("%1: refused, nothing imported.\n  %2").arg(report.file, report.error->describe())
                 << Qt::endl;
        if (report.error->code == ErrorCode::UnknownFormat || report.error->code == ErrorCode::Format)
            call.err << CommandText::tr("  A column mapping is a small JSON file given with --mapping FILE; the README "
                                        "shows one.")
                     << Qt::endl;
        return;
    }
    call.out << CommandText::tr("%1 (%2) -> batch %3: %4 rows, %5 inserted, %6 updated, %7 unchanged, %8 rejected")
                    .arg(report.file, report.format)
                    .arg(report.batch)
                    .arg(report.rowsRead)
                    .arg(report.inserted)
                    .arg(report.updated)
                    .arg(report.unchanged)
                    .arg(report.rejected)
             << Qt::endl;
    if (!report.rejectsFile.isEmpty())
        call.out << CommandText::tr("  rejected rows and their reasons: %1").arg(report.rejectsFile) << Qt::endl;
    for (const QString& warning : report.warnings)
        call.out << CommandText::tr("  warning: %1").arg(warning) << Qt::endl;
}

int exitCodeFor(const ImportReport& report)
{
    return report.error ? Failed : report.rejected > 0 ? SomeRejected : Ok;
}
} // namespace

void printJson(Invocation& call, const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    call.out << document.toJson(QJsonDocument::Compact) << Qt::endl;
}

int reportError(Invocation& call, const Error& error)
{
    if (call.json) {
        printJson(call, QJsonObject{{QStringLiteral("error"), error.describe()}});
    }
    call.err << error.describe() << Qt::endl;
    return Failed;
}

/// Opens the store named by --db, migrating it; prints why when it cannot.
std::optional<Database> openDatabase(Invocation& call)
{
    const QString path = call.parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        reportError(call, Error{ErrorCode::InvalidArgument,
                                CommandText::tr("Name the store with --db STORE (a file; it is created when missing)."),
                                {}, 0, {}});
        return std::nullopt;
    }
    auto db = openStore(path);
    if (!db) {
        reportError(call, db.error());
        return std::nullopt;
    }
    return std::move(*db);
}


int runFormats(Invocation& call)
{
    QJsonArray formats;
    for (const FormatEntry& entry : importFormats()) {
        const auto importer = entry.create();
        QStringList required;
        for (const FieldSpec& field : importer->fields())
            if (field.required)
                required << fromView(field.headers.front());
        formats.append(QJsonObject{{QStringLiteral("name"), fromView(entry.name)},
                                   {QStringLiteral("platform"), fromView(importer->platform())},
                                   {QStringLiteral("title"), importer->title()},
                                   {QStringLiteral("direction"), QStringLiteral("read")},
                                   {QStringLiteral("required_columns"), QJsonArray::fromStringList(required)}});
    }
    formats.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("rejects")},
                               {QStringLiteral("platform"), QStringLiteral("flywheel")},
                               {QStringLiteral("title"), CommandText::tr("rejected rows with line and reason (CSV)")},
                               {QStringLiteral("direction"), QStringLiteral("write")},
                               {QStringLiteral("required_columns"), QJsonArray()}});
    // What `push --stage content` writes (core/io/export).
    formats.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("shopify-products-update")},
                               {QStringLiteral("platform"), QStringLiteral("shopify")},
                               {QStringLiteral("title"), CommandText::tr("Shopify product update: handle, title and "
                                                                         "the changed columns (CSV)")},
                               {QStringLiteral("direction"), QStringLiteral("write")},
                               {QStringLiteral("required_columns"), QJsonArray()}});
    formats.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("woocommerce-products-update")},
                               {QStringLiteral("platform"), QStringLiteral("woocommerce")},
                               {QStringLiteral("title"), CommandText::tr("WooCommerce product import: ID or SKU and "
                                                                         "the changed columns (CSV)")},
                               {QStringLiteral("direction"), QStringLiteral("write")},
                               {QStringLiteral("required_columns"), QJsonArray()}});
    formats.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("column-mapping")},
                               {QStringLiteral("platform"), QStringLiteral("flywheel")},
                               {QStringLiteral("title"), CommandText::tr("column mapping for unknown layouts (JSON)")},
                               {QStringLiteral("direction"), QStringLiteral("read")},
                               {QStringLiteral("required_columns"), QJsonArray()}});
    if (call.json) {
        printJson(call, formats);
        return Ok;
    }
    for (const QJsonValue& value : formats) {
        const QJsonObject format = value.toObject();
        call.out << QStringLiteral("%1  %2  %3\n")
                        .arg(format.value(QStringLiteral("name")).toString(), -24)
                        .arg(format.value(QStringLiteral("direction")).toString(), -6)
                        .arg(format.value(QStringLiteral("title")).toString());
    }
    call.out.flush();
    return Ok;
}

int runImport(Invocation& call)
{
    if (call.arguments.isEmpty())
        return reportError(call, Error{ErrorCode::InvalidArgument,
                                       CommandText::tr("Name the files to import: flywheel-cli --db STORE import FILE..."),
                                       {}, 0, {}});
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    ImportOptions options;
    options.formatName = call.parser.value(QStringLiteral("format"));
    options.rejectsDir = call.parser.value(QStringLiteral("rejects-dir"));
    if (call.parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(call.parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return reportError(call, Error{ErrorCode::InvalidArgument,
                                           CommandText::tr("--as-of takes a date such as 2026-10-31."), {}, 0, {}});
    }
    if (call.parser.isSet(QStringLiteral("mapping"))) {
        auto mapping = ColumnMapping::load(call.parser.value(QStringLiteral("mapping")));
        if (!mapping)
            return reportError(call, mapping.error());
        options.mapping = *mapping;
    }
    int exitCode = Ok;
    for (const QString& file : call.arguments) {
        const ImportReport report = importFile(*db, file, options);
        printReport(call, report);
        exitCode = std::max(exitCode, exitCodeFor(report));
    }
    return exitCode;
}

int runStats(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto counts = tableCounts(*db);
    if (!counts)
        return reportError(call, counts.error());
    QJsonObject object;
    for (const auto& [table, count] : *counts)
        object.insert(table, qint64(count));
    if (call.json) {
        printJson(call, object);
        return Ok;
    }
    for (const auto& [table, count] : *counts)
        call.out << QStringLiteral("%1 %2\n").arg(table, -18).arg(count);
    call.out.flush();
    return Ok;
}

int runBatches(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto batches = listBatches(*db);
    if (!batches)
        return reportError(call, batches.error());
    QJsonArray array;
    for (const ImportBatch& b : *batches) {
        array.append(QJsonObject{
            {QStringLiteral("batch"), qint64(b.id)},
            {QStringLiteral("file"), b.fileName},
            {QStringLiteral("file_hash"), b.fileHash},
            {QStringLiteral("format"), b.format},
            {QStringLiteral("platform"), b.platform},
            {QStringLiteral("started_at"), b.startedAt},
            {QStringLiteral("finished_at"), b.finishedAt},
            {QStringLiteral("rows"), qint64(b.rowsRead)},
            {QStringLiteral("inserted"), qint64(b.inserted)},
            {QStringLiteral("updated"), qint64(b.updated)},
            {QStringLiteral("unchanged"), qint64(b.unchanged)},
            {QStringLiteral("rejected"), qint64(b.rejected)},
            {QStringLiteral("rejects_file"), b.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(b.rejectsFile)},
            {QStringLiteral("undone_at"), b.undoneAt.isEmpty() ? QJsonValue() : QJsonValue(b.undoneAt)}});
    }
    if (call.json) {
        printJson(call, array);
        return Ok;
    }
    for (const ImportBatch& b : *batches) {
        call.out << CommandText::tr("%1  %2  %3  %4 rows (%5 new, %6 changed, %7 rejected)%8\n")
                        .arg(b.id, 4)
                        .arg(b.startedAt, b.format, QFileInfo(b.fileName).fileName())
                        .arg(b.rowsRead)
                        .arg(b.inserted)
                        .arg(b.updated)
                        .arg(b.rejected)
                        .arg(b.undoneAt.isEmpty() ? QString() : CommandText::tr("  undone %1").arg(b.undoneAt));
    }
    call.out.flush();
    return Ok;
}

int runUndo(Invocation& call)
{
    bool isNumber = false;
    const qint64 batch = call.arguments.value(0).toLongLong(&isNumber);
    if (call.arguments.size() != 1 || !isNumber)
        return reportError(call, Error{ErrorCode::InvalidArgument,
                                       CommandText::tr("Name one batch number: flywheel-cli --db STORE undo BATCH (see "
                                                       "\"batches\")."),
                                       {}, 0, {}});
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    if (auto ok = undoBatch(*db, batch); !ok)
        return reportError(call, ok.error());
    if (call.json)
        printJson(call, QJsonObject{{QStringLiteral("undone"), batch}});
    else
        call.out << CommandText::tr("Import batch %1 was taken out of the store.").arg(batch) << Qt::endl;
    return Ok;
}

namespace {
/// demo --advance WEEKS: the demo store's next weeks, written as export files and imported.
int runDemoAdvance(Invocation& call)
{
    bool isNumber = false;
    demo::AdvanceOptions options;
    options.weeks = call.parser.value(QStringLiteral("advance")).toInt(&isNumber);
    if (!isNumber)
        return reportError(call, Error{ErrorCode::InvalidArgument,
                                       CommandText::tr("--advance takes a whole number of weeks."), {}, 0, {}});
    options.outDir = call.parser.value(QStringLiteral("out"));
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    auto advanced = demo::advanceDemoStore(*db, options);
    if (!advanced)
        return reportError(call, advanced.error());
    int exitCode = Ok;
    QJsonArray imports;
    for (const ImportReport& report : advanced->imports) {
        exitCode = std::max(exitCode, exitCodeFor(report));
        if (call.json)
            imports.append(reportJson(report));
        else
            printReport(call, report);
    }
    const QString firstDay = advanced->firstDay.toString(Qt::ISODate);
    const QString lastDay = advanced->lastDay.toString(Qt::ISODate);
    if (call.json) {
        printJson(call, QJsonObject{{QStringLiteral("first_day"), firstDay},
                                    {QStringLiteral("last_day"), lastDay},
                                    {QStringLiteral("weeks"), advanced->weeks},
                                    {QStringLiteral("weeks_after_history"), advanced->weeksAfterHistory},
                                    {QStringLiteral("out_dir"), advanced->outDir},
                                    {QStringLiteral("ground_truth"), advanced->groundTruth},
                                    {QStringLiteral("orders"), advanced->orders},
                                    {QStringLiteral("order_lines"), advanced->orderLines},
                                    {QStringLiteral("new_customers"), advanced->newCustomers},
                                    {QStringLiteral("tickets"), advanced->tickets},
                                    {QStringLiteral("reviews"), advanced->reviews},
                                    {QStringLiteral("search_rows"), advanced->searchRows},
                                    {QStringLiteral("imports"), imports}});
        return exitCode;
    }
    call.out << CommandText::tr("The demo store's history now runs to %1, %n week(s) past the generated history.",
                                nullptr, advanced->weeksAfterHistory)
                    .arg(lastDay)
             << Qt::endl;
    call.out << CommandText::tr("From %1: %2 orders (%3 lines), %4 new customers, %5 tickets, %6 reviews and %7 "
                                "search report rows.")
                    .arg(firstDay)
                    .arg(advanced->orders)
                    .arg(advanced->orderLines)
                    .arg(advanced->newCustomers)
                    .arg(advanced->tickets)
                    .arg(advanced->reviews)
                    .arg(advanced->searchRows)
             << Qt::endl;
    call.out << CommandText::tr("Files and ground_truth.json are in %1").arg(advanced->outDir) << Qt::endl;
    return exitCode;
}
} // namespace

int runDemo(Invocation& call)
{
    if (call.parser.isSet(QStringLiteral("advance")))
        return runDemoAdvance(call);
    const auto scale = demo::scaleFromName(call.parser.value(QStringLiteral("scale")));
    if (!scale)
        return reportError(call, Error{ErrorCode::InvalidArgument,
                                       CommandText::tr("--scale takes small, medium or large."), {}, 0, {}});
    bool isNumber = false;
    const quint64 seed = call.parser.value(QStringLiteral("seed")).toULongLong(&isNumber);
    if (!isNumber)
        return reportError(call, Error{ErrorCode::InvalidArgument, CommandText::tr("--seed takes a whole number."), {}, 0, {}});
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    demo::DemoOptions options;
    options.scale = *scale;
    options.seed = seed;
    const QFileInfo store(call.parser.value(QStringLiteral("db")));
    options.outDir = call.parser.isSet(QStringLiteral("out"))
                         ? call.parser.value(QStringLiteral("out"))
                         : store.absoluteDir().filePath(store.completeBaseName() + QStringLiteral("-demo-files"));
    auto reports = demo::createDemoStore(*db, options);
    if (!reports)
        return reportError(call, reports.error());
    int exitCode = Ok;
    for (const ImportReport& report : *reports) {
        printReport(call, report);
        exitCode = std::max(exitCode, exitCodeFor(report));
    }
    if (!call.json)
        call.out << CommandText::tr("Demo files and ground_truth.json are in %1").arg(options.outDir) << Qt::endl;
    return exitCode;
}

int runStages(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    Pipeline pipeline(createStages());
    auto runs = pipeline.run(*db, call.parser.value(QStringLiteral("stage")), nullptr,
                             call.parser.value(QStringLiteral("seed")).toULongLong(),
                             call.parser.isSet(QStringLiteral("full")) ? Pipeline::Mode::Full
                                                                       : Pipeline::Mode::Incremental);
    if (!runs)
        return reportError(call, runs.error());
    QJsonArray array;
    int exitCode = Ok;
    for (const StageRun& run : *runs) {
        array.append(QJsonObject{{QStringLiteral("stage"), run.stage},
                                 {QStringLiteral("status"), run.status},
                                 {QStringLiteral("duration_ms"), qint64(run.durationMs)},
                                 {QStringLiteral("recommendations"), run.summary.recommendations},
                                 {QStringLiteral("headline"), run.summary.headline},
                                 {QStringLiteral("message"), run.message}});
        if (run.status != QStringLiteral("ok") && run.status != QStringLiteral("up_to_date"))
            exitCode = Failed;
    }
    if (call.json) {
        printJson(call, array);
        return exitCode;
    }
    if (runs->isEmpty())
        call.out << CommandText::tr("No analysis stages are installed in this version; imports and the data browser "
                                    "work without them.")
                 << Qt::endl;
    for (const StageRun& run : *runs)
        call.out << CommandText::tr("%1: %2 in %3 ms, %4 actions. %5")
                        .arg(run.stage, run.status)
                        .arg(run.durationMs)
                        .arg(run.summary.recommendations)
                        .arg(run.message.isEmpty() ? run.summary.headline : run.message)
                 << Qt::endl;
    return exitCode;
}

int runActions(Invocation& call)
{
    auto db = openDatabase(call);
    if (!db)
        return Failed;
    RecommendationQueue queue(*db);
    auto actions = queue.list(call.parser.value(QStringLiteral("stage")));
    if (!actions)
        return reportError(call, actions.error());
    QJsonArray array;
    for (const Recommendation& r : *actions) {
        array.append(QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                 {QStringLiteral("stage"), r.stage},
                                 {QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("title"), r.title},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("expected_effect"), r.expectedEffect},
                                 {QStringLiteral("metric"), r.metric},
                                 {QStringLiteral("window_days"), r.windowDays},
                                 {QStringLiteral("evidence"), r.evidence}});
    }
    if (call.json) {
        printJson(call, array);
        return Ok;
    }
    if (actions->isEmpty())
        call.out << CommandText::tr("No actions yet.") << Qt::endl;
    for (const Recommendation& r : *actions)
        call.out << QStringLiteral("%1  [%2/%3]  %4 — %5\n").arg(r.id, 5).arg(r.stage, r.status, r.title, r.expectedEffect);
    call.out.flush();
    return Ok;
}

} // namespace flywheel::cli
