#!/usr/bin/env python3
"""score.py OUT.map VERDICTS.tsv: right/partly/wrong per set and build."""
import csv, sys, collections
m = {r[0]: (r[1], r[2]) for r in csv.reader(open(sys.argv[1]), delimiter='\t')}
v = {r[0]: r[1].strip().lower() for r in list(csv.reader(open(sys.argv[2]), delimiter='\t', quoting=csv.QUOTE_NONE))[1:]}
c = collections.defaultdict(collections.Counter)
for k, (s, which) in m.items():
    grp = 'held-out' if s in ('te',) or s.startswith('mt') else s
    for b in which:
        c[(grp, b)][v.get(k, 'unjudged')] += 1
for (g, b), x in sorted(c.items()):
    n = sum(x.values()); print(f'{g:9} {b}: right {x["right"]} partly {x["partly"]} wrong {x["wrong"]} unjudged {x["unjudged"]} of {n}: right {x["right"]/n:.3f}, right-or-partly {(x["right"]+x["partly"])/n:.3f}')
