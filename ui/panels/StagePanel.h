#pragma once

#include <QWidget>

class QLabel;

namespace flywheel {

/// One stage's page in the main window. Subclass, then add one line to ui/panels/Panels.cpp.
class StagePanel : public QWidget {
    Q_OBJECT

public:
    explicit StagePanel(QWidget* parent = nullptr);

    /// Machine name of the stage it shows, e.g. "service" (matches Stage::name()).
    [[nodiscard]] virtual QString stageName() const = 0;
    /// Shows the store at storePath (empty = no store). Called when a store opens and after every import or
    /// pipeline run. Must not block: read on a worker thread with its own connection (QtConcurrent + openStore).
    virtual void showStore(const QString& storePath) = 0;

protected:
    /// A bold title for the page or one of its sections; `scale` times the normal font size.
    [[nodiscard]] static QLabel* heading(const QString& text, qreal scale = 1.05);

signals:
    /// The panel changed the action queue (e.g. "queue this fix"); the window refreshes counts and the queue page.
    void actionsChanged();
};

} // namespace flywheel
