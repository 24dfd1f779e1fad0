#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace flywheel {

/// A status-bar strip for one long task: what is happening, a progress bar and a Cancel button.
/// Hidden while no task runs.
class TaskProgressWidget : public QWidget {
    Q_OBJECT

public:
    explicit TaskProgressWidget(QWidget* parent = nullptr);

    /// Shows the strip with `text`; the bar is busy until the first setProgress().
    void begin(const QString& text);
    /// `done` of `total` units; total 0 means unknown (a busy bar).
    void setProgress(qint64 done, qint64 total);
    void end();

signals:
    void cancelRequested();

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace flywheel
