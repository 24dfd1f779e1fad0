#include "demo/Format.h"

#include <charconv>

namespace flywheel::demo::fmt {

void appendInt(std::string& out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendPadded(std::string& out, qint64 value, int width)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    for (auto length = result.ptr - buffer; length < width; ++length)
        out += '0';
    out.append(buffer, result.ptr);
}

void appendCents(std::string& out, qint64 cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents;
    }
    appendInt(out, cents / 100);
    out += '.';
    appendPadded(out, cents % 100, 2);
}

std::string cents(qint64 value)
{
    std::string out;
    appendCents(out, value);
    return out;
}

std::string integer(qint64 value)
{
    std::string out;
    appendInt(out, value);
    return out;
}

// Howard Hinnant's days_from_civil / civil_from_days.
qint64 epochDay(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromEpochDay(qint64 epochDay, int& year, int& month, int& day)
{
    const qint64 z = epochDay + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void appendDate(std::string& out, qint64 epochDay)
{
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromEpochDay(epochDay, year, month, day);
    appendPadded(out, year, 4);
    out += '-';
    appendPadded(out, month, 2);
    out += '-';
    appendPadded(out, day, 2);
}

void appendTime(std::string& out, int secondOfDay)
{
    appendPadded(out, secondOfDay / 3600, 2);
    out += ':';
    appendPadded(out, secondOfDay / 60 % 60, 2);
    out += ':';
    appendPadded(out, secondOfDay % 60, 2);
}

void appendOffset(std::string& out, int offsetSeconds, bool colon)
{
    out += offsetSeconds < 0 ? '-' : '+';
    const int minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60;
    appendPadded(out, minutes / 60, 2);
    if (colon)
        out += ':';
    appendPadded(out, minutes % 60, 2);
}

std::string handleize(std::string_view text)
{
    std::string out;
    bool pendingDash = false;
    for (char c : text) {
        if (c == '\'')
            continue; // "Men's" -> "mens", as Shopify does
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            pendingDash = !out.empty();
            continue;
        }
        if (pendingDash)
            out += '-';
        pendingDash = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

void replaceAll(std::string& text, std::string_view key, std::string_view value)
{
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
}

} // namespace flywheel::demo::fmt
