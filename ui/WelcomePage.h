#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace flywheel {

/// What the window shows while no store is open: one sentence about stores, a button for each
/// way to get one (the window's own actions, so menus and buttons stay in step) and the stores
/// opened lately that still exist.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(const QList<QAction*>& actions, QWidget* parent = nullptr);

signals:
    /// The owner picked one of the recent stores.
    void storeChosen(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Lists the recent stores again (one may have been opened, moved or deleted meanwhile).
    void refreshRecentStores();

    QLabel* m_recentHeading = nullptr;
    QVBoxLayout* m_recent = nullptr;
};

} // namespace flywheel
