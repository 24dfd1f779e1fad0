#pragma once

#include "Error.h"
#include "io/TextDecoder.h"

#include <QFile>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace flywheel {

/// Streams the records of a CSV file as it arrives from real tools: RFC 4180 quoting with line
/// breaks inside quotes, UTF-8 (with or without BOM), UTF-16 and Windows-1252, delimiter sniffed
/// from the header line (`,` `;` tab `|`, or an Excel `sep=` line), CRLF, LF or CR line ends,
/// leading `#` comment lines (GA4) and blank lines skipped. Memory stays constant: only the
/// current record is held. Fields are UTF-8 views valid until the next call to next().
class CsvReader {
public:
    struct Options {
        char delimiter = 0; ///< 0 = sniff from the header line
    };

    /// Opens the file and reads its header record.
    [[nodiscard]] static Result<CsvReader> open(const QString& path, Options options);
    [[nodiscard]] static Result<CsvReader> open(const QString& path) { return open(path, Options{}); }

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    ~CsvReader();

    [[nodiscard]] const std::vector<std::string>& header() const { return m_header; }

    /// Reads the next record; false at the end of the file. Fails only when the file cannot be read.
    [[nodiscard]] Result<bool> next();
    [[nodiscard]] const std::vector<std::string_view>& fields() const { return m_fields; }
    /// The 1-based line the current record starts on.
    [[nodiscard]] qint64 line() const { return m_recordLine; }
    /// True when the file ended inside this record's quoted field (a cut-off file).
    [[nodiscard]] bool truncated() const { return m_truncated; }

    [[nodiscard]] char delimiter() const { return m_delimiter; }
    [[nodiscard]] TextEncoding encoding() const { return m_encoding; }
    [[nodiscard]] qint64 bytesRead() const;
    [[nodiscard]] qint64 fileSize() const;
    [[nodiscard]] QString path() const;

private:
    CsvReader() = default;
    enum class Parse { Complete, NeedMore };
    [[nodiscard]] Parse parseRecord(bool atEnd);
    void addSpan(size_t begin, size_t length, bool inScratch);
    [[nodiscard]] Result<bool> fill();
    [[nodiscard]] Result<bool> readRecord();
    void sniffDelimiter();

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<TextDecoder> m_decoder;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char m_delimiter = ',';
    std::string m_buffer; ///< decoded UTF-8, from the current record on
    size_t m_pos = 0;     ///< start of the next record in m_buffer
    bool m_eof = false;
    std::string m_raw;    ///< undecoded chunk

    std::vector<std::string> m_header;
    std::vector<std::string_view> m_fields;
    struct Span {
        size_t begin;
        size_t length;
        bool inScratch;
    };
    std::vector<Span> m_spans; ///< grows to the widest record and is reused; m_spanCount are valid
    size_t m_spanCount = 0;
    std::string m_scratch; ///< unescaped text of quoted fields of the current record
    qint64 m_line = 1;     ///< line of m_pos
    qint64 m_recordLine = 0;
    bool m_truncated = false;
};

} // namespace flywheel
