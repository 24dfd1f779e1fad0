#pragma once

#include "io/CsvReader.h"
#include "io/Importer.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace flywheel {

/// Reads and splits a CSV file on a thread of its own, a few batches of records ahead of the
/// importer, so reading the file and writing the store run on two cores. The reading thread also
/// runs the importer's parse() on each record. Memory stays bounded by the queue's few batches.
class RecordPipeline {
public:
    struct Record {
        qint64 line = 0;
        bool truncated = false;
        std::span<const std::string_view> cells;
        ParsedRow* parsed = nullptr;
    };
    /// Made on the reading thread for each record whose width matches the header.
    using Parse = std::function<std::unique_ptr<ParsedRow>(std::span<const std::string_view> cells, qint64 line)>;

    RecordPipeline(CsvReader reader, Parse parse);
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline&) = delete;
    RecordPipeline& operator=(const RecordPipeline&) = delete;

    /// The next record (valid until the next call), or nullopt after the last.
    [[nodiscard]] Result<std::optional<Record>> next();
    /// Bytes of the file read up to the current record, for progress.
    [[nodiscard]] qint64 bytesRead() const { return m_current ? m_current->bytesRead : 0; }

private:
    struct Batch {
        struct Meta {
            qint64 line;
            bool truncated;
            size_t firstCell;
            size_t cellCount;
            std::unique_ptr<ParsedRow> parsed;
        };
        std::string arena;                 ///< the cells' bytes, one after another
        std::vector<std::pair<size_t, size_t>> offsets;
        std::vector<std::string_view> cells; ///< views into arena, made once the batch is full
        std::vector<Meta> records;
        qint64 bytesRead = 0;
        std::optional<Error> error;
        bool last = false;
    };

    void produce();
    [[nodiscard]] std::unique_ptr<Batch> readBatch();

    CsvReader m_reader;
    Parse m_parse;
    size_t m_headerWidth;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    bool m_stop = false;
    std::thread m_thread;

    std::unique_ptr<Batch> m_current;
    size_t m_index = 0;
};

} // namespace flywheel
