#!/usr/bin/env bash
# Runs trafilatura (installed by ../shared/peers/setup.sh) on every page of the
# trafilatura-eval corpus, and prints one JSON line per page ({"tool","file","date","title","author","text"},
# the shape of ../shared/peers/html_trafilatura.py), ready for
#   newsfacts check --trafilatura-eval DIR --peer FILE.jsonl
# Usage: scripts/peers-trafilatura-eval.sh CORPUS_DIR [--no-url] > trafilatura.jsonl
# By default each page is given its URL, as newsfacts gets it (the corpus README: "with the
# page's URL given as a crawler would give it"); --no-url runs the shared runner as it is.
set -euo pipefail
corpus=$(cd "$1" && pwd)
peers=$(cd "${NEWSFACTS_SHARED:-$(dirname "$0")/../../shared}/peers" && pwd)
dir=${PEERS_DIR:-$HOME/.cache/newsfacts-peers}
py=$dir/venv/bin/python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -d "$corpus/pages" ]; then pages=$corpus; else tar -xJf "$corpus/pages.tar.xz" -C "$tmp"; pages=$tmp; fi
if [ "${2:-}" = "--no-url" ]; then
  exec "$py" "$peers/html_trafilatura.py" "$pages"/pages/*.html
fi
"$py" - "$corpus/expectations.json" "$pages" <<'PY'
import json, sys, warnings, logging
warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)
import trafilatura
exp = json.load(open(sys.argv[1]))
for pid in sorted(exp):
    path = f"{sys.argv[2]}/{exp[pid]['page']}"
    raw = open(path, "rb").read()
    doc = trafilatura.bare_extraction(raw, url=exp[pid].get("url"), with_metadata=True,
                                      include_comments=False)
    print(json.dumps({"tool": "trafilatura", "type": "MAIN_TEXT", "file": path,
                      "date": getattr(doc, "date", None) if doc is not None else None,
                      "title": getattr(doc, "title", None) if doc is not None else None,
                      "author": getattr(doc, "author", None) if doc is not None else None,
                      "text": (doc.text if doc is not None else "") or ""}, ensure_ascii=False))
PY
