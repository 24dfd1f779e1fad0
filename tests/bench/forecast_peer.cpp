#include "forecast_peer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

namespace {
// Reads one history per line ("period value value ..."), writes one line per history: the
// seconds ets() and croston() took on it, then the ets() forecasts, then the croston() ones
// (NA where a method stopped with an error). Exit status 3: the forecast package is missing.
constexpr char kScript[] = R"(args <- commandArgs(trailingOnly = TRUE)
if (!suppressMessages(requireNamespace("forecast", quietly = TRUE))) quit(status = 3)
suppressPackageStartupMessages(library(forecast))
horizon <- as.integer(args[3])
timed <- function(fit) {
    started <- Sys.time()
    values <- tryCatch(as.numeric(suppressWarnings(fit())), error = function(e) rep(NA_real_, horizon))
    list(values = values, seconds = as.numeric(difftime(Sys.time(), started, units = "secs")))
}
histories <- readLines(args[1])
lines <- character(length(histories))
for (i in seq_along(histories)) {
    numbers <- scan(text = histories[i], quiet = TRUE)
    y <- ts(numbers[-1], frequency = numbers[1])
    smoothing <- timed(function() forecast(ets(y), h = horizon)$mean)
    intermittent <- timed(function() croston(y, h = horizon)$mean)
    lines[i] <- paste(c(smoothing$seconds, intermittent$seconds, smoothing$values, intermittent$values),
                      collapse = " ")
}
writeLines(lines, args[2])
)";

/// `count` numbers from `fields` starting at `first`; empty when any is not a number (R's NA).
std::vector<double> forecastFields(const QStringList& fields, qsizetype first, int count)
{
    std::vector<double> values;
    for (qsizetype i = first; i < first + count && i < fields.size(); ++i) {
        bool ok = false;
        const double value = fields[i].toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return {};
        values.push_back(value);
    }
    return int(values.size()) == count ? values : std::vector<double> {};
}
} // namespace

std::expected<PeerForecasts, QString> runRForecasts(std::span<const flywheel::forecast::Series> histories, int horizon)
{
    const QString install = QStringLiteral("install it with: apt-get install r-cran-forecast");
    QTemporaryDir folder;
    const QString script = folder.filePath(QStringLiteral("peer.R"));
    const QString input = folder.filePath(QStringLiteral("histories.txt"));
    const QString output = folder.filePath(QStringLiteral("forecasts.txt"));
    {
        QFile scriptFile(script);
        QFile inputFile(input);
        if (!folder.isValid() || !scriptFile.open(QIODevice::WriteOnly) || !inputFile.open(QIODevice::WriteOnly))
            return std::unexpected(QStringLiteral("cannot write the histories for R to a temporary folder"));
        scriptFile.write(kScript);
        QTextStream stream(&inputFile);
        for (const flywheel::forecast::Series& history : histories) {
            stream << history.period;
            for (const double value : history.values)
                stream << ' ' << QString::number(value, 'g', 17);
            stream << '\n';
        }
    }
    QElapsedTimer timer;
    timer.start();
    QProcess r;
    r.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    r.start(QStringLiteral("Rscript"), { script, input, output, QString::number(horizon) });
    if (!r.waitForStarted())
        return std::unexpected(QStringLiteral("Rscript is not on the PATH; ") + install);
    r.waitForFinished(-1);
    if (r.exitStatus() != QProcess::NormalExit || r.exitCode() == 3)
        return std::unexpected(QStringLiteral("R has no forecast package; ") + install);
    if (r.exitCode() != 0)
        return std::unexpected(QStringLiteral("Rscript stopped with exit code %1").arg(r.exitCode()));

    PeerForecasts peer;
    peer.wallSeconds = double(timer.nsecsElapsed()) * 1e-9;
    QFile outputFile(output);
    if (!outputFile.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("R wrote no forecasts"));
    QTextStream stream(&outputFile);
    while (!stream.atEnd()) {
        const QStringList fields = stream.readLine().split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 2)
            break;
        peer.etsSeconds += fields[0].toDouble();
        peer.crostonSeconds += fields[1].toDouble();
        peer.ets.push_back(forecastFields(fields, 2, horizon));
        peer.croston.push_back(forecastFields(fields, 2 + horizon, horizon));
    }
    if (peer.ets.size() != histories.size())
        return std::unexpected(
            QStringLiteral("R returned %1 forecasts for %2 histories").arg(peer.ets.size()).arg(histories.size()));
    return peer;
}
