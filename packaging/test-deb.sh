#!/bin/sh
# Builds the Debian package, installs it with apt, runs both programs from /usr/bin, validates the
# installed desktop integration, removes the package and checks nothing of it is left.
# Run as root on a disposable Debian 12 machine or container (it installs and removes a package):
#   packaging/test-deb.sh [RELEASE-BUILD-DIR]
# The build directory is configured here if needed (RelWithDebInfo, prefix /usr, no tests).
set -eu

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$source_dir/build/deb}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

for tool in cmake cpack dpkg-shlibdeps desktop-file-validate appstreamcli gio; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian: cmake, dpkg-dev, desktop-file-utils, appstream, libglib2.0-bin)"
done
[ "$(id -u)" -eq 0 ] || fail "run as root: the script installs and removes the package"

step "Build and package ($build_dir)"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNEWSDESK_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
fi
cmake --build "$build_dir" -j "${JOBS:-2}"
rm -f "$build_dir"/newsdesk_*.deb
(cd "$build_dir" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$build_dir"/newsdesk_*.deb)"
ls -l "$deb"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6sql6-sqlite fonts-noto-cjk libqt6webenginewidgets6 libqt6core6 libsqlite3-0 libxml2; do
    echo "$depends" | grep -q "$needed" || fail "Depends lacks $needed"
done

step "Install"
if dpkg-query -W -f='${Status}' newsdesk 2>/dev/null | grep -q "install ok installed"; then
    apt-get remove --purge -y -qq newsdesk >/dev/null
fi
(cd "$(dirname "$deb")" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$(basename "$deb")") \
    >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "apt-get install"; }
dpkg -L newsdesk >"$work/files"
echo "$(wc -l <"$work/files") paths installed"

step "Run from /usr/bin"
export HOME="$work/home"
mkdir -p "$HOME"
version="$(/usr/bin/newsdesk --version)"
echo "$version"
[ "$version" = "newsdesk $(dpkg-deb --field "$deb" Version)" ] || fail "newsdesk --version said \"$version\""
/usr/bin/newsdesk --help | grep -q -- "--library" || fail "newsdesk --help does not list --library"
/usr/bin/newsdesk-cli --library "$work/library.sqlite" info || fail "newsdesk-cli info"

step "Desktop integration"
app=io.github.newsdesk.Newsdesk
desktop-file-validate /usr/share/applications/$app.desktop && echo "desktop file valid"
appstreamcli validate --no-net /usr/share/metainfo/$app.metainfo.xml
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/$app.* >/dev/null || fail "no $size icon"
done
echo "icons: 9 sizes and scalable"
grep -q "IPTC" /usr/share/doc/newsdesk/copyright || fail "copyright lacks the IPTC attribution"
echo "copyright carries the IPTC attribution"
# What the dpkg triggers made of our files: the MIME database knows the bundle type, the desktop
# database offers Newsdesk for it.
[ -f /usr/share/mime/application/x-newsdesk-bundle+json.xml ] || fail "MIME database lacks the bundle type"
grep -q "^application/x-newsdesk-bundle+json=.*$app.desktop" /usr/share/applications/mimeinfo.cache ||
    fail "the desktop database does not offer Newsdesk for bundles"
# A bundle by name, and by content when saved without an extension (what the export starts with).
printf '{}\n' >"$work/week.newsdesk.json"
printf '{\n    "_newsdesk": {\n        "format": 1\n    }\n}\n' >"$work/week"
for file in "$work/week.newsdesk.json" "$work/week"; do
    # gio reads the shared MIME database as GNOME's and most file managers do.
    type="$(gio info -a standard::content-type "$file" | sed -n 's/.*content-type: //p')"
    echo "$(basename "$file"): $type"
    [ "$type" = application/x-newsdesk-bundle+json ] || fail "$(basename "$file") is $type"
done
echo "MIME type and handler registered"

step "Remove"
apt-get remove --purge -y -qq newsdesk >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "apt-get remove"; }
left=0
while IFS= read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    # A directory other packages own too (/usr/share/icons/hicolor/…) rightly stays.
    if [ -d "$path" ] && [ ! -L "$path" ] && dpkg -S "$path" >/dev/null 2>&1; then
        continue
    fi
    echo "left behind: $path"
    left=$((left + 1))
done <"$work/files"
[ ! -e /usr/share/mime/application/x-newsdesk-bundle+json.xml ] || { echo "left behind: MIME entry"; left=$((left + 1)); }
! grep -q "$app" /usr/share/applications/mimeinfo.cache || { echo "left behind: MIME handler"; left=$((left + 1)); }
[ "$left" -eq 0 ] || fail "$left paths left behind"
echo "nothing left behind ($(wc -l <"$work/files") paths checked)"

printf '\nPASS\n'
