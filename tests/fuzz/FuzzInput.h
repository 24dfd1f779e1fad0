#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Every fuzz target defines this, as libFuzzer expects; ReplayMain.cpp calls it for saved inputs.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace flywheel::fuzz {

/// Writes one input to a file in the temporary folder (readers and importers take paths) and
/// returns its path; the same file is rewritten for every input.
[[nodiscard]] QString writeInputFile(const std::uint8_t* data, std::size_t size);

} // namespace flywheel::fuzz
