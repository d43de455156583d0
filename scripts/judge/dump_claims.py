#!/usr/bin/env python3
"""Run a newsfacts binary on pages (one report over all of them, as a user would) and dump every claim with its sentence
for a reader to judge. usage: dump_claims.py BINARY OUT.tsv PAGE...  (English pages only)"""
import json, subprocess, sys, tempfile, os, re
binary, out, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = []
with tempfile.TemporaryDirectory() as tmp:
    rj = os.path.join(tmp, 'r.json')
    subprocess.run([binary, 'report', '--quiet', *pages, '-o', rj])
    rep = json.load(open(rj))
    ents = {e['id']: e.get('name', e['id']) for e in rep.get('entities', [])}
    srcs = {s['id']: s for s in rep['sources']}
    if True:
        for c in rep.get('claims', []):
            src = srcs[c['source']]
            if not (src.get('language') or 'en').lower().startswith('en'):
                continue
            text = src['text']
            p = src.get('path') or src['id']
            # the sentence: widen the quote to the surrounding sentence
            s = text.rfind('\n', 0, c['start']) + 1
            e = text.find('\n', c['end']); e = len(text) if e < 0 else e
            sent = text[max(s, c['start'] - 300):min(e, c['end'] + 300)].replace('\t', ' ').replace('\n', ' ')
            v = c.get('value')
            val = '' if v is None else json.dumps(v, ensure_ascii=False)
            t = c.get('time') or {}
            rows.append([os.path.basename(p), c['id'], c['predicate']['class'], c.get('measure') or '',
                         ents.get(c.get('subject'), c.get('subject') or ''), ents.get(c.get('object'), c.get('object') or ''),
                         val, (t.get('value') or '') + ('' if not t else ' (' + t.get('from', '') + ')'),
                         c.get('polarity', ''), c.get('modality', ''), c['quote'].replace('\t', ' ').replace('\n', ' '), sent])
with open(out, 'w') as f:
    f.write('\t'.join(['page', 'claim', 'type', 'measure', 'subject', 'object', 'value', 'time', 'polarity', 'modality', 'quote', 'context']) + '\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')
print(len(rows), 'claims from', len({r[0] for r in rows}), 'pages')
