#!/bin/sh
# Installs what building, running and testing Newsdesk needs on Debian 12, and nothing when it is
# all there already. Run as root (or through sudo). Every package the project starts using goes here.
set -eu

# clang, its sanitizer runtimes (libclang-rt-14-dev) and llvm (llvm-symbolizer, for readable sanitizer
# stacks): the CI build is clang with address and undefined-behaviour sanitizers.
packages="
  cmake ninja-build g++ clang libclang-rt-14-dev llvm ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-webengine-dev-tools libqt6sql6-sqlite libsqlite3-dev libgl-dev libvulkan-dev
  libxml2-dev libuchardet-dev libcld2-dev
  xvfb xauth file dpkg-dev fonts-noto-cjk desktop-file-utils appstream shared-mime-info
  chromium python3-feedparser python3-jsonschema default-jre-headless
"

missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done

if [ -n "$missing" ]; then
    echo "Installing:$missing"
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

# The Nu Html Checker for the exporting tests (not packaged by Debian).
"$(dirname "$0")/fetch-test-tools.sh"
