#pragma once

#include "shell/StoreOverview.h"

#include <QAbstractButton>

namespace flywheel {

/// The center of the wheel: how many actions wait for the owner across all stages; opens the
/// action queue.
class WheelHub : public QAbstractButton {
    Q_OBJECT

public:
    explicit WheelHub(QWidget* parent = nullptr);

    void setOverview(const StoreOverview& overview);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int m_openActions = 0;
    int m_acceptedActions = 0;
    bool m_anyRun = false;
};

} // namespace flywheel
