#!/usr/bin/env bash
# Builds Flywheel on Debian or Ubuntu, then opens the desktop app on the demo store (`demo`) or
# runs the whole test suite (`test`). Missing system packages are installed with apt when run as
# root; otherwise the one apt line to run is printed.
set -euo pipefail
cd "$(dirname "$0")"

what=${1:-}
if [[ "$what" != demo && "$what" != test ]]; then
    echo "usage: ./build.sh demo   build and open the desktop app on the demo store" >&2
    echo "       ./build.sh test   build and run the test suite" >&2
    exit 2
fi

# dpkg-dev builds the .deb package; appstream and desktop-file-utils check its desktop metadata in the tests.
packages=(cmake ninja-build g++ pkg-config ccache
          qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libgl-dev libxkbcommon-dev libeigen3-dev libsqlite3-dev sqlite3 libstemmer-dev
          dpkg-dev appstream desktop-file-utils)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "Flywheel needs these packages first:" >&2
        echo "  sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

build=${FLYWHEEL_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DFLYWHEEL_WERROR="${FLYWHEEL_WERROR:-OFF}"
cmake --build "$build"

if [[ "$what" == demo ]]; then
    exec "$build/app/flywheel" --demo
fi
ctest --test-dir "$build" --output-on-failure --parallel 2
