#include "panels/merchandising/TrendChart.h"

#include "ChartTheme.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace flywheel {

namespace {
const QColor kObservedColor(0xa1, 0x4c, 0xc2);
const QColor kBaselineColor(0x44, 0x4b, 0x55);

qreal at(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}
} // namespace

TrendChart::TrendChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("Weekly demand of the selected search or product against its baseline"));
    showTrend(nullptr, tr("Select a search or product to see its weeks."), {});
}

void TrendChart::showTrend(const merchandising::TrendSeries* series, const QString& title, const QString& valueName,
    std::optional<QDate> since)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    if (series && !series->weekly.empty()) {
        const auto weekAt = [&](size_t index) { return at(series->firstWeek.addDays(7 * qint64(index))); };
        double peak = 1;
        for (const double value : series->weekly)
            peak = std::max(peak, value);
        for (const double value : series->baseline)
            if (std::isfinite(value))
                peak = std::max(peak, value);

        if (since && *since >= series->firstWeek) {
            auto* low = new QLineSeries;
            auto* high = new QLineSeries;
            for (const qreal x : { at(*since), weekAt(series->weekly.size() - 1) }) {
                low->append(x, 0);
                high->append(x, peak * 1.05);
            }
            auto* band = new QAreaSeries(high, low);
            band->setName(tr("Since the change"));
            chart->addSeries(band); // adding applies the chart theme's colours: ours go on after
            QColor fill = kObservedColor;
            fill.setAlpha(30);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
        }

        // The baseline, broken where it is not known (before a year of history, for instance).
        std::vector<QLineSeries*> baseline;
        for (size_t i = 0; i < series->baseline.size(); ++i) {
            if (!std::isfinite(series->baseline[i])) {
                baseline.push_back(nullptr);
                continue;
            }
            if (baseline.empty() || !baseline.back())
                baseline.push_back(new QLineSeries);
            baseline.back()->append(weekAt(i), series->baseline[i]);
        }
        std::erase(baseline, nullptr);
        for (QLineSeries* stretch : baseline) {
            stretch->setName(tr("Baseline"));
            chart->addSeries(stretch);
            stretch->setPen(QPen(kBaselineColor, 1.5, Qt::DashLine));
        }

        auto* observed = new QLineSeries;
        observed->setName(valueName);
        for (size_t i = 0; i < series->weekly.size(); ++i)
            observed->append(weekAt(i), series->weekly[i]);
        chart->addSeries(observed);
        observed->setPen(QPen(kObservedColor, 2));
        observed->setPointsVisible(true);

        auto* time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("MMM yyyy"));
        time->setTickCount(5);
        auto* count = new QValueAxis;
        count->setLabelFormat(peak < 4 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        count->setTitleText(tr("%1 per week").arg(valueName));
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(count, Qt::AlignLeft);
        for (QAbstractSeries* s : chart->series()) {
            s->attachAxis(time);
            s->attachAxis(count);
        }
        // Attaching narrows the axes to the last series attached: set the whole range once all are.
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(weekAt(0))),
            QDateTime::fromMSecsSinceEpoch(qint64(weekAt(series->weekly.size() - 1))));
        count->setRange(0, std::ceil(peak * 1.1));
        count->applyNiceNumbers();
        // One legend entry for the baseline, however many stretches it has.
        bool baselineShown = false;
        for (QLegendMarker* marker : chart->legend()->markers()) {
            if (marker->label() != tr("Baseline"))
                continue;
            marker->setVisible(!baselineShown);
            baselineShown = true;
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
