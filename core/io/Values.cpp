#include "io/Values.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace flywheel::values {

namespace {
struct ValuesText {
    Q_DECLARE_TR_FUNCTIONS(Values)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] + 32) : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

std::string formatUtc(std::int64_t epochSeconds)
{
    std::int64_t days = epochSeconds / 86400;
    std::int64_t rest = epochSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    // "YYYY-MM-DDTHH:MM:SSZ", written by hand: this runs once per timestamp of every import.
    std::string out = "0000-00-00T00:00:00Z";
    auto put = [&out](size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    put(0, y, 4);
    put(5, static_cast<int>(m), 2);
    put(8, static_cast<int>(d), 2);
    put(11, static_cast<int>(rest / 3600), 2);
    put(14, static_cast<int>(rest % 3600 / 60), 2);
    put(17, static_cast<int>(rest % 60), 2);
    return out;
}

/// Reads up to `maxDigits` digits at `pos`; -1 when there are none.
int readNumber(std::string_view text, size_t& pos, size_t maxDigits)
{
    int value = 0;
    size_t count = 0;
    while (pos < text.size() && isDigit(text[pos]) && count < maxDigits) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    return count == 0 ? -1 : value;
}

bool validDate(int y, int m, int d)
{
    return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= QDate(y, m, 1).daysInMonth();
}

QString notADate()
{
    return ValuesText::tr("expected a date such as 2025-05-11 or 2025-05-11 09:55:16 -0400");
}
} // namespace

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::string_view stripTextGuard(std::string_view text)
{
    text = trim(text);
    if (text.starts_with('\''))
        text.remove_prefix(1);
    return text;
}

bool isExcelMangledNumber(std::string_view text)
{
    text = trim(text);
    // d(.d+)?E+dd
    size_t i = 0;
    if (i >= text.size() || !isDigit(text[i++]))
        return false;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        ++i;
        const size_t digitsStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        if (i == digitsStart)
            return false;
    }
    if (i + 2 > text.size() || (text[i] != 'E' && text[i] != 'e') || text[i + 1] != '+')
        return false;
    i += 2;
    const size_t exponentStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    return i == text.size() && i > exponentStart;
}

namespace {
enum class ExtraDecimals { Refuse, Round };

Parsed<std::int64_t> scaledNumber(std::string_view text, DecimalSeparator separator, int decimals, ExtraDecimals extra);
} // namespace

Parsed<std::int64_t> minorUnits(std::string_view text, DecimalSeparator separator, int decimals)
{
    return scaledNumber(text, separator, decimals, ExtraDecimals::Refuse);
}

namespace {
Parsed<std::int64_t> scaledNumber(std::string_view text, DecimalSeparator separator, int decimals, ExtraDecimals extra)
{
    const auto notAnAmount = [] { return std::unexpected(ValuesText::tr("expected an amount such as 12.50")); };
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == '(' && text.back() == ')') { // accounting style
        negative = true;
        text = trim(text.substr(1, text.size() - 2));
    }
    // First pass: check the characters and find the separators. Currency symbols, codes and spaces
    // around or inside the number are ignored.
    size_t digitCount = 0;
    size_t lastDot = std::string_view::npos;
    size_t lastComma = std::string_view::npos;
    size_t commas = 0;
    size_t digitsAfterLastComma = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            ++digitCount;
            ++digitsAfterLastComma;
        } else if (c == '.') {
            lastDot = i;
        } else if (c == ',') {
            lastComma = i;
            ++commas;
            digitsAfterLastComma = 0;
        } else if (c == '-' && digitCount == 0) {
            negative = true;
        } else if (!(c == ' ' || c == '\'' || c == '+' || c == '$' || static_cast<unsigned char>(c) >= 0x80
                     || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            return notAnAmount();
        }
    }
    if (digitCount == 0)
        return notAnAmount();

    char decimalMark = '.';
    if (separator == DecimalSeparator::Comma)
        decimalMark = ',';
    else if (separator == DecimalSeparator::Auto && lastComma != std::string_view::npos
             && (lastDot == std::string_view::npos ? (commas == 1 && digitsAfterLastComma != 3) : lastComma > lastDot))
        decimalMark = ','; // "12,50" and "1.234,50"; "1,234" stays thousands
    const char groupMark = decimalMark == '.' ? ',' : '.';

    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool roundUp = false;
    bool rounded = false;
    for (char c : text) {
        if (c == decimalMark) {
            if (inFraction)
                return notAnAmount();
            inFraction = true;
        } else if (c == groupMark) {
            if (inFraction)
                return notAnAmount();
        } else if (!isDigit(c)) {
            continue;
        } else if (inFraction) {
            if (fractionDigits < decimals) {
                fraction = fraction * 10 + (c - '0');
                ++fractionDigits;
            } else if (extra == ExtraDecimals::Round) {
                if (!rounded)
                    roundUp = c >= '5';
                rounded = true;
            } else if (c != '0') {
                return std::unexpected(ValuesText::tr("has more decimals than the currency allows"));
            }
        } else {
            if (whole > std::numeric_limits<std::int64_t>::max() / 1000000000)
                return std::unexpected(ValuesText::tr("is too large to be an amount"));
            whole = whole * 10 + (c - '0');
        }
    }
    while (fractionDigits < decimals) {
        fraction *= 10;
        ++fractionDigits;
    }
    std::int64_t scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const std::int64_t value = whole * scale + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
}
} // namespace

Parsed<std::int64_t> integer(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    auto asMinor = minorUnits(text, DecimalSeparator::Point, 0);
    if (!asMinor)
        return std::unexpected(ValuesText::tr("expected a whole number"));
    return asMinor;
}

Parsed<double> decimal(std::string_view text, DecimalSeparator separator)
{
    // Read with six decimals through the exact path, then scale: no locale-dependent strtod.
    auto micro = scaledNumber(text, separator, 6, ExtraDecimals::Round);
    if (!micro)
        return std::unexpected(ValuesText::tr("expected a number such as 12.5"));
    if (!*micro)
        return std::nullopt;
    return static_cast<double>(**micro) / 1e6;
}

Parsed<bool> boolean(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    for (std::string_view yes : {"true", "yes", "1", "y"})
        if (equalsIgnoringCase(text, yes))
            return true;
    for (std::string_view no : {"false", "no", "0", "n"})
        if (equalsIgnoringCase(text, no))
            return false;
    return std::unexpected(ValuesText::tr("expected yes or no (true/false)"));
}

Parsed<std::string> utcTimestamp(std::string_view text, const QTimeZone& zone, DateOrder order)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    size_t pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    const int first = readNumber(text, pos, 8);
    if (first < 0)
        return std::unexpected(notADate());
    if (pos == 8 && text.size() == 8) { // 20250511 (GA4)
        year = first / 10000;
        month = first / 100 % 100;
        day = first % 100;
    } else if (pos == 4 && pos < text.size() && (text[pos] == '-' || text[pos] == '/' || text[pos] == '.')) {
        year = first;
        ++pos;
        month = readNumber(text, pos, 2);
        if (pos >= text.size() || (text[pos] != '-' && text[pos] != '/' && text[pos] != '.'))
            return std::unexpected(notADate());
        ++pos;
        day = readNumber(text, pos, 2);
    } else if (pos <= 2 && pos < text.size() && (text[pos] == '/' || text[pos] == '.' || text[pos] == '-')) {
        const char mark = text[pos++];
        const int second = readNumber(text, pos, 2);
        if (second < 0 || pos >= text.size() || text[pos] != mark)
            return std::unexpected(notADate());
        ++pos;
        year = readNumber(text, pos, 4);
        if (year >= 0 && year < 100)
            year += 2000;
        bool dayFirst = order == DateOrder::DayMonthYear || (order == DateOrder::Auto && mark != '/');
        if (first > 12)
            dayFirst = true;
        else if (second > 12)
            dayFirst = false;
        day = dayFirst ? first : second;
        month = dayFirst ? second : first;
    } else {
        return std::unexpected(notADate());
    }
    if (!validDate(year, month, day))
        return std::unexpected(notADate());

    int hour = 0;
    int minute = 0;
    int second = 0;
    std::optional<int> offsetMinutes;
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
        ++pos;
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        hour = readNumber(text, pos, 2);
        if (hour < 0 || pos >= text.size() || text[pos] != ':')
            return std::unexpected(notADate());
        ++pos;
        minute = readNumber(text, pos, 2);
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            second = readNumber(text, pos, 2);
        }
        if (pos < text.size() && text[pos] == '.') { // fractions of a second
            ++pos;
            while (pos < text.size() && isDigit(text[pos]))
                ++pos;
        }
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        const std::string_view rest = text.substr(pos);
        if (rest.size() >= 2 && (equalsIgnoringCase(rest.substr(0, 2), "am") || equalsIgnoringCase(rest.substr(0, 2), "pm"))) {
            const bool pm = rest[0] == 'p' || rest[0] == 'P';
            if (hour == 12)
                hour = 0;
            if (pm)
                hour += 12;
            pos += 2;
            while (pos < text.size() && text[pos] == ' ')
                ++pos;
        }
    }
    if (pos < text.size()) {
        const std::string_view rest = text.substr(pos);
        if (rest == "Z" || equalsIgnoringCase(rest, "utc") || equalsIgnoringCase(rest, "gmt")) {
            offsetMinutes = 0;
        } else if (rest.front() == '+' || rest.front() == '-') {
            size_t p = 1;
            const int hh = readNumber(rest, p, 2);
            if (p < rest.size() && rest[p] == ':')
                ++p;
            const int mm = readNumber(rest, p, 2);
            if (hh < 0 || mm < 0 || p != rest.size())
                return std::unexpected(notADate());
            offsetMinutes = (rest.front() == '-' ? -1 : 1) * (hh * 60 + mm);
        } else {
            return std::unexpected(notADate());
        }
    }
    if (hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::unexpected(notADate());

    if (!offsetMinutes) {
        const QDateTime local(QDate(year, month, day), QTime(hour, minute, second), zone);
        offsetMinutes = local.offsetFromUtc() / 60;
    }
    const std::int64_t epoch = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400
                               + hour * 3600 + minute * 60 + second - std::int64_t(*offsetMinutes) * 60;
    return formatUtc(epoch);
}

QString amountText(std::int64_t minor, const QString& currency)
{
    const int decimals = currencyDecimals(currency.toStdString());
    return QString::number(static_cast<double>(minor) / std::pow(10.0, decimals), 'f', decimals);
}

QString hundredthsJsonArray(std::span<const double> numbers)
{
    // Below this, a number's hundredths are exact in a double; larger ones take the slow way.
    constexpr double kLargest = 1e12;
    QString json;
    json.reserve(qsizetype(numbers.size()) * 6 + 2);
    json += u'[';
    for (size_t i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            json += u',';
        const double number = numbers[i];
        if (!std::isfinite(number)) {
            json += QLatin1StringView("null");
            continue;
        }
        if (std::abs(number) >= kLargest) {
            json += QString::number(std::round(number * 100) / 100, 'g', QLocale::FloatingPointShortest);
            continue;
        }
        const std::int64_t hundredths = std::llround(number * 100);
        if (hundredths < 0)
            json += u'-';
        const std::uint64_t magnitude = std::uint64_t(hundredths < 0 ? -hundredths : hundredths);
        json += QString::number(magnitude / 100);
        if (const auto fraction = int(magnitude % 100); fraction != 0) {
            json += u'.';
            json += QChar(u'0' + fraction / 10);
            if (fraction % 10 != 0)
                json += QChar(u'0' + fraction % 10);
        }
    }
    json += u']';
    return json;
}

std::optional<std::vector<double>> jsonNumberArray(std::string_view json, std::string_view key)
{
    const std::string quoted = '"' + std::string(key) + "\":";
    const size_t at = json.find(quoted);
    if (at == std::string_view::npos)
        return std::nullopt;
    size_t i = at + quoted.size();
    const auto skipSpaces = [&] {
        while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
            ++i;
    };
    skipSpaces();
    if (i >= json.size() || json[i] != '[')
        return std::nullopt;
    ++i;
    std::vector<double> numbers;
    skipSpaces();
    if (i < json.size() && json[i] == ']')
        return numbers;
    while (i < json.size()) {
        skipSpaces();
        if (json.substr(i, 4) == "null") {
            numbers.push_back(std::numeric_limits<double>::quiet_NaN());
            i += 4;
        } else {
            double number = 0;
            const auto [end, error] = std::from_chars(json.data() + i, json.data() + json.size(), number);
            if (error != std::errc())
                return std::nullopt;
            numbers.push_back(number);
            i = size_t(end - json.data());
        }
        skipSpaces();
        if (i < json.size() && json[i] == ']')
            return numbers;
        if (i >= json.size() || json[i] != ',')
            return std::nullopt;
        ++i;
    }
    return std::nullopt;
}

QString moneyText(std::int64_t minor, const QString& currency)
{
    return currency + QLatin1Char(' ') + amountText(minor, currency);
}

int currencyDecimals(std::string_view currency)
{
    static constexpr std::array<std::string_view, 13> kNoDecimals = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF",
                                                                     "KRW", "PYG", "RWF", "UGX", "VND", "XAF"};
    static constexpr std::array<std::string_view, 5> kThreeDecimals = {"BHD", "JOD", "KWD", "OMR", "TND"};
    for (std::string_view code : kNoDecimals)
        if (code == currency)
            return 0;
    for (std::string_view code : kThreeDecimals)
        if (code == currency)
            return 3;
    return 2;
}

} // namespace flywheel::values
