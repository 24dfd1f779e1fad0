#!/usr/bin/env bash
# Builds the fuzz targets in the sanitizer build (tests/sanitize/configure.sh: clang, libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer), then runs each for SECONDS (default 60) and
# prints its executions and findings; exits 1 when any target found an input that breaks it:
#   tests/fuzz/run.sh [SECONDS] [TARGET...]      targets: csv import values search
# An input that crashes a target is saved under <build>/findings/<target>/; once the bug is
# fixed, copy it into tests/fuzz/corpus/<target>/ so ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(csv import values search)
build=${FLYWHEEL_FUZZ_BUILD_DIR:-build-sanitize}
tests/sanitize/configure.sh "$build"
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

seeds_csv=(tests/data/csv tests/data/import)
seeds_import=("${seeds_csv[@]}")
seeds_values=(tests/fuzz/corpus/values)
seeds_search=(tests/fuzz/corpus/search)
[[ -d ../shared/samples ]] && seeds_csv+=(../shared/samples) && seeds_import+=(../shared/samples)

export ASAN_OPTIONS=detect_leaks=0
printf '%-8s %12s %10s %9s\n' target executions per_second findings
status=0
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
    if ((found)); then
        echo "fuzz_$target found inputs that break it, in $findings; its log: $log" >&2
        status=1
    fi
done
exit $status
