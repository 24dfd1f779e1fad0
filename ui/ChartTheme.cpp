#include "ChartTheme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>

namespace flywheel {

void applyChartTheme(QChart* chart, const QPalette& palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor line = text;
    line.setAlphaF(0.45);

    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBorderColor(Qt::transparent);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

void applyChartTheme(QChart* chart)
{
    applyChartTheme(chart, QApplication::palette());
}

} // namespace flywheel
