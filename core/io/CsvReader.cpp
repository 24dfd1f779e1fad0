#include "io/CsvReader.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace flywheel {

namespace {
struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qint64 kChunkSize = 1 << 20;
// No export has a record this long (a product page with inline images stays far below); a file
// that does is damaged or not an export, and reading on would hold all of it in memory.
constexpr size_t kMaxRecordBytes = size_t(32) << 20;
constexpr std::array<char, 4> kDelimiterCandidates = {',', ';', '\t', '|'};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}
} // namespace

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

qint64 CsvReader::bytesRead() const
{
    return m_file ? m_file->pos() : 0;
}

qint64 CsvReader::fileSize() const
{
    return m_file ? m_file->size() : 0;
}

QString CsvReader::path() const
{
    return m_file ? m_file->fileName() : QString();
}

Result<CsvReader> CsvReader::open(const QString& path, Options options)
{
    CsvReader reader;
    reader.m_file = std::make_unique<QFile>(path);
    if (!reader.m_file->open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, CsvReaderText::tr("Could not open %1 (%2). Check that the file exists and that "
                                                     "you may read it.")
                                       .arg(path, reader.m_file->errorString()));
    }
    // Detect the encoding from the first chunk, then decode it like every later one.
    reader.m_raw.resize(static_cast<size_t>(kChunkSize));
    const qint64 got = reader.m_file->read(reader.m_raw.data(), kChunkSize);
    if (got < 0)
        return fail(ErrorCode::Io, CsvReaderText::tr("Could not read %1 (%2).").arg(path, reader.m_file->errorString()));
    const std::string_view head(reader.m_raw.data(), static_cast<size_t>(got));
    int bomLength = 0;
    reader.m_encoding = detectEncoding(head, bomLength);
    if (head.starts_with("PK\x03\x04") || head.starts_with("\xD0\xCF\x11\xE0")) {
        return fail(ErrorCode::Format, CsvReaderText::tr("%1 is a spreadsheet workbook (Excel or similar), not a CSV "
                                                         "file. Open it in your spreadsheet program, save it as "
                                                         "\"CSV UTF-8\" and import that file.")
                                           .arg(path));
    }
    // Text in UTF-8 or a single-byte encoding never holds a zero byte; pictures, archives and
    // programs do.
    if (reader.m_encoding != TextEncoding::Utf16LE && reader.m_encoding != TextEncoding::Utf16BE
        && head.find('\0') != std::string_view::npos) {
        return fail(ErrorCode::Format, CsvReaderText::tr("%1 is not a text file: it holds binary data, as pictures, "
                                                         "archives and programs do. Flywheel reads CSV exports; "
                                                         "export the data again as CSV.")
                                           .arg(path));
    }
    reader.m_decoder = std::make_unique<TextDecoder>(reader.m_encoding);
    reader.m_eof = got < kChunkSize;
    reader.m_decoder->decode(head.substr(static_cast<size_t>(bomLength)), reader.m_buffer, reader.m_eof);

    // Preamble: blank lines, '#' comment lines (GA4 downloads) and Excel's "sep=;" hint.
    char hinted = 0;
    for (;;) {
        size_t eol = reader.m_buffer.find('\n', reader.m_pos);
        if (eol == std::string::npos && !reader.m_eof) {
            if (auto more = reader.fill(); !more)
                return std::unexpected(more.error());
            continue;
        }
        if (eol == std::string::npos)
            eol = reader.m_buffer.size();
        const std::string_view line = trimmed(std::string_view(reader.m_buffer).substr(reader.m_pos, eol - reader.m_pos));
        const bool sepHint = line.size() == 5 && line.starts_with("sep=");
        if (!line.empty() && !line.starts_with('#') && !sepHint)
            break;
        if (sepHint)
            hinted = line[4];
        if (eol >= reader.m_buffer.size())
            break;
        reader.m_pos = eol + 1;
        ++reader.m_line;
    }
    if (options.delimiter)
        reader.m_delimiter = options.delimiter;
    else if (hinted)
        reader.m_delimiter = hinted;
    else
        reader.sniffDelimiter();

    auto header = reader.readRecord();
    if (!header)
        return std::unexpected(header.error());
    if (!*header) {
        return fail(ErrorCode::Format, CsvReaderText::tr("%1 is empty: it has no header line. Export the file again "
                                                         "from its platform.")
                                           .arg(path));
    }
    for (std::string_view field : reader.m_fields)
        reader.m_header.emplace_back(trimmed(field));
    return reader;
}

void CsvReader::sniffDelimiter()
{
    // Count each candidate outside quotes on the header line; the most frequent wins, ',' on ties.
    std::array<int, kDelimiterCandidates.size()> counts{};
    bool quoted = false;
    for (size_t i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (size_t k = 0; k < kDelimiterCandidates.size(); ++k)
                counts[k] += c == kDelimiterCandidates[k];
    }
    const auto best = std::max_element(counts.begin(), counts.end());
    m_delimiter = *best > 0 ? kDelimiterCandidates[static_cast<size_t>(best - counts.begin())] : ',';
}

Result<bool> CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep only the unread part so memory stays bounded by the longest record.
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    m_raw.resize(static_cast<size_t>(kChunkSize));
    const qint64 got = m_file->read(m_raw.data(), kChunkSize);
    if (got < 0) {
        return fail(ErrorCode::Io, CsvReaderText::tr("Could not read %1 (%2).").arg(m_file->fileName(), m_file->errorString()));
    }
    m_eof = got == 0;
    m_decoder->decode(std::string_view(m_raw.data(), static_cast<size_t>(got)), m_buffer, m_eof);
    return true;
}

void CsvReader::addSpan(size_t begin, size_t length, bool inScratch)
{
    if (m_spanCount == m_spans.size())
        m_spans.push_back({begin, length, inScratch});
    else
        m_spans[m_spanCount] = {begin, length, inScratch};
    ++m_spanCount;
}

CsvReader::Parse CsvReader::parseRecord(bool atEnd)
{
    m_spanCount = 0;
    m_scratch.clear();
    m_truncated = false;
    const char* b = m_buffer.data();
    const size_t n = m_buffer.size();
    const char delimiter = m_delimiter;
    size_t i = m_pos;
    qint64 lines = 0;
    for (;;) {
        if (i < n && b[i] == '"') {
            const size_t start = m_scratch.size();
            ++i;
            for (;;) {
                const auto* quote = static_cast<const char*>(std::memchr(b + i, '"', n - i));
                const size_t end = quote ? static_cast<size_t>(quote - b) : n;
                if (!quote && !atEnd)
                    return Parse::NeedMore;
                lines += std::count(b + i, b + end, '\n');
                m_scratch.append(b + i, end - i);
                if (!quote) { // the file ends inside quotes: it was cut off
                    i = n;
                    m_truncated = true;
                    break;
                }
                i = end + 1;
                if (i < n && b[i] == '"') {
                    m_scratch += '"';
                    ++i;
                    continue;
                }
                if (i >= n && !atEnd)
                    return Parse::NeedMore;
                break;
            }
            // Text after the closing quote (`"abc"def`) is kept rather than lost.
            while (i < n && b[i] != delimiter && b[i] != '\n' && b[i] != '\r')
                m_scratch += b[i++];
            if (i >= n && !atEnd)
                return Parse::NeedMore;
            addSpan(start, m_scratch.size() - start, true);
        } else {
            const size_t start = i;
            while (i < n) {
                const char c = b[i];
                if (c == delimiter || c == '\n' || c == '\r')
                    break;
                ++i;
            }
            if (i >= n && !atEnd)
                return Parse::NeedMore;
            addSpan(start, i - start, false);
        }
        if (i >= n)
            break;
        if (b[i] == delimiter) {
            ++i;
            continue;
        }
        if (b[i] == '\r') {
            if (i + 1 >= n && !atEnd)
                return Parse::NeedMore;
            ++i;
            if (i < n && b[i] == '\n')
                ++i;
        } else {
            ++i;
        }
        ++lines;
        break;
    }
    m_recordLine = m_line;
    m_line += lines;
    m_pos = i;
    return Parse::Complete;
}

Result<bool> CsvReader::readRecord()
{
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_eof)
                return false;
            if (auto more = fill(); !more)
                return std::unexpected(more.error());
            continue;
        }
        if (parseRecord(m_eof) == Parse::NeedMore) {
            if (m_buffer.size() - m_pos > kMaxRecordBytes) {
                return fail(ErrorCode::Format,
                    CsvReaderText::tr("The record starting on line %1 of %2 runs on for more than %3 MB, which no "
                                      "export does: the file is damaged (often a quote that never closes) or is "
                                      "not an export. Export it again from its platform.")
                        .arg(m_line)
                        .arg(m_file->fileName())
                        .arg(kMaxRecordBytes >> 20));
            }
            if (auto more = fill(); !more)
                return std::unexpected(more.error());
            continue;
        }
        m_fields.resize(m_spanCount);
        for (size_t i = 0; i < m_spanCount; ++i) {
            const Span& span = m_spans[i];
            m_fields[i] = std::string_view((span.inScratch ? m_scratch.data() : m_buffer.data()) + span.begin, span.length);
        }
        return true;
    }
}

Result<bool> CsvReader::next()
{
    for (;;) {
        auto got = readRecord();
        if (!got || !*got)
            return got;
        const bool blankLine = m_spanCount == 1 && m_spans.front().length == 0 && !m_spans.front().inScratch;
        if (!blankLine)
            return true;
    }
}

} // namespace flywheel
