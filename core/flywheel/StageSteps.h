#pragma once

#include "Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <ctime>

namespace flywheel {

/// A stage's steps: reports each one to the progress watcher and, for tuning on big stores, logs how
/// long each took on the clock and in processor time of the whole program (which other busy
/// programs do not inflate; it includes any reading ahead for later stages meanwhile). Turn the log
/// on with QT_LOGGING_RULES="flywheel.steps.debug=true".
class StageSteps {
public:
    StageSteps(QString stage, int count, Progress* progress);
    ~StageSteps();
    StageSteps(const StageSteps&) = delete;
    StageSteps& operator=(const StageSteps&) = delete;

    /// Starts step `index`, named for the log, ending the one before.
    void enter(int index, const char* name);

private:
    void logFinished() const;

    QString m_stage;
    int m_count;
    Progress* m_progress;
    QElapsedTimer m_clock;
    std::clock_t m_processor = 0;
    const char* m_name = nullptr;
};

} // namespace flywheel
