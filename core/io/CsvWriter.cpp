#include "io/CsvWriter.h"

namespace flywheel {

namespace {
struct CsvWriterText {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};
constexpr size_t kFlushThreshold = 1 << 20;
} // namespace

CsvWriter::CsvWriter(std::unique_ptr<QFile> file, Options options) : m_file(std::move(file)), m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    if (m_options.byteOrderMark)
        m_buffer += "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter()
{
    if (m_file && m_file->isOpen())
        (void)close();
}

Result<CsvWriter> CsvWriter::open(const QString& path, Options options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io, CsvWriterText::tr("Could not create %1 (%2). Check that the folder exists and "
                                                     "that you may write there.")
                                       .arg(path, file->errorString()));
    }
    return CsvWriter(std::move(file), options);
}

void CsvWriter::appendField(std::string_view field)
{
    const bool formula = m_options.neutraliseFormulas && !field.empty()
                         && (field.front() == '=' || field.front() == '+' || field.front() == '-'
                             || field.front() == '@' || field.front() == '\t' || field.front() == '\r');
    bool needsQuotes = false;
    for (char c : field) {
        if (c == m_options.delimiter || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes && !formula) {
        m_buffer.append(field);
        return;
    }
    m_buffer += '"';
    if (formula)
        m_buffer += '\'';
    for (char c : field) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

void CsvWriter::writeRow(std::span<const std::string_view> fields)
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += m_options.delimiter;
        appendField(fields[i]);
    }
    m_buffer += m_options.crlf ? "\r\n" : "\n";
    flushIfLarge();
}

void CsvWriter::writeRow(const QStringList& fields)
{
    std::vector<QByteArray> utf8;
    utf8.reserve(static_cast<size_t>(fields.size()));
    std::vector<std::string_view> views;
    views.reserve(static_cast<size_t>(fields.size()));
    for (const QString& field : fields) {
        utf8.push_back(field.toUtf8());
        views.emplace_back(utf8.back().constData(), static_cast<size_t>(utf8.back().size()));
    }
    writeRow(std::span<const std::string_view>(views));
}

void CsvWriter::flushIfLarge()
{
    if (m_buffer.size() < kFlushThreshold)
        return;
    if (m_file->write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) != static_cast<qint64>(m_buffer.size()))
        m_writeFailed = true;
    m_buffer.clear();
}

Result<void> CsvWriter::close()
{
    if (!m_buffer.empty()
        && m_file->write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) != static_cast<qint64>(m_buffer.size()))
        m_writeFailed = true;
    m_buffer.clear();
    const bool flushed = m_file->flush();
    m_file->close();
    if (m_writeFailed || !flushed) {
        return fail(ErrorCode::Io, CsvWriterText::tr("Could not write all of %1 (%2). The disk may be full; free "
                                                     "some space and try again.")
                                       .arg(m_file->fileName(), m_file->errorString()));
    }
    return {};
}

} // namespace flywheel
