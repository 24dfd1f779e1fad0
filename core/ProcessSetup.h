#pragma once

namespace flywheel {

/// Settings every program that runs the engine makes first thing in main(), before Qt is used:
/// the applications, the report and benchmark programs, and every test (so that tests run the
/// engine as the applications do).
///
/// Qt's hash tables are given a fixed seed. Qt 6.4's seeded hashing of strings, taken on processors
/// with AES instructions, leaves the vector registers' upper halves marked in use on processors with
/// AVX-512 (recent Intel, AMD Zen 4 and later), and every ordinary floating-point instruction on that
/// thread then runs many times slower until something clears them: a loop of logarithms ran 22×
/// slower after one QHash insert, and a full run of the large demo store took 73 s instead of 19 s.
/// The fixed seed selects Qt's other hash function, which does not. It also makes the order of
/// hash tables, and so any run, repeatable. What it gives up is resistance to keys crafted to
/// collide; the keys here come from the owner's own exports, and the worst such a file can do is
/// slow its own analysis down.
void prepareProcess();

} // namespace flywheel
