#!/usr/bin/env python3
"""Merge the claim tables dump_claims.py wrote (PREFIX_ae.tsv, PREFIX_te.tsv, PREFIX_mt_<topic>.tsv
in the current folder) into OUT, one row a claim with a key, and OUT.sig: each key's signature, so
that a claim two builds make alike is judged once. JUDGE_DIR names the folder holding te/pages
(trafilatura-eval's pages.tar.xz unpacked) and mt/ (meantime_texts.py's output).
usage: mk_judge.py PREFIX OUT"""
import csv, sys, collections, os
prefix, outp = sys.argv[1], sys.argv[2]
J = os.environ.get('JUDGE_DIR', '.')
sets = [(f'{prefix}_ae.tsv', 'article-extraction', '../shared/corpora/article-extraction/html'),
        (f'{prefix}_te.tsv', 'trafilatura-eval', f'{J}/te/pages')] + \
       [(f'{prefix}_mt_{t}.tsv', 'meantime', f'{J}/mt/{t}') for t in ['airbus', 'apple', 'gm']]
cols = ['key', 'set', 'folder', 'page', 'type', 'measure', 'subject', 'object', 'value', 'time', 'polarity', 'modality', 'quote', 'context']
def sig(d): return '|'.join(d[c] for c in ['page', 'type', 'measure', 'subject', 'object', 'value', 'time', 'polarity', 'modality', 'quote'])
rows = []
for name, setname, folder in sets:
    r = list(csv.reader(open(name), delimiter='\t', quoting=csv.QUOTE_NONE))
    for x in r[1:]:
        d = dict(zip(r[0], x)); d['set'] = setname; d['folder'] = folder; rows.append(d)
with open(outp, 'w') as f:
    f.write('\t'.join(cols) + '\n')
    n = 0
    for d in rows:
        d['key'] = f'{prefix[0].upper()}{n + 1:04d}'; n += 1
        f.write('\t'.join(d[c] for c in cols) + '\n')
with open(outp + '.sig', 'w') as f:
    for d in rows: f.write(d['key'] + '\t' + sig(d) + '\n')
print(n, collections.Counter(d['set'] for d in rows))
