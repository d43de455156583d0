#!/usr/bin/env python3
"""facts_sample.py ERRORS STORIES_DIR N OUT: a fixed-seed sample of N facts that `check --stories DIR
--errors` reported as "extra" (reported by newsfacts, absent from the story's answer key) for a blind
reading of fact precision: an answer key lists the facts its author chose (8 to 14 a story), so an extra
fact can still be one the articles state. Writes OUT (a TSV for the judge: key, story folder, the fact
as printed, the quote it was read from) and prints how many extras there were. The figures of the
stories themselves (right / wrong / extra) come from the same ERRORS file: `check` prints them."""
import os
import random
import re
import sys

errors, stories, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
story_line = re.compile(r'^  (\S+)\s+P [0-9.]+')
extras = []
story = None
for line in open(errors, encoding='utf-8'):
    m = story_line.match(line)
    if m:
        story = m.group(1)
        continue
    if line.startswith('    extra  ') and story:
        body = line[len('    extra  '):].rstrip('\n')
        fact, _, quote = body.partition(': "')
        extras.append((story, fact, quote.rstrip('"')))
rng = random.Random(20261207)
picked = rng.sample(extras, min(n, len(extras)))
with open(out, 'w', encoding='utf-8') as f:
    f.write('key\tstory\tfact\tquote\n')
    for i, (s, fact, quote) in enumerate(picked):
        clean = lambda t: t.replace('\t', ' ')
        f.write(f'X{i + 1:04d}\t{os.path.join(stories, s)}\t{clean(fact)}\t{clean(quote)}\n')
print(f'{len(extras)} extra facts, {len(picked)} sampled -> {out}')
