#include "wheel/WheelView.h"

#include "wheel/WheelHub.h"
#include "wheel/WheelNode.h"
#include "wheel/WheelPalette.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace flywheel {

namespace {
constexpr int kStageCount = 6;
constexpr qreal kStepDegrees = 360.0 / kStageCount;
/// The first stage sits at the top; the rest follow clockwise.
constexpr qreal kFirstDegrees = -90;
constexpr int kEdgeMargin = 8;
/// Cards grow with the window up to this much, so big screens do not show small islands.
constexpr qreal kMaxCardGrowth = 1.3;
/// And shrink down to this much of their natural size on small screens (text is elided beyond).
constexpr qreal kMinCardWidth = 0.75;
constexpr qreal kMinCardHeight = 0.85;
/// How much wider and taller than it needs the ring may spread.
constexpr qreal kMaxSpread = 1.3;

qreal nodeDegrees(int index)
{
    return kFirstDegrees + index * kStepDegrees;
}

QPointF normalized(const QPointF& vector)
{
    const qreal length = std::hypot(vector.x(), vector.y());
    return length > 0 ? vector / length : vector;
}
} // namespace

WheelView::WheelView(QWidget* parent)
    : QWidget(parent)
    , m_hub(new WheelHub(this))
{
    setObjectName(QStringLiteral("wheelView"));
    setAccessibleName(tr("The wheel of stages"));
    for (const WheelStage& stage : wheelStages()) {
        auto* node = new WheelNode(stage, this);
        connect(node, &WheelNode::clicked, this, [this, name = stage.name] { emit stageActivated(name); });
        connect(node, &WheelNode::stepRequested, this, [this, node](int step) { moveFocus(node, step); });
        m_nodes.append(node);
    }
    connect(m_hub, &WheelHub::clicked, this, &WheelView::queueActivated);
    // Tab follows the wheel, then the hub.
    for (qsizetype i = 1; i < m_nodes.size(); ++i)
        setTabOrder(m_nodes[i - 1], m_nodes[i]);
    setTabOrder(m_nodes.constLast(), m_hub);
}

void WheelView::setOverview(const StoreOverview& overview)
{
    for (WheelNode* node : std::as_const(m_nodes))
        node->setStatus(overview.stage(node->stageName()));
    m_hub->setOverview(overview);
    update();
}

void WheelView::setAvailableStages(const QStringList& stages)
{
    for (WheelNode* node : std::as_const(m_nodes))
        node->setAvailable(stages.contains(node->stageName()));
}

WheelNode* WheelView::node(const QString& stage) const
{
    const auto found = std::ranges::find(m_nodes, stage, &WheelNode::stageName);
    return found == m_nodes.end() ? nullptr : *found;
}

QSizeF WheelView::roomFor(const QSizeF& card) const
{
    // Side cards sit at cos 30° of the horizontal radius and must clear the top and bottom cards;
    // the two cards of a side leave room between them for a hand-off label.
    const qreal width = 2 * (card.width() / std::cos(qDegreesToRadians(30.0))) + card.width() + 2 * kEdgeMargin;
    const qreal height = 3 * card.height() + 2 * fontMetrics().height() + 2 * kEdgeMargin;
    return { width, height };
}

QSize WheelView::minimumSizeHint() const
{
    const QSizeF hint = m_nodes.constFirst()->sizeHint();
    return roomFor(QSizeF(hint.width() * kMinCardWidth, hint.height() * kMinCardHeight)).toSize();
}

QSize WheelView::sizeHint() const
{
    return roomFor(m_nodes.constFirst()->sizeHint()).toSize();
}

void WheelView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void WheelView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        arrange();
}

void WheelView::arrange()
{
    // Cards take their natural size, grow a little on big screens and shrink down to a floor on
    // small ones, keeping the ring's proportions.
    const QSizeF hint = m_nodes.constFirst()->sizeHint();
    const QSizeF natural = roomFor(hint);
    const qreal fit = std::min(width() / natural.width(), height() / natural.height());
    const qreal scale = fit >= 1.0 ? 1.0 + (std::min(fit, kMaxCardGrowth) - 1.0) * 0.6 : fit;
    const QSizeF card(hint.width() * std::clamp(scale, kMinCardWidth, kMaxCardGrowth),
        hint.height() * std::clamp(scale, kMinCardHeight, kMaxCardGrowth));

    // On a big screen the ring stays together in the middle rather than stretching to the edges.
    const QSizeF needed = roomFor(card);
    m_center = QRectF(rect()).center();
    m_radiusX = std::max(0.0, (std::min(qreal(width()), needed.width() * kMaxSpread) - card.width()) / 2 - kEdgeMargin);
    m_radiusY
        = std::max(0.0, (std::min(qreal(height()), needed.height() * kMaxSpread) - card.height()) / 2 - kEdgeMargin);
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QPointF at = pointAt(nodeDegrees(i));
        m_nodes[i]->setGeometry(QRectF(at - QPointF(card.width(), card.height()) / 2, card).toRect());
    }
    // The hub fills the middle without touching the cards around it.
    const qreal room
        = std::min(2 * m_radiusY - card.height(), 2 * m_radiusX * std::cos(qDegreesToRadians(30.0)) - card.width())
        - 24;
    const qreal side = std::clamp(room, 0.0, m_hub->sizeHint().width() * 1.3);
    m_hub->setGeometry(QRectF(m_center - QPointF(side, side) / 2, QSizeF(side, side)).toRect());
    m_hub->setVisible(side >= m_hub->sizeHint().width() * 0.6);
    update();
}

void WheelView::moveFocus(WheelNode* from, int step)
{
    const auto index = m_nodes.indexOf(from);
    if (index < 0)
        return;
    const auto next = (index + step + m_nodes.size()) % m_nodes.size();
    m_nodes[next]->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

QPointF WheelView::pointAt(qreal degrees) const
{
    const qreal radians = qDegreesToRadians(degrees);
    return m_center + QPointF(m_radiusX * std::cos(radians), m_radiusY * std::sin(radians));
}

QPointF WheelView::tangentAt(qreal degrees) const
{
    const qreal radians = qDegreesToRadians(degrees);
    return normalized(QPointF(-m_radiusX * std::sin(radians), m_radiusY * std::cos(radians)));
}

QPointF WheelView::outwardAt(qreal degrees) const
{
    const qreal radians = qDegreesToRadians(degrees);
    return normalized(QPointF(m_radiusY * std::cos(radians), m_radiusX * std::sin(radians)));
}

WheelView::Arc WheelView::visibleArc(int from) const
{
    const QRectF source = QRectF(m_nodes[from]->geometry()).adjusted(4, 4, -4, -4);
    const QRectF target = QRectF(m_nodes[(from + 1) % m_nodes.size()]->geometry()).adjusted(4, 4, -4, -4);
    const qreal first = nodeDegrees(from);
    Arc arc { first + kStepDegrees, first };
    for (qreal degrees = first; degrees <= first + kStepDegrees; degrees += 0.5) {
        const QPointF at = pointAt(degrees);
        if (source.contains(at) || target.contains(at))
            continue;
        arc.start = std::min(arc.start, degrees);
        arc.end = std::max(arc.end, degrees);
    }
    return arc;
}

bool WheelView::overlapsChild(const QRectF& area) const
{
    const QRectF inside = QRectF(rect()).adjusted(2, 2, -2, -2);
    if (!inside.contains(area))
        return true;
    if (m_hub->isVisible() && QRectF(m_hub->geometry()).intersects(area))
        return true;
    return std::ranges::any_of(m_nodes, [&area](const WheelNode* node) {
        return QRectF(node->geometry())
            .adjusted(WheelNode::kShadowMargin, WheelNode::kShadowMargin, -WheelNode::kShadowMargin,
                -WheelNode::kShadowMargin)
            .intersects(area);
    });
}

void WheelView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    // The ring itself: a broad, quiet track the stages sit on.
    QColor track = WheelPalette::line(palette());
    track.setAlphaF(0.6F);
    painter.setPen(QPen(track, 14, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(m_center, m_radiusX, m_radiusY);

    for (int i = 0; i < m_nodes.size(); ++i)
        paintArc(painter, i);
}

void WheelView::paintArc(QPainter& painter, int from) const
{
    const Arc arc = visibleArc(from);
    if (arc.isEmpty())
        return;
    const WheelNode* source = m_nodes[from];
    const WheelNode* target = m_nodes[(from + 1) % m_nodes.size()];
    const bool flowing = source->status().hasOkRun;

    QPainterPath path(pointAt(arc.start));
    for (qreal degrees = arc.start + 1; degrees < arc.end; degrees += 1)
        path.lineTo(pointAt(degrees));
    path.lineTo(pointAt(arc.end));
    QLinearGradient gradient(pointAt(arc.start), pointAt(arc.end));
    QColor start = source->accent();
    QColor end = target->accent();
    if (!flowing) {
        start = end = WheelPalette::mutedText(palette());
        start.setAlphaF(0.5F);
        end.setAlphaF(0.5F);
    }
    gradient.setColorAt(0, start);
    gradient.setColorAt(1, end);
    painter.setPen(QPen(QBrush(gradient), 3, flowing ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    // An arrowhead in the middle of the visible arc shows which way the wheel turns.
    const QPointF tip = pointAt(arc.middle());
    const QPointF along = tangentAt(arc.middle());
    const QPointF across(-along.y(), along.x());
    constexpr qreal kHead = 7;
    QPolygonF head;
    head << tip + along * kHead << tip - along * kHead + across * kHead << tip - along * kHead - across * kHead;
    painter.setPen(Qt::NoPen);
    painter.setBrush(WheelPalette::mix(start, end, 0.5));
    painter.drawPolygon(head);

    if (flowing)
        paintHandoff(painter, from, arc);
}

void WheelView::paintHandoff(QPainter& painter, int from, const Arc& arc) const
{
    const QString text = m_nodes[from]->status().handoff;
    if (text.isEmpty())
        return;
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetricsF metrics(font);
    const qreal maxWidth = m_nodes[from]->width() * 0.85;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, maxWidth - 20);
    const QSizeF pill(metrics.horizontalAdvance(shown) + 20, metrics.height() + 8);

    // Beside the arrow, outside the ring where there is room, else inside it, else on it; sliding
    // along the arc when a card is in the way.
    QRectF chosen;
    const qreal span = arc.end - arc.start;
    for (const qreal slide : { 0.0, 0.2, -0.2, 0.35, -0.35, 0.45, -0.45 }) {
        const qreal degrees = arc.middle() + slide * span;
        const QPointF anchor = pointAt(degrees);
        const QPointF outward = outwardAt(degrees);
        const qreal offset = std::abs(outward.x()) * pill.width() / 2 + std::abs(outward.y()) * pill.height() / 2 + 10;
        for (const QPointF& centre : { anchor + outward * offset, anchor - outward * offset, anchor }) {
            const QRectF candidate(centre - QPointF(pill.width(), pill.height()) / 2, pill);
            if (!overlapsChild(candidate)) {
                chosen = candidate;
                break;
            }
        }
        if (!chosen.isNull())
            break;
    }
    // A crowded small window leaves it out; the node's tooltip and description still say it.
    if (chosen.isNull())
        return;

    const QColor accent = m_nodes[from]->accent();
    painter.setPen(QPen(accent, 1));
    painter.setBrush(WheelPalette::mix(palette().color(QPalette::Base), accent, 0.1));
    painter.drawRoundedRect(chosen, pill.height() / 2, pill.height() / 2);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(chosen, Qt::AlignCenter, shown);
}

} // namespace flywheel
