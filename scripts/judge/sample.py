#!/usr/bin/env python3
"""sample.py F N OUT: a fixed-seed sample of N claims of one build (a prep.sh prefix) for a full reading
of claim precision: every claim of the article-extraction (ae) and trafilatura-eval (te) pages, then an
even random share of MEANTIME (mt_*) and TimeBank (tb) up to N. Writes OUT (to judge, the table merge.py
writes) and OUT.map (key -> set, build 'F') for score.py."""
import csv, sys, os, random
F, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sets = [('ae', '/work/shared/corpora/article-extraction/html'), ('te', 'te/pages')] + [(f'mt_{t}', f'mt/{t}') for t in ('airbus', 'apple', 'gm')] + [('tb', 'tb')]
cols = ['page', 'type', 'measure', 'subject', 'object', 'value', 'time', 'polarity', 'modality', 'quote']
def rows(s):
    r = list(csv.reader(open(f'{F}_{s}.tsv'), delimiter='\t', quoting=csv.QUOTE_NONE))
    return [dict(zip(r[0], x)) for x in r[1:]]
rng = random.Random(20261207)
picked = [(s, folder, d) for s, folder in sets[:2] for d in rows(s)]
rest = [(s, folder, d) for s, folder in sets[2:] for d in rows(s)]
rng.shuffle(rest)
picked += rest[:max(0, n - len(picked))]
with open(out, 'w') as f, open(out + '.map', 'w') as m:
    f.write('\t'.join(['key', 'page'] + cols[1:] + ['context']) + '\n')
    for i, (s, folder, d) in enumerate(picked):
        k = f'P{i+1:04d}'
        f.write('\t'.join([k, os.path.join(folder, d['page'])] + [d[c] for c in cols[1:]] + [d['context']]) + '\n')
        m.write(f'{k}\t{s}\tF\n')
print(len(picked))
