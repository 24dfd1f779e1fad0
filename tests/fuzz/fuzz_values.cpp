// The value parsers every importer uses: money, numbers, booleans and timestamps in every form.
#include "FuzzInput.h"
#include "io/Values.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace flywheel::values;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const QTimeZone zones[] = { QTimeZone::utc(), QTimeZone("America/New_York"), QTimeZone("Asia/Kolkata") };
    (void)isExcelMangledNumber(text);
    (void)stripTextGuard(text);
    for (auto separator : { DecimalSeparator::Auto, DecimalSeparator::Point, DecimalSeparator::Comma }) {
        (void)minorUnits(text, separator, 2);
        (void)minorUnits(text, separator, 0);
        (void)minorUnits(text, separator, 3);
        (void)decimal(text, separator);
    }
    (void)integer(text);
    (void)boolean(text);
    (void)currencyDecimals(text);
    for (const QTimeZone& zone : zones) {
        for (auto order : { DateOrder::Auto, DateOrder::DayMonthYear, DateOrder::MonthDayYear })
            (void)utcTimestamp(text, zone, order);
    }
    return 0;
}
