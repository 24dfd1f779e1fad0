#!/usr/bin/env bash
# Builds Flywheel-x86_64.AppImage, which carries its own Qt, for Linux machines without Qt 6 packages.
# Needs linuxdeploy-x86_64.AppImage and linuxdeploy-plugin-qt-x86_64.AppImage on PATH (both from
# https://github.com/linuxdeploy) and the Qt to bundle, found through qmake6 (or QMAKE=...).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${FLYWHEEL_BUILD_DIR:-build-appimage}
app_id=invalid.flywheel.Flywheel
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DFLYWHEEL_BUILD_TESTS=OFF -DFLYWHEEL_BUILD_BENCH=OFF
cmake --build "$build"
rm -rf "$build/AppDir"
DESTDIR="$PWD/$build/AppDir" cmake --install "$build"

export QMAKE=${QMAKE:-qmake6}
(cd "$build" && linuxdeploy-x86_64.AppImage --appdir AppDir --plugin qt \
    --executable AppDir/usr/bin/flywheel-cli \
    --desktop-file "AppDir/usr/share/applications/$app_id.desktop" \
    --output appimage)
echo "Built: $(ls "$build"/Flywheel*.AppImage)"
