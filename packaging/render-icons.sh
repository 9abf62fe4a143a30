#!/bin/sh
# Renders the application icon's PNG sizes from its SVG (resources/icons/io.github.newsdesk.Newsdesk.svg).
# The PNGs are committed: building Newsdesk does not need librsvg. Run this after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin) and optipng if present.
set -eu

icons="$(cd "$(dirname "$0")/../resources/icons" && pwd)"
svg="$icons/io.github.newsdesk.Newsdesk.svg"

for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$icons/io.github.newsdesk.Newsdesk-$size.png"
done
# The window icon embedded in the binary (ui/CMakeLists.txt) is the same picture.
cp "$icons/io.github.newsdesk.Newsdesk-256.png" "$icons/newsdesk.png"

if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o5 "$icons"/io.github.newsdesk.Newsdesk-*.png "$icons/newsdesk.png"
fi
echo "Rendered $(ls "$icons"/io.github.newsdesk.Newsdesk-*.png | wc -l) sizes into $icons"
