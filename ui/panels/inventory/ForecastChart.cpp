#include "panels/inventory/ForecastChart.h"

#include "ChartTheme.h"
#include "forecast/Aggregation.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace flywheel {

namespace {
const QColor kHistoryColor(0x44, 0x4b, 0x55);
const QColor kForecastColor(0x2b, 0x74, 0xd0);
const QColor kBacktestColor(0xe0, 0x8a, 0x1e);

qreal at(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

/// A shaded range between two bounds over the forecast's periods, added to `chart`.
void addRangeBand(QChart* chart, const std::vector<qreal>& times, const std::vector<double>& lower,
    const std::vector<double>& upper, const QString& name, int alpha)
{
    auto* low = new QLineSeries;
    auto* high = new QLineSeries;
    for (size_t i = 0; i < times.size(); ++i) {
        low->append(times[i], lower[i]);
        high->append(times[i], upper[i]);
    }
    auto* band = new QAreaSeries(high, low);
    band->setName(name);
    chart->addSeries(band); // adding applies the chart theme's colours: ours go on after
    QColor fill = kForecastColor;
    fill.setAlpha(alpha);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
}
} // namespace

ForecastChart::ForecastChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setAccessibleName(tr("Demand history and forecast of the selected variant"));
    showForecast(nullptr, tr("Select a variant to see its forecast."));
}

void ForecastChart::showForecast(const inventory::VariantForecast* variant, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    if (variant && variant->forecast) {
        const inventory::DemandSeries& demand = variant->demand;
        const forecast::Forecast& ahead = *variant->forecast;
        const int periods = int(demand.series.values.size());
        const int first = std::max(0, periods - kHistoryPeriods);
        const auto periodStart
            = [&](int index) { return at(forecast::addPeriods(demand.firstPeriod, demand.frequency, index)); };
        double peak = 1;

        // History, broken where the variant was out of stock: those periods are not zero demand.
        std::vector<QLineSeries*> history;
        for (int i = first; i < periods; ++i) {
            const double value = demand.series.values[size_t(i)];
            if (!std::isfinite(value)) {
                history.push_back(nullptr);
                continue;
            }
            if (history.empty() || !history.back())
                history.push_back(new QLineSeries);
            history.back()->append(periodStart(i), value);
            peak = std::max(peak, value);
        }
        std::erase(history, nullptr);

        std::vector<qreal> times;
        for (int h = 0; h < ahead.horizon(); ++h)
            times.push_back(periodStart(periods + h));
        for (const double value : ahead.upper95)
            peak = std::max(peak, value);
        addRangeBand(chart, times, ahead.lower95, ahead.upper95, tr("95 % range"), 45);
        addRangeBand(chart, times, ahead.lower80, ahead.upper80, tr("80 % range"), 90);
        auto* mean = new QLineSeries;
        mean->setName(tr("Forecast"));
        for (size_t h = 0; h < times.size(); ++h)
            mean->append(times[h], ahead.mean[h]);
        chart->addSeries(mean);
        mean->setPen(QPen(kForecastColor, 2));

        for (size_t s = 0; s < history.size(); ++s) {
            history[s]->setName(tr("Sold"));
            chart->addSeries(history[s]);
            history[s]->setPen(QPen(kHistoryColor, 1.5));
            history[s]->setPointsVisible(true); // a week between two stockouts is a point, not a line
        }
        if (variant->backtestForecast) {
            const forecast::Forecast& backtest = *variant->backtestForecast;
            auto* held = new QLineSeries;
            held->setName(tr("Backtest"));
            for (int h = 0; h < backtest.horizon(); ++h) {
                held->append(periodStart(periods - backtest.horizon() + h), backtest.mean[size_t(h)]);
                peak = std::max(peak, backtest.mean[size_t(h)]);
            }
            chart->addSeries(held);
            held->setPen(QPen(kBacktestColor, 2, Qt::DashLine));
        }

        auto* time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("MMM yyyy"));
        time->setTickCount(5);

        auto* quantity = new QValueAxis;
        quantity->setLabelFormat(peak < 4 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        quantity->setTitleText(
            demand.frequency == forecast::Frequency::Daily ? tr("Units per day") : tr("Units per week"));
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(quantity, Qt::AlignLeft);
        for (QAbstractSeries* series : chart->series()) {
            series->attachAxis(time);
            series->attachAxis(quantity);
        }
        // Attaching narrows the axes to the last series attached: from the first period drawn to the
        // end of the forecast, and from zero to the highest value, set once all are attached.
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(periodStart(first))),
            QDateTime::fromMSecsSinceEpoch(qint64(times.empty() ? periodStart(periods) : times.back())));
        quantity->setRange(0, std::ceil(peak * 1.1));
        quantity->applyNiceNumbers();
        // One legend entry for the history, however many stretches it has.
        bool historyShown = false;
        for (QLegendMarker* marker : chart->legend()->markers()) {
            if (marker->label() != tr("Sold"))
                continue;
            marker->setVisible(!historyShown);
            historyShown = true;
        }
        chart->legend()->setAlignment(Qt::AlignTop);
    } else {
        chart->legend()->hide();
    }
    applyChartTheme(chart, palette());
    QChart* previous = this->chart();
    setChart(chart);
    delete previous;
}

} // namespace flywheel
