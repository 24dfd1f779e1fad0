#include "Commands.h"
#include "ProcessSetup.h"

#include "Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(FlywheelCli)
};
} // namespace

int main(int argc, char* argv[])
{
    flywheel::prepareProcess();
    // The report draws its document, charts and PDF with Qt Gui, which needs a QGuiApplication; the
    // other commands stay free of any display. Offscreen unless told otherwise, so reports can be
    // written on a server without one. (A stray "report" elsewhere on the line costs only that.)
    const bool drawsReport
        = std::any_of(argv + 1, argv + argc, [](const char* argument) { return std::strcmp(argument, "report") == 0; });
    if (drawsReport && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = drawsReport
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("flywheel-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Flywheel"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(flywheel::versionText()));
    // Messages in the computer's language (LANG, LC_ALL); otherwise English with its plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("flywheel"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/flywheel_en")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Flywheel's engine without the window: imports store exports, runs the analytics and lists the actions.\n\n"
        "Commands:\n"
        "  formats                       every format Flywheel reads\n"
        "  import FILE...                import export files into the store\n"
        "  stats                         row counts of the store's tables\n"
        "  batches                       the imports made so far\n"
        "  undo BATCH                    take one import back out of the store\n"
        "  demo                          create the demo store (files and store)\n"
        "  demo --advance WEEKS          the demo store's next weeks, reacting to the actions pushed so far\n"
        "  run                           run the stages of the wheel\n"
        "  actions                       list the recommended actions\n"
        "  tickets                       tickets with their sentiment, intent, tags, products and questions\n"
        "  gaps                          content gaps: what customers ask that product pages do not say\n"
        "  accept ID...                  accept actions\n"
        "  dismiss ID...                 dismiss actions (they return only when their evidence grows)\n"
        "  push (ID...|--accepted) --out DIR  write these actions, or every accepted one, as files to import, with "
        "a manifest\n"
        "  push --stage STAGE --out DIR  the same for the accepted actions of content, search, merchandising, "
        "inventory or promotions\n"
        "  outcomes                      what each pushed action did, or when it will be measured\n"
        "  report --out FILE             the weekly report as a web page (.html) or an A4 PDF (.pdf)\n"
        "  anonymise --out FILE          a copy of the store to share, with customers' emails, names, phones and "
        "addresses taken out\n"
        "  forecast --series FILE --horizon N  forecast each SKU of a date,sku,qty sales file (no store needed)\n"
        "  forecast [--sku SKU]          forecast the store's variants (--horizon in weeks)\n"
        "  backtest                      how each variant's forecast fared on its last weeks held out\n"
        "  search WORDS...               search the catalog as shoppers do (--explain shows why each result is there)\n"
        "  search --batch FILE           one query per line, one JSON line of results per query\n"
        "  customers                     each customer's segment, chance of still being a customer, expected orders "
        "and value\n"
        "  clv                           the fitted purchase and spend models' parameters"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db({QStringLiteral("db")}, CliText::tr("The store file to use (created when missing)."),
                                CliText::tr("STORE"));
    const QCommandLineOption json({QStringLiteral("json")}, CliText::tr("Print machine-readable JSON."));
    const QCommandLineOption format({QStringLiteral("format")}, CliText::tr("import: read the files as this format."),
                                    CliText::tr("NAME"));
    const QCommandLineOption mapping({QStringLiteral("mapping")},
                                     CliText::tr("import: a column mapping JSON file for a layout Flywheel does not "
                                                 "recognise."),
                                     CliText::tr("FILE"));
    const QCommandLineOption asOf({QStringLiteral("as-of")},
                                  CliText::tr("import: the day inventory levels were read (YYYY-MM-DD); default: the "
                                              "file's date."),
                                  CliText::tr("DATE"));
    const QCommandLineOption rejects({QStringLiteral("rejects-dir")},
                                     CliText::tr("import: where rejects files go (default: beside the store)."),
                                     CliText::tr("DIR"));
    const QCommandLineOption scale({QStringLiteral("scale")}, CliText::tr("demo: small, medium or large."),
                                   CliText::tr("SCALE"), QStringLiteral("small"));
    const QCommandLineOption seed({QStringLiteral("seed")}, CliText::tr("demo, run: the random seed."), CliText::tr("N"),
                                  QStringLiteral("42"));
    const QCommandLineOption outDir({QStringLiteral("out")},
                                    CliText::tr("demo: folder for the export files (default: beside the store); push: folder for "
                                                "the product files (default: the current folder); report: the file to "
                                                "write (.html or .pdf); anonymise: the copy to write."),
                                    CliText::tr("DIR"));
    const QCommandLineOption advance({QStringLiteral("advance")},
                                     CliText::tr("demo: write and import the demo store's next WEEKS weeks."),
                                     CliText::tr("WEEKS"));
    const QCommandLineOption stage({QStringLiteral("stage")}, CliText::tr("run, actions, push: only this stage."),
                                   CliText::tr("NAME"));
    const QCommandLineOption full({QStringLiteral("full")},
                                  CliText::tr("run: run every stage, even those with nothing new to read."));
    const QCommandLineOption accepted({QStringLiteral("accepted")}, CliText::tr("push: every accepted action."));
    const QCommandLineOption series({QStringLiteral("series")},
                                    CliText::tr("forecast: the sales file (CSV with date,sku,qty)."), CliText::tr("FILE"));
    const QCommandLineOption horizon({QStringLiteral("horizon")}, CliText::tr("forecast: how many periods ahead."),
                                     CliText::tr("N"), QStringLiteral("12"));
    const QCommandLineOption by({QStringLiteral("by")}, CliText::tr("forecast: day, week or month (default week)."),
                                CliText::tr("PERIOD"), QStringLiteral("week"));
    const QCommandLineOption sku({QStringLiteral("sku")}, CliText::tr("forecast: only the variants with this SKU."),
                                 CliText::tr("SKU"));
    const QCommandLineOption top({QStringLiteral("top")}, CliText::tr("search: how many results."), CliText::tr("N"),
                                 QStringLiteral("10"));
    const QCommandLineOption explain({QStringLiteral("explain")},
                                     CliText::tr("search: show which words, fields and rules gave each result its score."));
    const QCommandLineOption batch({QStringLiteral("batch")}, CliText::tr("search: a file with one query per line."),
                                   CliText::tr("FILE"));
    parser.addOptions({db, json, format, mapping, asOf, rejects, scale, seed, outDir, advance, stage, full, accepted, series, horizon, by, sku,
                       top, explain, batch});
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("What to do (see the list above)."));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << parser.helpText();
        return flywheel::cli::Failed;
    }
    const QString command = positional.takeFirst();
    flywheel::cli::Invocation call{parser, positional, out, err, parser.isSet(json)};

    using Runner = int (*)(flywheel::cli::Invocation&);
    const std::pair<const char*, Runner> commands[] = {
        {"formats", flywheel::cli::runFormats}, {"import", flywheel::cli::runImport},
        {"stats", flywheel::cli::runStats},     {"batches", flywheel::cli::runBatches},
        {"undo", flywheel::cli::runUndo},       {"demo", flywheel::cli::runDemo},
        {"run", flywheel::cli::runStages},      {"actions", flywheel::cli::runActions},
        {"tickets", flywheel::cli::runTickets}, {"gaps", flywheel::cli::runGaps},
        {"push", flywheel::cli::runPush},       {"forecast", flywheel::cli::runForecast},
        {"search", flywheel::cli::runSearch},   {"backtest", flywheel::cli::runBacktest},
        {"customers", flywheel::cli::runCustomers}, {"clv", flywheel::cli::runClv},
        {"accept", flywheel::cli::runAccept},   {"dismiss", flywheel::cli::runDismiss},
        {"outcomes", flywheel::cli::runOutcomes},   {"report", flywheel::cli::runReport},
        {"anonymise", flywheel::cli::runAnonymise},
    };
    for (const auto& [name, runner] : commands)
        if (command == QLatin1StringView(name))
            return runner(call);
    err << CliText::tr("Unknown command \"%1\". Run \"flywheel-cli --help\" for the list.").arg(command) << Qt::endl;
    return flywheel::cli::Failed;
}
