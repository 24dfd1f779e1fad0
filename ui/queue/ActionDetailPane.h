#pragma once

#include "flywheel/Lineage.h"
#include "flywheel/Recommendation.h"
#include "stages/outcomes/OutcomeQueries.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace flywheel {

/// One action in full: what to do, why (its evidence), what it should change, how it will be
/// measured and how sure the stage is; with the buttons that decide on it.
class ActionDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit ActionDetailPane(QWidget* parent = nullptr);

    /// Shows `action`; nullopt shows a hint to pick one.
    void setAction(const std::optional<Recommendation>& action);
    /// What is known about the shown action beyond its own row: what led to it across the stages,
    /// and once pushed, its outcome. Loaded after setAction(); ignored when another action is shown.
    struct Trace {
        std::int64_t actionId = 0;
        QList<LineageStep> lineage;
        std::optional<outcomes::OutcomeRow> outcome;
    };
    void setTrace(const Trace& trace);
    /// While a decision is being saved the buttons wait.
    void setBusy(bool busy);

signals:
    /// The owner decided: `status` is "accepted", "dismissed" or "new" (reopened).
    void statusRequested(std::int64_t id, const QString& status);

private:
    void updateButtons();

    std::optional<Recommendation> m_action;
    bool m_busy = false;
    QLabel* m_placeholder = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_effect = nullptr;
    QLabel* m_measure = nullptr;
    QLabel* m_lineageHeading = nullptr;
    QLabel* m_lineage = nullptr;
    QLabel* m_outcomeHeading = nullptr;
    QLabel* m_outcome = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_reopen = nullptr;
};

} // namespace flywheel
