#include "shell/MomentumStrip.h"

#include "stages/outcomes/Momentum.h"
#include "wheel/WheelPalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace flywheel {

namespace {
constexpr int kCardHeight = 78;
constexpr int kCardMinWidth = 150;
constexpr int kGap = 10;
} // namespace

MomentumStrip::MomentumStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("momentumStrip"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void MomentumStrip::setMomentum(const QList<outcomes::MomentumSeries>& series, const QString& currency)
{
    m_series = series;
    m_currency = currency;
    setVisible(!m_series.isEmpty());
    updateGeometry();
    update();
}

QSize MomentumStrip::sizeHint() const
{
    const int count = std::max<int>(1, int(m_series.size()));
    return { count * (kCardMinWidth + kGap), kCardHeight };
}

QSize MomentumStrip::minimumSizeHint() const
{
    return { kCardMinWidth, kCardHeight };
}

QString MomentumStrip::stageOf(const QString& figure)
{
    using namespace outcomes::figure;
    if (figure == QLatin1StringView(kTicketsPer100Orders) || figure == QLatin1StringView(kNegativeShare))
        return QStringLiteral("service");
    if (figure == QLatin1StringView(kCatalogCompleteness))
        return QStringLiteral("content");
    if (figure == QLatin1StringView(kZeroResultRate))
        return QStringLiteral("search");
    if (figure == QLatin1StringView(kPromotionMarginGained))
        return QStringLiteral("promotions");
    return QStringLiteral("inventory");
}

QString MomentumStrip::valueText(const QString& figure, double value) const
{
    // Amounts without their currency code, which the title carries: the cards are narrow.
    return outcomes::formatFigure(figure, value, QString(), locale());
}

QString MomentumStrip::titleText(const QString& figure) const
{
    const QString title = outcomes::figureTitle(figure);
    const bool money = figure == QLatin1StringView(outcomes::figure::kOverstockValue)
        || figure == QLatin1StringView(outcomes::figure::kPromotionMarginGained);
    return money && !m_currency.isEmpty() ? tr("%1, %2", "figure title and currency code").arg(title, m_currency)
                                          : title;
}

QString MomentumStrip::changeText(const outcomes::MomentumSeries& series) const
{
    if (series.points.size() < 2)
        return tr("first analysed day");
    const outcomes::MomentumPoint& last = series.points.constLast();
    const outcomes::MomentumPoint& previous = series.points.at(series.points.size() - 2);
    const double change = last.value - previous.value;
    const QString arrow = change > 0 ? QStringLiteral("▲") : change < 0 ? QStringLiteral("▼") : QStringLiteral("＝");
    return tr("%1 %2", "arrow and change since the previous analysed day")
        .arg(arrow, valueText(series.figure, std::abs(change)));
}

QRect MomentumStrip::cardRect(int index) const
{
    const int count = int(m_series.size());
    const int width = (this->width() - kGap * (count - 1)) / std::max(count, 1);
    return { index * (width + kGap), 0, width, kCardHeight };
}

void MomentumStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor muted = WheelPalette::mutedText(pal);
    const QColor line = WheelPalette::line(pal);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    for (int i = 0; i < m_series.size(); ++i) {
        const outcomes::MomentumSeries& series = m_series.at(i);
        const QRect card = cardRect(i);
        const QColor accent = WheelPalette::accent(stageOf(series.figure), pal);
        painter.setPen(QPen(line, 1));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter.fillRect(QRect(card.left() + 1, card.top() + 8, 3, card.height() - 16), accent);

        const QRect text = card.adjusted(12, 6, -8, -6);
        painter.setFont(small);
        painter.setPen(muted);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(small).elidedText(titleText(series.figure), Qt::ElideRight, text.width()));
        // Below the title: the value and its change on the left, the sparkline on the right.
        const int valueTop = text.top() + QFontMetrics(small).height() + 2;
        const QString value = valueText(series.figure, series.points.constLast().value);
        const int valueWidth = QFontMetrics(big).horizontalAdvance(value) + 4;
        const int left = series.points.size() >= 2 ? std::clamp(valueWidth, text.width() / 2, text.width() * 7 / 10)
                                                   : text.width();
        painter.setFont(big);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(text.left(), valueTop, left, QFontMetrics(big).height()),
            Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(big).elidedText(value, Qt::ElideRight, left));

        // The change, green when it went the way the owner wants.
        QColor changeColor = muted;
        if (series.points.size() >= 2) {
            const double change = series.points.constLast().value - series.points.at(series.points.size() - 2).value;
            const bool better = outcomes::lowerIsBetter(series.figure) ? change < 0 : change > 0;
            if (change != 0)
                changeColor = better ? QColor(0x2e, 0x9d, 0x5b) : WheelPalette::warning(pal);
        }
        painter.setFont(small);
        painter.setPen(changeColor);
        painter.drawText(QRect(text.left(), text.top(), left, text.height()), Qt::AlignLeft | Qt::AlignBottom,
            QFontMetrics(small).elidedText(changeText(series), Qt::ElideRight, left));

        // The sparkline over every analysed day.
        if (series.points.size() >= 2) {
            const QRectF spark(
                text.left() + left + 6, valueTop + 4, text.width() - left - 6, text.bottom() - valueTop - 8);
            double low = series.points.front().value;
            double high = low;
            for (const outcomes::MomentumPoint& p : series.points) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
            const double span = high > low ? high - low : 1.0;
            QPainterPath path;
            for (qsizetype k = 0; k < series.points.size(); ++k) {
                const QPointF point(spark.left() + spark.width() * k / double(series.points.size() - 1),
                    spark.bottom() - spark.height() * (series.points.at(k).value - low) / span);
                k == 0 ? path.moveTo(point) : path.lineTo(point);
            }
            painter.setPen(QPen(accent, 1.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(accent);
            painter.drawEllipse(path.currentPosition(), 2.2, 2.2);
        }
    }
}

bool MomentumStrip::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    for (int i = 0; i < m_series.size(); ++i) {
        if (!cardRect(i).contains(help->pos()))
            continue;
        const outcomes::MomentumSeries& series = m_series.at(i);
        QStringList lines { titleText(series.figure) };
        for (const outcomes::MomentumPoint& p : series.points)
            lines << tr("%1: %2").arg(
                locale().toString(p.asOf, QLocale::ShortFormat), valueText(series.figure, p.value));
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace flywheel
