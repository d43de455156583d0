#!/usr/bin/env python3
"""merge.py S F OUT: union of claims of builds S and F (prefixes of prep.sh dumps), one row per signature;
TimeBank (tb) only the claims whose signature is in one build only. Writes OUT (to judge) and OUT.map
(signature -> key, which builds have it)."""
import csv, sys, os
S, F, out = sys.argv[1:4]
sets = [('ae', '/work/shared/corpora/article-extraction/html'), ('te', 'te/pages')] + [(f'mt_{t}', f'mt/{t}') for t in ('airbus', 'apple', 'gm')] + [('tb', 'tb')]
cols = ['page', 'type', 'measure', 'subject', 'object', 'value', 'time', 'polarity', 'modality', 'quote']
def rows(prefix, s):
    r = list(csv.reader(open(f'{prefix}_{s}.tsv'), delimiter='\t', quoting=csv.QUOTE_NONE))
    return [dict(zip(r[0], x)) for x in r[1:]]
keyed = {}
for s, folder in sets:
    a = {'|'.join(d[c] for c in cols): d for d in rows(S, s)}
    b = {'|'.join(d[c] for c in cols): d for d in rows(F, s)}
    for sig in sorted(set(a) | set(b)):
        if sig in a and sig in b: continue
        d = b.get(sig) or a[sig]
        keyed[(s, sig)] = (d, folder, ('S' if sig in a else '') + ('F' if sig in b else ''))
with open(out, 'w') as f, open(out + '.map', 'w') as m:
    f.write('\t'.join(['key', 'page'] + cols[1:] + ['context']) + '\n')
    for i, ((s, sig), (d, folder, which)) in enumerate(sorted(keyed.items())):
        k = f'J{i+1:04d}'
        f.write('\t'.join([k, os.path.join(folder, d['page'])] + [d[c] for c in cols[1:]] + [d['context']]) + '\n')
        m.write(f'{k}\t{s}\t{which}\n')
print(len(keyed))
