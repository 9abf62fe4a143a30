#!/bin/sh
# Fetches the test tools Debian does not package: the Nu Html Checker (npm package vnu-jar), which the
# exporting tests run with Java over the exported pages. Pinned, so a new checker release cannot turn a
# passing tree red overnight. Installs into /var/cache/newsdesk-tools (or $NEWSDESK_TOOLS_DIR); nothing
# is done when the pinned version is already there.
set -eu

VNU_VERSION=26.9.27
prefix="${NEWSDESK_TOOLS_DIR:-/var/cache/newsdesk-tools}"
jar="$prefix/node_modules/vnu-jar/build/dist/vnu.jar"
stamp="$prefix/node_modules/vnu-jar/package.json"

if [ -f "$jar" ] && grep -q "\"version\": \"$VNU_VERSION\"" "$stamp" 2>/dev/null; then
    echo "vnu-jar $VNU_VERSION already in $prefix"
    exit 0
fi

mkdir -p "$prefix"
if command -v npm >/dev/null 2>&1; then
    npm install --silent --no-audit --no-fund --prefix "$prefix" "vnu-jar@$VNU_VERSION"
else
    # No npm: the registry's tarball holds the same files under package/.
    python3 - "$prefix" "$VNU_VERSION" <<'PY'
import io, os, sys, tarfile, urllib.request
prefix, version = sys.argv[1], sys.argv[2]
url = f"https://registry.npmjs.org/vnu-jar/-/vnu-jar-{version}.tgz"
data = urllib.request.urlopen(url, timeout=300).read()
target = os.path.join(prefix, "node_modules", "vnu-jar")
os.makedirs(target, exist_ok=True)
with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
    for member in archive.getmembers():
        name = member.name.split("/", 1)[1] if "/" in member.name else ""
        if not name or name.startswith("/") or ".." in name.split("/"):
            continue  # only what lies inside package/
        member.name = name
        archive.extract(member, target)
PY
fi

[ -f "$jar" ] || { echo "vnu.jar not found in $prefix after install" >&2; exit 1; }
echo "vnu-jar $VNU_VERSION: $jar"
