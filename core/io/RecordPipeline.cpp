#include "io/RecordPipeline.h"

namespace flywheel {

namespace {
constexpr size_t kRecordsPerBatch = 2048;
constexpr size_t kQueuedBatches = 4;
} // namespace

RecordPipeline::RecordPipeline(CsvReader reader, Parse parse)
    : m_reader(std::move(reader)), m_parse(std::move(parse)), m_headerWidth(m_reader.header().size())
{
    m_thread = std::thread([this] { produce(); });
}

RecordPipeline::~RecordPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::unique_ptr<RecordPipeline::Batch> RecordPipeline::readBatch()
{
    auto batch = std::make_unique<Batch>();
    batch->records.reserve(kRecordsPerBatch);
    while (batch->records.size() < kRecordsPerBatch) {
        auto more = m_reader.next();
        if (!more) {
            batch->error = more.error();
            batch->last = true;
            break;
        }
        if (!*more) {
            batch->last = true;
            break;
        }
        const auto& fields = m_reader.fields();
        size_t width = fields.size();
        // Trailing empty cells past the header (a stray delimiter at the line's end) are harmless.
        while (width > m_headerWidth && values::trim(fields[width - 1]).empty())
            --width;
        batch->records.push_back({m_reader.line(), m_reader.truncated(), batch->offsets.size(), width, nullptr});
        for (size_t i = 0; i < width; ++i) {
            batch->offsets.emplace_back(batch->arena.size(), fields[i].size());
            batch->arena.append(fields[i]);
        }
    }
    batch->bytesRead = m_reader.bytesRead();
    // The arena no longer moves: hand out views and let the importer read the rows ahead.
    batch->cells.reserve(batch->offsets.size());
    for (const auto& [offset, length] : batch->offsets)
        batch->cells.emplace_back(batch->arena.data() + offset, length);
    for (Batch::Meta& record : batch->records) {
        if (m_parse && !record.truncated && record.cellCount == m_headerWidth)
            record.parsed = m_parse(std::span(batch->cells).subspan(record.firstCell, record.cellCount), record.line);
    }
    return batch;
}

void RecordPipeline::produce()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < kQueuedBatches; });
            if (m_stop)
                return;
        }
        auto batch = readBatch();
        const bool last = batch->last;
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(batch));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

Result<std::optional<RecordPipeline::Record>> RecordPipeline::next()
{
    while (!m_current || m_index >= m_current->records.size()) {
        if (m_current && m_current->error)
            return std::unexpected(*m_current->error);
        if (m_current && m_current->last)
            return std::nullopt;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_index = 0;
    }
    Batch::Meta& meta = m_current->records[m_index++];
    return Record{meta.line, meta.truncated, std::span(m_current->cells).subspan(meta.firstCell, meta.cellCount),
                  meta.parsed.get()};
}

} // namespace flywheel
