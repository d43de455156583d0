#!/usr/bin/env python3
"""Six-word overlap of the lines a branch adds under src/ and data/ with the blind story texts.
usage: python3 overlap.py BASE   (run in the worktree; BASE e.g. main)
Any overlap with fixtures/blind/test is a leak (must be 0); overlap with fixtures/blind/dev means an
example was copied from a dev story (write examples that differ from the case that prompted them)."""
import sys, subprocess, re, glob, html

def words(s):
    return re.findall(r"[a-z0-9]+", s.lower())

def grams(ws, n=6):
    return {' '.join(ws[i:i+n]) for i in range(len(ws)-n+1)}

base = sys.argv[1] if len(sys.argv) > 1 else 'main'
diff = subprocess.run(['git', 'diff', '-U0', f'{base}...HEAD', '--', 'src', 'data'], capture_output=True, text=True).stdout
diff += subprocess.run(['git', 'diff', '-U0', 'HEAD', '--', 'src', 'data'], capture_output=True, text=True).stdout
added = [l[1:] for l in diff.splitlines() if l.startswith('+') and not l.startswith('+++')]
bad = 0
for half in ('test', 'dev'):
    g = {}
    for p in glob.glob(f'fixtures/blind/{half}/*/*'):
        if p.endswith(('.txt', '.html')):
            t = open(p, encoding='utf-8', errors='replace').read()
            if p.endswith('.html'):
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            for x in grams(words(t)):
                g.setdefault(x, p)
    hits = []
    for l in added:
        for x in grams(words(l)):
            if x in g:
                hits.append((x, g[x], l.strip()[:100])); break
    print(f'{half}: {len(hits)} added lines share six words with a {half} story')
    for h in hits[:20]:
        print('  ', h)
    bad += len(hits)
sys.exit(1 if bad else 0)
