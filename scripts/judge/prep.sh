#!/usr/bin/env bash
# usage: prep.sh BIN PREFIX  -> PREFIX_{ae,te,mt_*,tb}.tsv claim dumps
set -e; B=$1; P=$2; cd /work/notes/judge; D=/work/main/scripts/judge/dump_claims.py
python3 $D $B ${P}_ae.tsv /work/shared/corpora/article-extraction/html/*
python3 $D $B ${P}_te.tsv te/pages/*.html
for t in airbus apple gm; do python3 $D $B ${P}_mt_$t.tsv mt/$t/*.txt; done
python3 $D $B ${P}_tb.tsv tb/*.txt
