#!/bin/sh
# Builds Newsdesk-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin. Not built by CI or on
# the development machines: see docs/packaging.md. Run from anywhere on an old enough distribution (the
# AppImage runs where glibc is at least as new as the build machine's):
#   packaging/appimage/build-appimage.sh [BUILD-DIR]
# Needs the build dependencies of packaging/setup-debian.sh, plus linuxdeploy-x86_64.AppImage and
# linuxdeploy-plugin-qt-x86_64.AppImage on PATH or beside this script
# (https://github.com/linuxdeploy/linuxdeploy, https://github.com/linuxdeploy/linuxdeploy-plugin-qt).
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build_dir="${1:-$source_dir/build/appimage}"
appdir="$build_dir/AppDir"
PATH="$here:$PATH"

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNEWSDESK_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build_dir"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build_dir" --strip

# The Qt plugin finds Qt through qmake6 and deploys what the binaries link: the platform plugins, the
# SQL drivers (Newsdesk needs qsqlite), and Qt WebEngine with QtWebEngineProcess and its resources.
export QMAKE="${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}"
# Besides X11 (libqxcb, always deployed): Wayland, and offscreen for newsdesk-cli's headless PDF export.
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqoffscreen.so"
app=io.github.newsdesk.Newsdesk
cd "$build_dir"
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --executable "$appdir/usr/bin/newsdesk" --executable "$appdir/usr/bin/newsdesk-cli" \
    --desktop-file "$appdir/usr/share/applications/$app.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app.png" \
    --plugin qt --output appimage
ls -l "$build_dir"/*.AppImage
