#include "panels/promotions/SegmentChart.h"

#include "ChartTheme.h"
#include "customers/Rfm.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace flywheel {

SegmentChart::SegmentChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    showSegments({});
}

void SegmentChart::showSegments(const std::vector<promotions::SegmentRow>& segments)
{
    // Segments in the order of the RFM grid, best first; the first drawn at the top.
    std::vector<promotions::SegmentRow> ordered = segments;
    std::ranges::sort(ordered, [](const promotions::SegmentRow& a, const promotions::SegmentRow& b) {
        return int(customers::segmentFromKey(a.segment).value_or(customers::Segment::Lost))
            > int(customers::segmentFromKey(b.segment).value_or(customers::Segment::Lost));
    });
    double customers = 0;
    double value = 0;
    for (const promotions::SegmentRow& row : ordered) {
        customers += row.customers;
        value += double(row.clvMinor);
    }
    auto* customerShare = new QBarSet(tr("Customers (%)"));
    auto* valueShare = new QBarSet(tr("Expected spend, next 12 months (%)"));
    QStringList names;
    double largest = 0;
    for (const promotions::SegmentRow& row : ordered) {
        const double c = customers > 0 ? 100.0 * row.customers / customers : 0.0;
        const double v = value > 0 ? 100.0 * double(row.clvMinor) / value : 0.0;
        customerShare->append(c);
        valueShare->append(v);
        largest = std::max({ largest, c, v });
        const auto segment = customers::segmentFromKey(row.segment);
        names << (segment ? customers::SegmentText::title(*segment) : row.segment);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(customerShare);
    series->append(valueShare);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Customer segments"));
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    auto* percent = new QValueAxis;
    percent->setRange(0, std::max(10.0, std::ceil(largest / 10.0) * 10.0));
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->applyNiceNumbers();
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyChartTheme(chart, palette());
    // Nine segment names in a short chart: a smaller font keeps every one of them on the axis.
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    chart->setMargins(QMargins(4, 4, 4, 4));
    customerShare->setColor(QColor(0x2b, 0x74, 0xd0));
    valueShare->setColor(QColor(0xe0, 0x8a, 0x1e));
    QChart* previous = this->chart();
    setChart(chart);
    delete previous;
}

} // namespace flywheel
