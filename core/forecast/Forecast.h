#pragma once

#include <QString>

#include <vector>

namespace flywheel::forecast {

/// Point forecasts and prediction ranges for the next `mean.size()` periods. Every vector has the
/// same length; lower95 <= lower80 <= upper80 <= upper95 at each step, and no value is NaN or
/// infinite (the forecaster guarantees it).
struct Forecast {
    QString model; ///< machine-readable model name: "ETS(M,Ad,N)", "theta", "croston", "combination", ...
    std::vector<double> mean;
    std::vector<double> lower80;
    std::vector<double> upper80;
    std::vector<double> lower95;
    std::vector<double> upper95;
    QString note; ///< translated remark when the history forced a simpler forecast or was repaired

    [[nodiscard]] int horizon() const { return int(mean.size()); }

    /// Replaces every value v at step h of the mean and of each range bound by change(h, v).
    template <typename Change> void transformAll(Change change)
    {
        for (std::vector<double>* values : { &mean, &lower80, &upper80, &lower95, &upper95 })
            for (size_t h = 0; h < values->size(); ++h)
                (*values)[h] = change(h, (*values)[h]);
    }
};

} // namespace flywheel::forecast
