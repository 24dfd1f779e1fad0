#pragma once

#include "panels/StagePanel.h"
#include "shell/WheelStages.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace flywheel {

/// The page of a stage that has no panel of its own: what the stage does, how its last run went
/// and the actions it has waiting, with a way to the action queue.
class GenericStagePanel : public StagePanel {
    Q_OBJECT

public:
    /// `available`: whether this build's engine has the stage at all (else the page says so).
    GenericStagePanel(const WheelStage& stage, bool available, QWidget* parent = nullptr);

    [[nodiscard]] QString stageName() const override { return m_stage.name; }
    void showStore(const QString& storePath) override;

signals:
    /// The owner wants this stage's actions in the action queue.
    void queueRequested(const QString& stage);
    /// What the page shows is read (used by tests and screenshots).
    void loaded();

private:
    struct Contents;
    void showContents(const Contents& contents);

    WheelStage m_stage;
    bool m_available = false;
    QLabel* m_lastRun = nullptr;
    QLabel* m_actionsHeading = nullptr;
    QListWidget* m_actions = nullptr;
    QPushButton* m_openQueue = nullptr;
};

} // namespace flywheel
