#pragma once

#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace flywheel::cli {

/// Exit codes the README documents: 0 done, 1 done but rows were rejected, 2 refused or failed.
enum ExitCode { Ok = 0, SomeRejected = 1, Failed = 2 };

/// Everything a command reads: the parsed options and where it writes.
struct Invocation {
    const QCommandLineParser& parser;
    QStringList arguments; ///< positional arguments after the command name
    QTextStream& out;
    QTextStream& err;
    bool json = false;
};

/// Prints one JSON document on a line.
void printJson(Invocation& call, const QJsonValue& value);
/// Prints the error (as JSON too under --json) and returns Failed.
int reportError(Invocation& call, const Error& error);
/// Opens the store named by --db, migrating it; prints why when it cannot.
std::optional<Database> openDatabase(Invocation& call);

int runFormats(Invocation& call);
int runImport(Invocation& call);
int runStats(Invocation& call);
int runBatches(Invocation& call);
int runUndo(Invocation& call);
int runDemo(Invocation& call);
int runStages(Invocation& call);
int runActions(Invocation& call);
int runTickets(Invocation& call);
int runGaps(Invocation& call);
int runPush(Invocation& call);
int runForecast(Invocation& call);
int runBacktest(Invocation& call);
int runSearch(Invocation& call);
int runCustomers(Invocation& call);
int runClv(Invocation& call);
int runAccept(Invocation& call);
int runDismiss(Invocation& call);
int runOutcomes(Invocation& call);
int runReport(Invocation& call);
int runAnonymise(Invocation& call);

} // namespace flywheel::cli
