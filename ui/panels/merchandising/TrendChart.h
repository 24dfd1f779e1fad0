#pragma once

#include "stages/merchandising/MerchandisingQueries.h"

#include <QChartView>

namespace flywheel {

/// One query's searches or one product's units per week over the last year, against the baseline
/// the Merchandising stage judged them by, with the weeks since the change began shaded.
class TrendChart : public QChartView {
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    /// Draws `series` under `title`; `valueName` names the counts ("Searches", "Units sold").
    /// nullptr draws an empty chart with `title` as the message.
    void showTrend(const merchandising::TrendSeries* series, const QString& title, const QString& valueName,
        std::optional<QDate> since = std::nullopt);
};

} // namespace flywheel
