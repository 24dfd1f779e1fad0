#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace flywheel {

/// What the window shows while no store is open: one sentence about stores and a button for each
/// way to get one (the window's own actions, so menus and buttons stay in step).
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace flywheel
