#pragma once

#include "flywheel/Stage.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace flywheel {

/// The readers of the stages a run is about to run (see Stage::readAhead()), two at a time in the
/// order they were queued, each on a thread and a read-only connection of its own: the stages'
/// reading overlaps the work of the stages before them. Two, because Promotions' reading takes
/// longer than all the stages between it and its start: queued behind the others on one thread, it
/// was still going when Promotions was due. Destroying it stops the reading under way, drops what
/// has not started, and waits.
class ReadAheads {
    Q_DECLARE_TR_FUNCTIONS(ReadAheads)
public:
    /// `storePath` is the store's file; an in-memory store cannot be read from another connection,
    /// and nothing is read ahead for it. Readers stop when `owner` is cancelled.
    ReadAheads(QString storePath, const Progress* owner);
    ~ReadAheads();
    ReadAheads(const ReadAheads&) = delete;
    ReadAheads& operator=(const ReadAheads&) = delete;

    /// Queues the stage's reader; nothing is read before begin().
    void queue(const QString& stage, Stage::Reader reader);
    /// Starts reading what is queued. The pipeline calls it once the first stage to run is done:
    /// that stage spreads its work over every core, and reading beside it would only slow it down.
    void begin();
    /// What the stage's reader read, once it has (beginning the reading if it has not begun); an
    /// empty value when none was queued.
    [[nodiscard]] Result<ReadAheadValue> take(const QString& stage);

private:
    /// Cancelled when the owner's progress is, or when the reading is being stopped.
    class Stop final : public Progress {
    public:
        explicit Stop(const Progress* owner) : m_owner(owner) {}
        void report(qint64, qint64) override {}
        [[nodiscard]] bool cancelled() const override
        {
            return m_stopped.load() || (m_owner && m_owner->cancelled());
        }
        void stop() { m_stopped.store(true); }

    private:
        const Progress* m_owner;
        std::atomic_bool m_stopped = false;
    };

    [[nodiscard]] Result<ReadAheadValue> read(const QString& stage, const Stage::Reader& reader);

    QString m_path;
    Stop m_stop;
    std::mutex m_readingMutex;
    std::vector<Database*> m_reading; ///< the connections readers are working on, to interrupt them
    QHash<QString, QFuture<Result<ReadAheadValue>>> m_reads;
    std::vector<std::pair<QString, Stage::Reader>> m_queued;
    QThreadPool m_threads; ///< last: destroyed first, after every read has finished
};

} // namespace flywheel
