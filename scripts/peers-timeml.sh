#!/usr/bin/env bash
# Runs one date tool of ../shared/peers on every document exported by
#   newsfacts check --timeml DIR --export-text OUT
# each with its own DCT, and prints its JSON lines tagged with "doc" (the exported file),
# ready for `newsfacts check --timeml DIR --peer FILE.jsonl`.
# Usage: scripts/peers-timeml.sh OUT chrono|dateparser|spacy > peer.jsonl
set -euo pipefail
out=$1 tool=$2
peers=$(cd "$(dirname "$0")/../../shared/peers" && pwd)
dir=${PEERS_DIR:-$HOME/.cache/newsfacts-peers}
py=$dir/venv/bin/python
while IFS=$'\t' read -r file dct _name; do
  case $tool in
    chrono) NODE_PATH=$dir/node/node_modules node "$peers/chrono.js" "$out/$file" --dct "$dct" ;;
    dateparser) "$py" "$peers/dateparser_search.py" "$out/$file" --dct "$dct" ;;
    spacy) "$py" "$peers/spacy_ner.py" "$out/$file" | grep '"type": "DATE"' || true ;;
    *) echo "unknown tool $tool (chrono, dateparser, spacy)" >&2; exit 2 ;;
  esac | sed "s/^{/{\"doc\": \"$file\", /"
done < "$out/index.tsv"
