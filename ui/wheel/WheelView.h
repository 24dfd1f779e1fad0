#pragma once

#include "shell/StoreOverview.h"

#include <QWidget>

namespace flywheel {

class WheelHub;
class WheelNode;

/// The home screen's signature: the six stages on a ring, each feeding the next (Service →
/// Content → Search → Merchandising → Inventory → Promotions → Service). Every node is a button
/// showing its stage's headline figure, trend and open actions; the arcs between them carry what
/// the upstream stage handed on; the hub in the middle counts the actions waiting. Painted by hand
/// (QPainter, antialiased, palette colors) and laid out to the widget's size.
class WheelView : public QWidget {
    Q_OBJECT

public:
    explicit WheelView(QWidget* parent = nullptr);

    void setOverview(const StoreOverview& overview);
    /// The stages this build can run (by machine name); the others say so instead of asking for Run.
    void setAvailableStages(const QStringList& stages);
    [[nodiscard]] const QList<WheelNode*>& nodes() const { return m_nodes; }
    [[nodiscard]] WheelNode* node(const QString& stage) const;
    [[nodiscard]] WheelHub* hub() const { return m_hub; }

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

signals:
    /// A node was clicked or activated from the keyboard.
    void stageActivated(const QString& stage);
    void queueActivated();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The visible part of the arc from node `from` to the next, as parameter angles (degrees).
    struct Arc {
        qreal start = 0;
        qreal end = 0;
        [[nodiscard]] bool isEmpty() const { return end <= start; }
        [[nodiscard]] qreal middle() const { return (start + end) / 2; }
    };

    void arrange();
    /// The widget size a ring of cards of size `card` needs.
    [[nodiscard]] QSizeF roomFor(const QSizeF& card) const;
    void moveFocus(WheelNode* from, int step);
    [[nodiscard]] QPointF pointAt(qreal degrees) const;
    [[nodiscard]] QPointF tangentAt(qreal degrees) const;
    [[nodiscard]] QPointF outwardAt(qreal degrees) const;
    [[nodiscard]] Arc visibleArc(int from) const;
    [[nodiscard]] bool overlapsChild(const QRectF& area) const;
    void paintArc(QPainter& painter, int from) const;
    void paintHandoff(QPainter& painter, int from, const Arc& arc) const;

    QList<WheelNode*> m_nodes;
    WheelHub* m_hub = nullptr;
    QPointF m_center;
    qreal m_radiusX = 0;
    qreal m_radiusY = 0;
};

} // namespace flywheel
