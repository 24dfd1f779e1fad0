#pragma once

#include <QStringDecoder>

#include <string>
#include <string_view>

namespace flywheel {

/// The text encodings export files arrive in.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

/// Guesses a file's encoding from its first bytes: a byte-order mark when there is one, NUL bytes
/// for BOM-less UTF-16, otherwise UTF-8 when the bytes are valid UTF-8 and Windows-1252 (what
/// Excel on Windows saves as "CSV") when they are not. Sets `bomLength` to the bytes to skip.
[[nodiscard]] TextEncoding detectEncoding(std::string_view head, int& bomLength);

[[nodiscard]] const char* encodingName(TextEncoding encoding);

/// Turns chunks of a file into UTF-8, keeping state across chunk boundaries. UTF-8 input passes
/// through; invalid UTF-8 bytes inside it are read as Windows-1252, which is what they nearly
/// always are (a file re-saved by a legacy tool).
class TextDecoder {
public:
    explicit TextDecoder(TextEncoding encoding);

    /// Appends the UTF-8 text of `chunk` to `out`. `last` flushes bytes held back.
    void decode(std::string_view chunk, std::string& out, bool last);

private:
    void decodeUtf8(std::string_view chunk, std::string& out, bool last);

    TextEncoding m_encoding;
    QStringDecoder m_utf16;
    std::string m_pending; ///< an incomplete UTF-8 sequence cut by the chunk boundary
};

} // namespace flywheel
