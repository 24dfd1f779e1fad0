#pragma once

#include "Error.h"

#include <QFile>
#include <QStringList>

#include <span>
#include <string>
#include <string_view>

namespace flywheel {

/// Writes RFC 4180 CSV in UTF-8, buffered. Fields are quoted only when they need it.
/// Not thread-safe; one writer per file.
class CsvWriter {
public:
    struct Options {
        char delimiter = ',';
        bool crlf = false;
        /// A UTF-8 byte-order mark helps Excel recognise the encoding; platforms accept it too.
        bool byteOrderMark = false;
        /// Prefix cells a spreadsheet would run as a formula (= + - @ tab CR) with an apostrophe.
        bool neutraliseFormulas = false;
    };

    /// For files Flywheel pushes out: a spreadsheet that opens one runs no cell as a formula.
    [[nodiscard]] static Options pushedFile()
    {
        Options options;
        options.neutraliseFormulas = true;
        return options;
    }

    [[nodiscard]] static Result<CsvWriter> open(const QString& path, Options options);
    [[nodiscard]] static Result<CsvWriter> open(const QString& path) { return open(path, Options{}); }

    CsvWriter(CsvWriter&&) noexcept = default;
    ~CsvWriter();

    void writeRow(std::span<const std::string_view> fields);
    void writeRow(std::initializer_list<std::string_view> fields) { writeRow(std::span(fields.begin(), fields.size())); }
    void writeRow(const QStringList& fields);

    /// Flushes and closes; reports a write failure (full disk, removed folder) as an error.
    [[nodiscard]] Result<void> close();

    [[nodiscard]] QString path() const { return m_file->fileName(); }

private:
    CsvWriter(std::unique_ptr<QFile> file, Options options);
    void appendField(std::string_view field);
    void flushIfLarge();

    std::unique_ptr<QFile> m_file;
    Options m_options;
    std::string m_buffer;
    bool m_writeFailed = false;
};

} // namespace flywheel
