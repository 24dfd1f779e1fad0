#pragma once

#include "shell/StoreOverview.h"
#include "shell/WheelStages.h"

#include <QAbstractButton>

namespace flywheel {

/// One stage on the wheel: a card with the stage's headline figure, its trend since the previous
/// run and its open actions. A button, so mouse, keyboard (Enter, Space) and screen readers all
/// open the stage; arrow keys ask the wheel to move focus to a neighbour.
class WheelNode : public QAbstractButton {
    Q_OBJECT

public:
    explicit WheelNode(const WheelStage& stage, QWidget* parent = nullptr);

    [[nodiscard]] QString stageName() const { return m_stage.name; }
    [[nodiscard]] const StageStatus& status() const { return m_status; }
    void setStatus(const StageStatus& status);
    /// Whether this build can run the stage at all; a stage it cannot run never asks for Run.
    void setAvailable(bool available);
    [[nodiscard]] QColor accent() const;

    /// The card size the text needs at the widget's font.
    [[nodiscard]] QSize sizeHint() const override;
    /// Blank space around the card for its shadow; the card itself is rect() less this margin.
    static constexpr int kShadowMargin = 6;

signals:
    /// Arrow keys: move focus `step` nodes round the wheel (1 = clockwise).
    void stepRequested(int step);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// What a screen reader and the tooltip say: the whole card as one sentence or two.
    [[nodiscard]] QString description() const;
    void paintCard(QPainter& painter, const QRectF& card) const;
    void paintHeader(QPainter& painter, const QRectF& area) const;
    void paintBody(QPainter& painter, const QRectF& area) const;

    WheelStage m_stage;
    StageStatus m_status;
    bool m_available = true;
};

} // namespace flywheel
