#!/usr/bin/env python3
"""Write MEANTIME's documents as plain articles (title, dateline, body; published = DCT) for reading
claims on real news. usage: meantime_texts.py MEANTIME_DIR OUT_DIR"""
import sys, os, re, json, glob, xml.etree.ElementTree as ET
src, out = sys.argv[1], sys.argv[2]
n = 0
for topic in sorted(os.listdir(src)):
    if not os.path.isdir(os.path.join(src, topic)):
        continue
    os.makedirs(os.path.join(out, topic), exist_ok=True)
    for f in sorted(glob.glob(os.path.join(src, topic, '*.xml'))):
        root = ET.parse(f).getroot()
        sents = {}
        for t in root.iter('token'):
            sents.setdefault(int(t.get('sentence')), []).append(t.text or '')
        dct = None
        for tx in root.iter('TIMEX3'):
            if tx.get('functionInDocument') == 'CREATION_TIME':
                dct = tx.get('value')
        lines = []
        for k in sorted(sents):
            s = ' '.join(sents[k])
            s = re.sub(r' ([,.;:!?%)\]])', r'\1', s)
            s = re.sub(r'([(\[$]) ', r'\1', s)
            s = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r'\1', s)
            s = s.replace('`` ', '"').replace(" ''", '"')
            lines.append(s)
        name = os.path.basename(f)[:-4]
        text = lines[0] + '\n\n' + '\n'.join(lines[1:2]) + '\n\n' + ' '.join(lines[2:]) + '\n'
        open(os.path.join(out, topic, name + '.txt'), 'w').write(text)
        json.dump({'source': 'Wikinews', 'published': dct if dct and re.match(r'^\d{4}-\d\d-\d\d$', dct) else None, 'url': root.get('url')}, open(os.path.join(out, topic, name + '.meta.json'), 'w'))
        n += 1
print(n, 'documents')
