#!/usr/bin/env python3
"""Format check of blind story folders: python3 check.py DIR (DIR holds story folders)."""
import sys, os, json, re, html

TYPES = {}
for line in open('/work/notes/ontology-vocab.txt'):
    m = re.match(r'- (\w+): roles in this order: (.*); measures: (.*)', line.strip())
    if m:
        roles = set(re.findall(r'\w+', m.group(2))) - {'none'}
        TYPES[m.group(1)] = (roles, {x.strip() for x in m.group(3).split(',') if x.strip()})

def text_of(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return re.sub(r'\s+', ' ', raw)

def check_value(v, where, errs):
    t = v.get('type')
    if t == 'money':
        if not re.fullmatch(r'-?\d+(\.\d+)?', str(v.get('amount', ''))): errs.append(f'{where}: money amount not a plain decimal string')
        if not re.fullmatch(r'[A-Z]{3}', str(v.get('currency', ''))): errs.append(f'{where}: currency not an ISO code')
        if not isinstance(v.get('approx'), bool): errs.append(f'{where}: approx must be true/false')
    elif t in ('percent', 'count'):
        if not re.fullmatch(r'-?\d+(\.\d+)?', str(v.get('amount', ''))): errs.append(f'{where}: amount not a plain decimal string')
    elif t == 'text':
        if not isinstance(v.get('text'), str): errs.append(f'{where}: text value needs "text"')
    else:
        errs.append(f'{where}: value type {t!r} unknown')

def main(root):
    errs, n = [], 0
    for story in sorted(os.listdir(root)):
        d = os.path.join(root, story)
        if not os.path.isdir(d): continue
        n += 1
        try:
            ex = json.load(open(os.path.join(d, 'expected.frames.json')))
        except Exception as e:
            errs.append(f'{story}: expected.frames.json: {e}'); continue
        texts = {}
        for s in ex.get('sources', []):
            p = os.path.join(d, s)
            if not os.path.exists(p): errs.append(f'{story}: source {s} missing'); continue
            texts[s.split('.')[0]] = text_of(p)
            mp = os.path.join(d, s.split('.')[0] + '.meta.json')
            try:
                m = json.load(open(mp))
                if not m.get('source') or not re.fullmatch(r'\d{4}-\d\d-\d\d', str(m.get('published'))): errs.append(f'{story}: {mp} needs source and published YYYY-MM-DD')
            except Exception as e:
                errs.append(f'{story}: {mp}: {e}')
        for i, f in enumerate(ex.get('facts', [])):
            w = f'{story} fact {i} ({f.get("event")})'
            if f.get('event') not in TYPES: errs.append(f'{w}: unknown event type'); continue
            roles, measures = TYPES[f['event']]
            for r in f.get('roles', {}):
                if r not in roles: errs.append(f'{w}: role {r!r} not one of {sorted(roles)}')
            if f.get('measure') is not None and f.get('measure') not in measures:
                errs.append(f'{w}: measure {f.get("measure")!r} not one of {sorted(measures)}')
            st = f.get('status')
            if st not in ('agreed', 'single_source', 'conflict', 'superseded'): errs.append(f'{w}: bad status')
            if st in ('conflict', 'superseded'):
                if len(f.get('sides', [])) < 2: errs.append(f'{w}: {st} needs 2+ sides')
                for s in f.get('sides', []): check_value(s.get('value', {}), w, errs)
            elif f.get('value') is not None: check_value(f['value'], w, errs)
            t = f.get('time')
            if t is not None and not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?|-Q[1-4]|-H[12])?', t): errs.append(f'{w}: bad time {t!r}')
            if st == 'agreed' and len(f.get('sources', [])) < 2: errs.append(f'{w}: agreed needs 2+ sources')
            if st == 'single_source' and len(f.get('sources', [])) != 1: errs.append(f'{w}: single_source needs 1 source')
            for s, e in f.get('evidence', {}).items():
                if s not in texts: errs.append(f'{w}: evidence for unknown source {s}'); continue
                if re.sub(r'\s+', ' ', html.unescape(e)) not in texts[s]: errs.append(f'{w}: evidence not verbatim in {s}: {e[:60]!r}')
            for s in f.get('sources', []):
                if s not in f.get('evidence', {}): errs.append(f'{w}: no evidence for source {s}')
        try:
            g = json.load(open(os.path.join(d, 'orgs.gold.json')))
            for s, names in g.items():
                if s == 'not_org': continue
                k = s.split('.')[0]
                if k not in texts: errs.append(f'{story}: orgs.gold.json names unknown file {s}'); continue
                for nm in names:
                    if nm not in texts[k]: errs.append(f'{story}: org {nm!r} not in {s}')
        except Exception as e:
            errs.append(f'{story}: orgs.gold.json: {e}')
        used = set(open('/work/notes/used-stories.txt').read().split())
        if story in used: errs.append(f'{story}: name already used')
    for e in errs: print(e)
    print(f'{n} stories, {len(errs)} problems')

main(sys.argv[1] if len(sys.argv) > 1 else '.')
