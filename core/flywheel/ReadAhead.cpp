#include "flywheel/ReadAhead.h"

#include "flywheel/StageSteps.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace flywheel {

ReadAheads::ReadAheads(QString storePath, const Progress* owner)
    : m_path(std::move(storePath))
    , m_stop(owner)
{
    m_threads.setMaxThreadCount(2);
}

ReadAheads::~ReadAheads()
{
    m_stop.stop();
    {
        const std::lock_guard lock(m_readingMutex);
        for (Database* reading : m_reading)
            reading->interrupt();
    }
    m_threads.waitForDone();
}

void ReadAheads::queue(const QString& stage, Stage::Reader reader)
{
    if (m_path.isEmpty() || m_path == QLatin1StringView(":memory:") || !reader)
        return;
    m_queued.emplace_back(stage, std::move(reader));
}

void ReadAheads::begin()
{
    for (auto& [stage, reader] : m_queued)
        m_reads.insert(stage,
            QtConcurrent::run(&m_threads, [this, stage, reader = std::move(reader)] { return read(stage, reader); }));
    m_queued.clear();
}

Result<ReadAheadValue> ReadAheads::take(const QString& stage)
{
    if (std::ranges::any_of(m_queued, [&stage](const auto& queued) { return queued.first == stage; }))
        begin();
    auto found = m_reads.find(stage);
    if (found == m_reads.end())
        return ReadAheadValue();
    // Logged: a stage that waits here starts before its reading is done.
    StageSteps waiting(stage, 1, nullptr);
    waiting.enter(0, "WaitForReadAhead");
    Result<ReadAheadValue> read = found->takeResult();
    m_reads.erase(found);
    return read;
}

Result<ReadAheadValue> ReadAheads::read(const QString& stage, const Stage::Reader& reader)
{
    StageSteps steps(stage, 1, nullptr);
    steps.enter(0, "ReadAhead");
    auto db = Database::open(m_path, Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    {
        // Checked under the lock the destructor interrupts under: once stopped, no reader starts.
        const std::lock_guard lock(m_readingMutex);
        if (m_stop.cancelled())
            return fail(ErrorCode::Cancelled, tr("The analysis was cancelled; the previous results are kept."));
        m_reading.push_back(&*db);
    }
    Result<ReadAheadValue> read = reader(*db, &m_stop);
    const std::lock_guard lock(m_readingMutex);
    std::erase(m_reading, &*db);
    return read;
}

} // namespace flywheel
