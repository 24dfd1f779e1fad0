#pragma once

#include "stages/inventory/VariantForecasts.h"

#include <QChartView>

namespace flywheel {

/// One variant's demand on a time axis: the history (gaps where it was out of stock), the backtest's
/// forecast over the last weeks held out, and the forecast ahead with its 80 % and 95 % ranges.
class ForecastChart : public QChartView {
    Q_OBJECT

public:
    explicit ForecastChart(QWidget* parent = nullptr);

    /// Draws `variant` under `title`; nullptr draws an empty chart with `title` as the message.
    void showForecast(const inventory::VariantForecast* variant, const QString& title);

    /// Periods of history drawn: two years of weeks, or twelve weeks of days.
    static constexpr int kHistoryPeriods = 104;
};

} // namespace flywheel
