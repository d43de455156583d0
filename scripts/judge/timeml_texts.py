#!/usr/bin/env python3
"""TimeBank .tml -> plain articles with their DCT as published. usage: timeml_texts.py TB_DIR OUT"""
import sys, os, re, json, glob, html
src, out = sys.argv[1], sys.argv[2]; os.makedirs(out, exist_ok=True)
for f in sorted(glob.glob(os.path.join(src, '*.tml'))):
    t = open(f, encoding='utf-8', errors='replace').read()
    m = re.search(r'<TEXT>(.*)</TEXT>', t, re.S); dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|value="(\d{4}-\d\d-\d\d)"[^>]*functionInDocument="CREATION_TIME"', t)
    body = html.unescape(re.sub(r'<[^>]+>', '', m.group(1))).strip() if m else ''
    name = os.path.basename(f)[:-4]
    open(os.path.join(out, name + '.txt'), 'w').write(body + '\n')
    json.dump({'source': name.split('.')[0].rstrip('0123456789') or 'TimeBank', 'published': dct.group(1) if dct and dct.group(1) else None, 'url': None}, open(os.path.join(out, name + '.meta.json'), 'w'))
print(len(glob.glob(os.path.join(out, '*.txt'))))
