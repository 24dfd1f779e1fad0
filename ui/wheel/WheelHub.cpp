#include "wheel/WheelHub.h"

#include "Icons.h"
#include "wheel/WheelPalette.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace flywheel {

WheelHub::WheelHub(QWidget* parent)
    : QAbstractButton(parent)
{
    setObjectName(QStringLiteral("wheelHub"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Action queue"));
    setOverview({});
}

void WheelHub::setOverview(const StoreOverview& overview)
{
    m_openActions = overview.openActions();
    m_acceptedActions = overview.acceptedActions();
    m_anyRun = std::ranges::any_of(overview.stages, [](const StageStatus& stage) { return stage.hasOkRun; });
    const QString description = m_openActions == 0
        ? tr("No open actions. Open the action queue.")
        : tr("%n open action(s), %1 accepted. Open the action queue.", nullptr, m_openActions)
              .arg(QLocale().toString(m_acceptedActions));
    setAccessibleDescription(description);
    setToolTip(description);
    update();
}

QSize WheelHub::sizeHint() const
{
    const int side = fontMetrics().averageCharWidth() * 22;
    return { side, side };
}

void WheelHub::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void WheelHub::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colors = palette();
    const qreal side = std::min(width(), height()) - 4.0;
    const QRectF circle(QPointF((width() - side) / 2, (height() - side) / 2), QSizeF(side, side));
    const QColor highlight = colors.color(QPalette::Highlight);
    const bool hovered = underMouse() || isDown();

    painter.setBrush(
        hovered ? WheelPalette::mix(colors.color(QPalette::Base), highlight, 0.08) : colors.color(QPalette::Base));
    painter.setPen(QPen(hasFocus() || hovered ? highlight : WheelPalette::line(colors), hasFocus() ? 2.0 : 1.0));
    painter.drawEllipse(circle);

    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.6);
    big.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.92);
    QFont link = small;
    link.setBold(true);
    const QFontMetricsF bigMetrics(big);
    const QFontMetricsF smallMetrics(small);

    QString headline;
    QString caption;
    if (m_openActions > 0) {
        headline = QLocale().toString(m_openActions);
        caption = tr("open action(s)", nullptr, m_openActions);
    } else if (m_anyRun) {
        headline = tr("All clear");
        caption = tr("no open actions");
    } else {
        headline = QString();
        caption = tr("No actions yet");
    }
    const QString linkText = tr("Action queue ›");

    const qreal textWidth = side * 0.8;
    const qreal headlineHeight = headline.isEmpty() ? 0 : bigMetrics.height();
    const qreal iconSize = headline.isEmpty() ? side * 0.2 : 0;
    const qreal total = headlineHeight + iconSize + 2 * smallMetrics.height() + 8;
    qreal y = circle.center().y() - total / 2;
    const qreal left = circle.center().x() - textWidth / 2;

    if (!headline.isEmpty()) {
        QFont headlineFont = big;
        if (bigMetrics.horizontalAdvance(headline) > textWidth)
            headlineFont.setPointSizeF(font().pointSizeF() * 1.6);
        painter.setFont(headlineFont);
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(QRectF(left, y, textWidth, headlineHeight), Qt::AlignCenter, headline);
        y += headlineHeight;
    } else {
        const QSize size(static_cast<int>(iconSize), static_cast<int>(iconSize));
        painter.drawPixmap(QPointF(circle.center().x() - iconSize / 2, y),
            iconPixmap(Icon::Queue, size, WheelPalette::mutedText(colors), devicePixelRatioF()));
        y += iconSize + 4;
    }
    painter.setFont(small);
    painter.setPen(WheelPalette::mutedText(colors));
    painter.drawText(QRectF(left, y, textWidth, smallMetrics.height()), Qt::AlignCenter,
        smallMetrics.elidedText(caption, Qt::ElideRight, textWidth));
    y += smallMetrics.height() + 8;
    painter.setFont(link);
    painter.setPen(highlight);
    painter.drawText(QRectF(left, y, textWidth, smallMetrics.height()), Qt::AlignCenter,
        QFontMetricsF(link).elidedText(linkText, Qt::ElideRight, textWidth));
}

} // namespace flywheel
