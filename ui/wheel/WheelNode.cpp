#include "wheel/WheelNode.h"

#include "shell/Formatting.h"
#include "wheel/WheelPalette.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace flywheel {

namespace {
constexpr qreal kCornerRadius = 10;
constexpr int kPadding = 12;
constexpr int kIconBadge = 30;

QFont scaledFont(const QFont& base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

WheelNode::WheelNode(const WheelStage& stage, QWidget* parent)
    : QAbstractButton(parent)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("wheelNode_%1").arg(stage.name));
    setText(stage.title);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(stage.title);
    m_status.stage = stage.name;
    setStatus(m_status);
}

void WheelNode::setStatus(const StageStatus& status)
{
    m_status = status;
    const QString text = description();
    setAccessibleDescription(text);
    setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(m_stage.title.toHtmlEscaped(), text.toHtmlEscaped()));
    update();
}

void WheelNode::setAvailable(bool available)
{
    m_available = available;
    setStatus(m_status);
}

QColor WheelNode::accent() const
{
    return WheelPalette::accent(m_stage.name, palette());
}

QSize WheelNode::sizeHint() const
{
    const QFontMetrics metrics(font());
    const QFontMetrics figure(scaledFont(font(), 1.9, true));
    const int width = metrics.averageCharWidth() * 30 + 2 * kPadding;
    const int height = kIconBadge + figure.height() + 2 * metrics.height() + 2 * kPadding + 10;
    return QSize(width, height) + QSize(2 * kShadowMargin, 2 * kShadowMargin);
}

QString WheelNode::description() const
{
    QStringList parts;
    if (m_status.lastStatus.isEmpty() && !m_available) {
        parts << tr("This version of Flywheel cannot run this stage yet.");
    } else if (m_status.lastStatus.isEmpty()) {
        parts << tr("Not run yet. Press Run to analyse the store.");
    } else if (m_status.lastStatus == QStringLiteral("failed")) {
        parts << tr("The last run failed: %1").arg(m_status.lastMessage);
    } else if (m_status.lastStatus == QStringLiteral("cancelled")) {
        parts << tr("The last run was cancelled.");
    }
    if (m_status.hasOkRun) {
        if (m_status.figure) {
            QString figure = QStringLiteral("%1 %2").arg(Formatting::figure(*m_status.figure, m_status.figureLabel),
                Formatting::figureCaption(m_status.figureLabel));
            const QString delta = Formatting::delta(m_status.figure, m_status.previousFigure, m_status.figureLabel);
            if (!delta.isEmpty())
                figure = tr("%1 (%2 since the previous run)").arg(figure, delta);
            parts << figure.trimmed() + u'.';
        }
        if (!m_status.headline.isEmpty())
            parts << m_status.headline;
        if (!m_status.handoff.isEmpty())
            parts << tr("Passed on to the next stage: %1.").arg(m_status.handoff);
    }
    parts << (m_status.openActions() == 0 ? tr("No open actions.")
                                          : tr("%n open action(s).", nullptr, m_status.openActions()));
    return parts.join(u' ');
}

void WheelNode::changeEvent(QEvent* event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

void WheelNode::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        click();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        emit stepRequested(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        emit stepRequested(-1);
        return;
    default:
        QAbstractButton::keyPressEvent(event);
    }
}

void WheelNode::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(kShadowMargin, kShadowMargin, -kShadowMargin, -kShadowMargin);
    paintCard(painter, card);
    const QRectF inner = card.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    paintHeader(painter, QRectF(inner.topLeft(), QSizeF(inner.width(), kIconBadge)));
    paintBody(painter, inner.adjusted(0, kIconBadge + 8, 0, 0));
}

void WheelNode::paintCard(QPainter& painter, const QRectF& card) const
{
    const QPalette& colors = palette();
    const bool hovered = underMouse() || isDown();
    // A soft shadow: a few widening, fading outlines below the card.
    for (int i = 1; i <= 4; ++i) {
        QColor shadow = Qt::black;
        shadow.setAlphaF(WheelPalette::isDark(colors) ? 0.10F : 0.035F * static_cast<float>(5 - i));
        painter.setPen(Qt::NoPen);
        painter.setBrush(shadow);
        painter.drawRoundedRect(card.adjusted(-i * 0.5, -i * 0.25 + 1.5, i * 0.5, i * 0.75 + 1.5),
            kCornerRadius + i * 0.5, kCornerRadius + i * 0.5);
    }
    const QColor base = colors.color(QPalette::Base);
    painter.setBrush(hovered ? WheelPalette::mix(base, accent(), 0.08) : base);
    const bool focused = hasFocus();
    QPen border(focused || hovered ? accent() : WheelPalette::line(colors), focused ? 2.0 : 1.0);
    painter.setPen(border);
    painter.drawRoundedRect(card, kCornerRadius, kCornerRadius);

    // The stage's color as a band along the top edge ties the card to its arc of the ring.
    QPainterPath band;
    band.addRoundedRect(card, kCornerRadius, kCornerRadius);
    painter.save();
    painter.setClipPath(band);
    painter.fillRect(QRectF(card.topLeft(), QSizeF(card.width(), 4)), accent());
    painter.restore();
}

void WheelNode::paintHeader(QPainter& painter, const QRectF& area) const
{
    const QPalette& colors = palette();
    const QRectF badge(area.topLeft(), QSizeF(kIconBadge, kIconBadge));
    QColor wash = accent();
    wash.setAlphaF(WheelPalette::isDark(colors) ? 0.25F : 0.13F);
    painter.setPen(Qt::NoPen);
    painter.setBrush(wash);
    painter.drawEllipse(badge);
    const int iconSize = kIconBadge - 12;
    painter.drawPixmap(QPointF(badge.center().x() - iconSize / 2.0, badge.center().y() - iconSize / 2.0),
        iconPixmap(m_stage.icon, QSize(iconSize, iconSize), accent(), devicePixelRatioF()));

    // Open actions as a pill on the right; the title takes what is left.
    qreal titleRight = area.right();
    if (m_status.openActions() > 0) {
        const QFont pillFont = scaledFont(font(), 0.85, true);
        const QString pillText = tr("%n action(s)", nullptr, m_status.openActions());
        const QFontMetricsF metrics(pillFont);
        const qreal pillWidth = metrics.horizontalAdvance(pillText) + 14;
        const qreal pillHeight = metrics.height() + 4;
        const QRectF pill(area.right() - pillWidth, area.center().y() - pillHeight / 2, pillWidth, pillHeight);
        painter.setBrush(accent());
        painter.drawRoundedRect(pill, pillHeight / 2, pillHeight / 2);
        painter.setFont(pillFont);
        painter.setPen(WheelPalette::isDark(colors) ? colors.color(QPalette::Base) : QColor(Qt::white));
        painter.drawText(pill, Qt::AlignCenter, pillText);
        titleRight = pill.left() - 6;
    }
    const QFont titleFont = scaledFont(font(), 1.1, true);
    painter.setFont(titleFont);
    painter.setPen(colors.color(QPalette::Text));
    const QRectF titleArea(badge.right() + 8, area.top(), titleRight - badge.right() - 8, area.height());
    painter.drawText(titleArea, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetricsF(titleFont).elidedText(m_stage.title, Qt::ElideRight, titleArea.width()));
}

void WheelNode::paintBody(QPainter& painter, const QRectF& area) const
{
    const QPalette& colors = palette();
    const QFont figureFont = scaledFont(font(), 1.9, true);
    const QFont captionFont = scaledFont(font(), 0.92, false);
    const QFontMetricsF figureMetrics(figureFont);
    const QFontMetricsF captionMetrics(captionFont);
    const QRectF firstLine(area.left(), area.top(), area.width(), figureMetrics.height());
    const QRectF rest(area.left(), firstLine.bottom() + 2, area.width(), area.bottom() - firstLine.bottom() - 2);

    auto drawCaption = [&](const QString& text, const QColor& color) {
        painter.setFont(captionFont);
        painter.setPen(color);
        // Two lines at most; the tooltip has the whole text.
        QString shown = text;
        const int maxLines = static_cast<int>(rest.height() / captionMetrics.lineSpacing());
        if (maxLines < 1)
            return;
        QRectF needed = captionMetrics.boundingRect(rest, Qt::TextWordWrap, shown);
        while (needed.height() > maxLines * captionMetrics.lineSpacing() + 1 && shown.size() > 4) {
            shown = shown.left(shown.size() - 4).trimmed() + QStringLiteral("…");
            needed = captionMetrics.boundingRect(rest, Qt::TextWordWrap, shown);
        }
        painter.drawText(rest, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, shown);
    };
    auto drawStatusLine = [&](const QString& text, const QColor& color) {
        QFont font = scaledFont(this->font(), 1.15, true);
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(text, Qt::ElideRight, firstLine.width()));
    };

    if (m_status.lastStatus == QStringLiteral("failed") && !m_status.hasOkRun) {
        drawStatusLine(tr("Last run failed"), WheelPalette::warning(colors));
        drawCaption(tr("Open the stage for what went wrong."), WheelPalette::mutedText(colors));
        return;
    }
    if (!m_status.hasOkRun && !m_available) {
        drawStatusLine(tr("Coming later"), WheelPalette::mutedText(colors));
        drawCaption(tr("This version cannot run this stage yet."), WheelPalette::mutedText(colors));
        return;
    }
    if (!m_status.hasOkRun) {
        drawStatusLine(tr("Not run yet"), WheelPalette::mutedText(colors));
        drawCaption(tr("Press Run to analyse your store."), WheelPalette::mutedText(colors));
        return;
    }
    if (!m_status.figure) {
        drawStatusLine(
            tr("Ran %1").arg(Formatting::relativeTime(m_status.lastFinishedAt)), colors.color(QPalette::Text));
        drawCaption(m_status.headline, WheelPalette::mutedText(colors));
        return;
    }

    const QString figure = Formatting::figure(*m_status.figure, m_status.figureLabel);
    painter.setFont(figureFont);
    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter, figure);

    const QString delta = Formatting::delta(m_status.figure, m_status.previousFigure, m_status.figureLabel);
    if (!delta.isEmpty()) {
        const qreal change = *m_status.figure - m_status.previousFigure.value_or(*m_status.figure);
        const QString arrow = change > 0.05 ? QStringLiteral("▲ ") : change < -0.05 ? QStringLiteral("▼ ") : QString();
        painter.setFont(captionFont);
        painter.setPen(WheelPalette::mutedText(colors));
        const qreal left = firstLine.left() + figureMetrics.horizontalAdvance(figure) + 10;
        const QRectF trendArea(left, firstLine.top(), firstLine.right() - left, firstLine.height());
        painter.drawText(trendArea, Qt::AlignLeft | Qt::AlignVCenter,
            captionMetrics.elidedText(arrow + delta, Qt::ElideRight, trendArea.width()));
    }
    const QString caption = Formatting::figureCaption(m_status.figureLabel);
    const bool failedSince = m_status.lastStatus == QStringLiteral("failed");
    drawCaption(failedSince ? tr("%1 · last run failed").arg(caption) : caption,
        failedSince ? WheelPalette::warning(colors) : WheelPalette::mutedText(colors));
}

} // namespace flywheel
