#!/usr/bin/env bash
# Configures the sanitizer build: clang with AddressSanitizer and UndefinedBehaviorSanitizer on
# every target, the libFuzzer hooks in, and the fuzz targets linked with libFuzzer. The whole test
# suite (tests/sanitize/run.sh) and the fuzzers (tests/fuzz/run.sh) share this one build folder:
#   tests/sanitize/configure.sh [BUILD_DIR]      default build-sanitize, or FLYWHEEL_SANITIZE_BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-${FLYWHEEL_SANITIZE_BUILD_DIR:-build-sanitize}}
compiler=${FLYWHEEL_SANITIZE_CXX:-$(command -v clang++-16 || command -v clang++ || true)}
if [[ -z "$compiler" ]]; then
    echo "The sanitizer build needs clang 16 with its sanitizer and libFuzzer runtime:" >&2
    echo "  sudo apt-get install clang-16 libclang-rt-16-dev" >&2
    exit 1
fi

# -O1 keeps the suite quick while every check stays on; line tables are enough for the reports'
# stack traces and keep the folder small. GCC 12's <expected> opens only for compilers reporting
# C++20 concepts in full (clang 19 on); the two warnings are about that one definition.
flags="-O1 -gline-tables-only -fno-omit-frame-pointer"
flags+=" -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined"
flags+=" -D__cpp_concepts=202002L -Wno-builtin-macro-redefined -Wno-macro-redefined"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_COMPILER="$compiler" "-DCMAKE_CXX_FLAGS=$flags" \
      -DFLYWHEEL_FUZZ=ON -DFLYWHEEL_BUILD_BENCH=OFF -DFLYWHEEL_SHARED_LIBS=ON -DFLYWHEEL_WERROR="${FLYWHEEL_WERROR:-OFF}" > /dev/null
