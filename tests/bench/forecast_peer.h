#pragma once

#include "forecast/Series.h"

#include <QString>

#include <expected>
#include <span>
#include <vector>

/// Forecasts of R's forecast package for the same histories the engine is scored on: ets() (the
/// automatic exponential smoothing model) and croston(), fitted by one Rscript process that times
/// each fit itself, so R's start-up is not counted against it.
struct PeerForecasts {
    std::vector<std::vector<double>> ets; ///< per history; empty when ets() failed on it
    std::vector<std::vector<double>> croston; ///< per history; empty when croston() failed on it
    double etsSeconds = 0; ///< summed over the histories, fit and forecast
    double crostonSeconds = 0;
    double wallSeconds = 0; ///< the whole Rscript run, start-up and file exchange included
};

/// Runs R on `histories`, `horizon` periods ahead. Fails with a line for the report when Rscript
/// or its forecast package is missing, or R stopped with an error.
[[nodiscard]] std::expected<PeerForecasts, QString> runRForecasts(
    std::span<const flywheel::forecast::Series> histories, int horizon);
