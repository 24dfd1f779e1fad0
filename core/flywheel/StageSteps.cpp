#include "flywheel/StageSteps.h"

#include <QLoggingCategory>

namespace flywheel {

namespace {
Q_LOGGING_CATEGORY(stepsLog, "flywheel.steps", QtWarningMsg)
}

StageSteps::StageSteps(QString stage, int count, Progress* progress)
    : m_stage(std::move(stage))
    , m_count(count)
    , m_progress(progress)
{
}

StageSteps::~StageSteps()
{
    logFinished();
}

void StageSteps::enter(int index, const char* name)
{
    logFinished();
    m_clock.start();
    m_processor = std::clock();
    m_name = name;
    if (m_progress)
        m_progress->report(index, m_count);
}

void StageSteps::logFinished() const
{
    if (!m_name)
        return;
    qCDebug(stepsLog).noquote() << m_stage << m_name << m_clock.elapsed() << "ms, processor"
                                << (std::clock() - m_processor) * 1000 / CLOCKS_PER_SEC << "ms";
}

} // namespace flywheel
