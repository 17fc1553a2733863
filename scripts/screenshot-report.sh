#!/usr/bin/env bash
# Renders an aidsim HTML report in headless Chromium (Debian's chromium package) to a PNG, to look at what a
# reader sees. Usage: scripts/screenshot-report.sh REPORT.html OUT.png [WIDTH] [HEIGHT]
# The flags keep Chromium off the network (the report needs none) and out of the user's profile.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH] [HEIGHT]" >&2
  exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$2"
width="${3:-1100}"
height="${4:-4000}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "$0: chromium not found; install it with 'apt-get install -y chromium'" >&2
  exit 70
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size="$width,$height" --screenshot="$(realpath -m "$out")" "file://$report" 2>/dev/null
echo "$out"
