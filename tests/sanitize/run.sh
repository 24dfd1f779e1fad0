#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, then each fuzz target
# for SECONDS (default 30) on its seeds. Installs clang 16 with apt when run as root and it is missing.
#   tests/sanitize/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-30}
if ! command -v clang++-16 > /dev/null && [[ -z "${FLYWHEEL_SANITIZE_CXX:-}" ]] && [[ $(id -u) -eq 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends clang-16 libclang-rt-16-dev
fi

build=${FLYWHEEL_SANITIZE_BUILD_DIR:-build-sanitize}
tests/sanitize/configure.sh "$build"
cmake --build "$build"

# Leaks are not checked: Qt keeps its global objects to the end of the process on purpose.
# halt_on_error makes any report fail its test.
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The crash trials measure SQLite, not memory safety: a few are enough here.
FLYWHEEL_CRASH_TRIALS=${FLYWHEEL_CRASH_TRIALS:-4} ctest --test-dir "$build" --output-on-failure --parallel 2

FLYWHEEL_FUZZ_BUILD_DIR="$build" tests/fuzz/run.sh "$seconds"
