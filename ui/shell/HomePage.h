#pragma once

#include "shell/StoreOverview.h"

#include <QWidget>

class QLabel;

namespace flywheel {

class MomentumStrip;
class WheelView;

/// The home screen: the store in one line (name, last import, totals), the wheel's momentum and
/// what the pushed actions did, above the wheel.
class HomePage : public QWidget {
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

    void setOverview(const StoreOverview& overview);
    [[nodiscard]] WheelView* wheel() const { return m_wheel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyMutedColor();

    QLabel* m_storeName = nullptr;
    QLabel* m_summary = nullptr;
    MomentumStrip* m_momentum = nullptr;
    QLabel* m_outcomes = nullptr;
    WheelView* m_wheel = nullptr;
};

} // namespace flywheel
