#!/usr/bin/env bash
# How long the HTML view of a large report takes to open in headless Chromium.
#
#   scripts/view-bench.sh [ARTICLES] [RUNS]     (default 200 articles, 5 runs)
#
# Cycles the fixtures' articles (36 files) into a manifest of ARTICLES entries,
# each its own outlet, builds the report and its page with the release binary,
# and prints the page's size and, per run, the page's own clock
# (performance.now(), from navigation start): when its script has finished
# (data-ready-ms: HTML parsed, script run, evidence index built) and the first
# frame after it (data-frame-ms: style and layout done). Whole-process time of
# Chromium on the page against an empty page can be added with any process
# timer, e.g. /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
runs=${2:-5}
out=target/view-bench
mkdir -p "$out"
bin=${NEWSFACTS:-target/release/newsfacts}
[ -x "$bin" ] || cargo run --release -q -- schema > /dev/null
mapfile -t files < <(find fixtures \( -name '*.txt' -o -name '*.html' \) | sort)
: > "$out/manifest.jsonl"
for ((i = 0; i < n; i++)); do
  f=${files[i % ${#files[@]}]}
  printf '{"path": "%s/%s", "source": "Outlet %d"}\n' "$PWD" "$f" "$((i + 1))" >> "$out/manifest.jsonl"
done
"$bin" report --manifest "$out/manifest.jsonl" -o "$out/report.json" --html "$out/page.html"
python3 - "$out/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"report: {len(r['sources'])} articles, {len(r['mentions'])} mentions, {len(r['claims'])} claims, {len(r['facts'])} facts")
PY
echo "page: $(stat -c %s "$out/page.html") bytes"
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
url="file://$PWD/$out/page.html#select=f1"
for ((r = 1; r <= runs; r++)); do
  profile=$(mktemp -d)
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
    --window-size=1280,900 --dump-dom "$url" 2>/dev/null |
    grep -o 'data-ready-ms="[0-9]*"\|data-frame-ms="[0-9]*"' | tr '\n' ' '
  echo
  rm -rf "$profile"
done
