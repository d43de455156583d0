#!/usr/bin/env python3
"""Writes N articles made from the bundled fixtures' articles with varied
names, figures and dates, for the many-articles benchmark:

    python3 scripts/synth-articles.py 10000 /tmp/synth

Each article is a fixture article (HTML, or plain text followed by the next
plain-text fixtures up to ~4 KB) and a closing line naming its number,
with its companies swapped
for others (a rotation picked by the article's number), every figure scaled
by 1.0-1.6, years shifted by 0-4 and month names rotated, plus a sidecar
NAME.meta.json with an outlet name and a publish date. Same N, same files.
fixtures/blind/test (the held-out half) is skipped.
"""
import json
import os
import re
import sys

NAMES = ["Microsoft", "Oracle", "IBM", "Intel", "Apple", "Google", "Meta", "Nvidia",
         "Amazon", "Salesforce", "OpenAI", "Anthropic", "Cisco", "SoftBank", "Qualcomm", "Arm"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def articles(root):
    out = []
    held_out = os.path.join(root, "blind", "test")
    for d, dirs, files in os.walk(root):
        # The held-out half is never read, not even to vary it.
        dirs[:] = [x for x in dirs if os.path.join(d, x) != held_out]
        for f in sorted(files):
            if f.endswith((".txt", ".html")) and not f.startswith("expected"):
                out.append(os.path.join(d, f))
    return sorted(out)


def vary(text, i):
    shift = i % len(NAMES)
    names = {n: NAMES[(k + shift) % len(NAMES)] for k, n in enumerate(NAMES)}
    text = re.sub(r"\b(" + "|".join(NAMES) + r")\b", lambda m: names[m.group(1)], text)
    scale = 1.0 + (i % 7) / 10
    text = re.sub(r"\$(\d+(?:\.\d+)?)", lambda m: "$" + f"{float(m.group(1)) * scale:.1f}".rstrip("0").rstrip("."), text)
    text = re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) - i % 5), text)
    text = re.sub(r"\b(" + "|".join(MONTHS) + r")\b",
                  lambda m: MONTHS[(MONTHS.index(m.group(1)) + i) % 12], text)
    return text


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    base = articles(os.path.join(here, "..", "fixtures"))
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        src = base[i % len(base)]
        ext = os.path.splitext(src)[1]
        with open(src, encoding="utf-8", errors="replace") as f:
            text = vary(f.read(), i)
        # Plain-text fixtures are short: following ones are appended up to ~4 KB, a news article's length.
        k = i
        while ext == ".txt" and len(text) < 4000:
            k += 1
            nxt = base[k % len(base)]
            if nxt.endswith(".txt"):
                with open(nxt, encoding="utf-8", errors="replace") as f:
                    text += "\n\n" + vary(f.read(), i)
        # A closing line of its own, so no two articles share a text (the store would count copies once).
        line = f"Reporting by Outlet {i % 97} staff; story {i}."
        text = text.replace("</body>", f"<p>{line}</p></body>") if ext == ".html" else text + "\n" + line + "\n"
        name = os.path.join(out, f"a{i:06d}{ext}")
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)
        meta = {"source": f"Outlet {i % 97}", "published": f"{2026 - i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"}
        with open(os.path.join(out, f"a{i:06d}.meta.json"), "w") as f:
            json.dump(meta, f)


if __name__ == "__main__":
    main()
