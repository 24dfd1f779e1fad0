// The CSV reader on arbitrary bytes: encodings, quoting, line ends, preambles, cut-off files.
#include "FuzzInput.h"
#include "io/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto reader = flywheel::CsvReader::open(flywheel::fuzz::writeInputFile(data, size));
    if (!reader)
        return 0;
    // Every byte of every field handed out is read, so a view past its buffer shows.
    volatile char sink = 0;
    for (;;) {
        auto more = reader->next();
        if (!more || !*more)
            break;
        for (std::string_view field : reader->fields()) {
            for (const char c : field)
                sink = static_cast<char>(sink ^ c);
        }
    }
    return 0;
}
