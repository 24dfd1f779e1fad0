#include "io/TextDecoder.h"

#include <array>
#include <cstring>

namespace flywheel {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

void appendCodePoint(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void appendCp1252(std::string& out, unsigned char byte)
{
    appendCodePoint(out, byte >= 0x80 && byte < 0xA0 ? kCp1252High[byte - 0x80] : char32_t(byte));
}

/// Length of the valid UTF-8 sequence starting at `s` (0 if invalid, -1 if cut off by the end).
int utf8SequenceLength(const unsigned char* s, size_t available)
{
    const unsigned char lead = s[0];
    int length = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    for (int i = 1; i < length; ++i) {
        if (static_cast<size_t>(i) >= available)
            return -1;
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    }
    // Reject overlong and surrogate forms.
    if (lead == 0xE0 && s[1] < 0xA0)
        return 0;
    if (lead == 0xED && s[1] > 0x9F)
        return 0;
    if (lead == 0xF0 && s[1] < 0x90)
        return 0;
    if (lead == 0xF4 && s[1] > 0x8F)
        return 0;
    return length;
}

bool isValidUtf8(std::string_view bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t i = 0;
    while (i < bytes.size()) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(s + i, bytes.size() - i);
        if (length == -1)
            return true; // cut off by the sample's end, not invalid
        if (length == 0)
            return false;
        i += static_cast<size_t>(length);
    }
    return true;
}

} // namespace

TextEncoding detectEncoding(std::string_view head, int& bomLength)
{
    bomLength = 0;
    if (head.starts_with("\xEF\xBB\xBF")) {
        bomLength = 3;
        return TextEncoding::Utf8;
    }
    if (head.starts_with("\xFF\xFE")) {
        bomLength = 2;
        return TextEncoding::Utf16LE;
    }
    if (head.starts_with("\xFE\xFF")) {
        bomLength = 2;
        return TextEncoding::Utf16BE;
    }
    // BOM-less UTF-16: ASCII text shows as a zero byte beside every letter.
    if (head.size() >= 4) {
        size_t evenZeros = 0;
        size_t oddZeros = 0;
        const size_t sample = std::min<size_t>(head.size(), 512) & ~size_t(1);
        for (size_t i = 0; i < sample; i += 2) {
            evenZeros += head[i] == '\0';
            oddZeros += head[i + 1] == '\0';
        }
        if (oddZeros > sample / 4 && evenZeros == 0)
            return TextEncoding::Utf16LE;
        if (evenZeros > sample / 4 && oddZeros == 0)
            return TextEncoding::Utf16BE;
    }
    return isValidUtf8(head) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

const char* encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16LE:
        return "UTF-16LE";
    case TextEncoding::Utf16BE:
        return "UTF-16BE";
    case TextEncoding::Windows1252:
        return "Windows-1252";
    }
    return "UTF-8";
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_utf16(encoding == TextEncoding::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE)
{
}

void TextDecoder::decode(std::string_view chunk, std::string& out, bool last)
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        decodeUtf8(chunk, out, last);
        return;
    case TextEncoding::Windows1252:
        for (char c : chunk)
            appendCp1252(out, static_cast<unsigned char>(c));
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const QString text = m_utf16.decode(QByteArrayView(chunk.data(), static_cast<qsizetype>(chunk.size())));
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), static_cast<size_t>(utf8.size()));
        return;
    }
    }
}

void TextDecoder::decodeUtf8(std::string_view chunk, std::string& out, bool last)
{
    std::string joined;
    if (!m_pending.empty()) {
        joined = m_pending + std::string(chunk);
        chunk = joined;
        m_pending.clear();
    }
    const auto* s = reinterpret_cast<const unsigned char*>(chunk.data());
    const size_t size = chunk.size();
    size_t runStart = 0;
    size_t i = 0;
    while (i < size) {
        // Fast path: eight ASCII bytes at a time.
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(s + i, size - i);
        if (length > 0) {
            i += static_cast<size_t>(length);
            continue;
        }
        out.append(chunk.data() + runStart, i - runStart);
        if (length == -1 && !last) {
            m_pending.assign(chunk.data() + i, size - i);
            return;
        }
        appendCp1252(out, s[i]);
        ++i;
        runStart = i;
    }
    out.append(chunk.data() + runStart, size - runStart);
}

} // namespace flywheel
