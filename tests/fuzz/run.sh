#!/usr/bin/env bash
# Builds the fuzz targets with clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer,
# then runs each for SECONDS (default 60) and prints its executions and findings:
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      targets: csv import values search
# An input that crashes a target is saved under build-fuzz/findings/<target>/; once the bug is
# fixed, copy it into tests/fuzz/corpus/<target>/ so ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(csv import values search)
build=${FLYWHEEL_FUZZ_BUILD_DIR:-build-fuzz}
compiler=${FLYWHEEL_FUZZ_CXX:-$(command -v clang++-16 || command -v clang++)}

# GCC 12's <expected> opens only for compilers reporting C++20 concepts in full (clang 19 on); the
# two warnings are about that one definition.
flags="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
flags+=" -D__cpp_concepts=202002L -Wno-builtin-macro-redefined -Wno-macro-redefined"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$compiler" \
      -DFLYWHEEL_FUZZ=ON -DFLYWHEEL_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS=$flags" > /dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

seeds_csv=(tests/data/csv tests/data/import)
seeds_import=("${seeds_csv[@]}")
seeds_values=(tests/fuzz/corpus/values)
seeds_search=(tests/fuzz/corpus/search)
[[ -d ../shared/samples ]] && seeds_csv+=(../shared/samples) && seeds_import+=(../shared/samples)

export ASAN_OPTIONS=detect_leaks=0
printf '%-8s %12s %10s %9s\n' target executions per_second findings
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$work" "$findings"
    seeds="seeds_${target}[@]"
    inputs=("$work" "${!seeds}")
    [[ -d tests/fuzz/corpus/$target ]] && inputs+=("tests/fuzz/corpus/$target")
    log="$build/fuzz-$target.log"
    "$build/tests/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$findings/" "${inputs[@]}" > "$log" 2>&1 || true
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    found=$(find "$findings" -type f | wc -l)
    printf '%-8s %12s %10s %9s\n' "$target" "$runs" "$((runs / seconds))" "$found"
done
