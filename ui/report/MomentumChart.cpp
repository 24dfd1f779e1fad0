#include "report/MomentumChart.h"

#include "report/ReportStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace flywheel::report {

namespace {
constexpr qreal kGap = 5; ///< between the labels and the plot
constexpr qreal kLabelPixels = 9; ///< label text height, in CSS pixels

struct ValueRange {
    double low = 0;
    double high = 0;
};

/// The values' range, widened when they are all equal so the line sits in the middle.
ValueRange rangeOf(const QList<outcomes::MomentumPoint>& points)
{
    const auto [low, high] = std::minmax_element(points.cbegin(), points.cend(),
        [](const outcomes::MomentumPoint& a, const outcomes::MomentumPoint& b) { return a.value < b.value; });
    ValueRange range { low->value, high->value };
    if (range.high - range.low < 1e-9) {
        const double pad = std::max(std::abs(range.low) * 0.05, 1.0);
        range.low -= pad;
        range.high += pad;
    }
    return range;
}
} // namespace

QImage drawMomentumChart(
    const outcomes::MomentumSeries& series, const QString& currency, const QLocale& locale, qreal pixelRatio)
{
    QImage image(kChartSize * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    if (series.points.size() < 2)
        return image;

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(qRound(kLabelPixels));
    painter.setFont(font);
    const QFontMetricsF metrics(font, &image);

    const ValueRange range = rangeOf(series.points);
    const QString highText = outcomes::formatFigure(series.figure, range.high, currency, locale);
    const QString lowText = outcomes::formatFigure(series.figure, range.low, currency, locale);
    const QDate first = series.points.front().asOf;
    const QDate last = series.points.back().asOf;
    const QString firstText = locale.toString(first, QLocale::ShortFormat);
    const QString lastText = locale.toString(last, QLocale::ShortFormat);

    const qreal labelWidth = std::max(metrics.horizontalAdvance(highText), metrics.horizontalAdvance(lowText));
    const QRectF plot(labelWidth + kGap, metrics.height() / 2, kChartSize.width() - labelWidth - kGap - 4,
        kChartSize.height() - metrics.height() * 1.5 - kGap);

    // Grid lines at the highest and lowest value, labelled at the left.
    painter.setPen(QPen(style::kGrid, 1));
    painter.drawLine(QLineF(plot.left(), plot.top(), plot.right(), plot.top()));
    painter.setPen(QPen(style::kAxis, 1));
    painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()));
    painter.setPen(style::kMuted);
    const qreal textLift = metrics.ascent() / 2 - 1;
    painter.drawText(QPointF(labelWidth - metrics.horizontalAdvance(highText), plot.top() + textLift), highText);
    painter.drawText(QPointF(labelWidth - metrics.horizontalAdvance(lowText), plot.bottom() + textLift), lowText);
    const qreal dateBaseline = plot.bottom() + kGap / 2 + metrics.ascent();
    painter.drawText(QPointF(plot.left(), dateBaseline), firstText);
    painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(lastText), dateBaseline), lastText);

    // Days on a true time scale: runs a week apart and a month apart do not look alike.
    const qreal days = std::max<qint64>(first.daysTo(last), 1);
    const auto at = [&](const outcomes::MomentumPoint& point) {
        return QPointF(plot.left() + plot.width() * first.daysTo(point.asOf) / days,
            plot.bottom() - plot.height() * (point.value - range.low) / (range.high - range.low));
    };
    QPainterPath line(at(series.points.front()));
    for (qsizetype i = 1; i < series.points.size(); ++i)
        line.lineTo(at(series.points[i]));

    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(plot.left(), plot.bottom());
    area.closeSubpath();
    QColor fill = style::kAccent;
    fill.setAlphaF(0.08F);
    painter.fillPath(area, fill);
    painter.setPen(QPen(style::kAccent, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style::kAccent);
    painter.drawEllipse(at(series.points.back()), 2.6, 2.6);
    return image;
}

} // namespace flywheel::report
