#!/usr/bin/env python3
"""Writes fixtures/seeds-*/expected.orgs.json: every ORG and PERSON mention of
the two seed articles, annotated by hand as the table below (surface form →
entity), found at word bounds, longest first. Char offsets, UTF-8 text.

Left out on purpose (not organizations, or too ambiguous to annotate):
"X" (the social network, "a post on X"), "Frontier" (an OpenAI tool),
"AGI", "AI Labs contract", "Stateful Technologies", "tech crunch event",
"the companies" / "the giants" (plural, several entities)."""
import json, re

PRODUCT = lambda e, owner: {"entity": e, "kind": "product", "owner": owner}
PERSON = lambda e, **kw: dict({"entity": e, "kind": "person"}, **kw)

COMMON = {
    "Microsoft": ("ORG", "microsoft"),
    "OpenAI": ("ORG", "openai"),
    "Amazon": ("ORG", "amazon"),
    "AWS": ("ORG", {"entity": "aws", "kind": "company"}),
    "Amazon Web Services": ("ORG", "aws"),
    "Azure": ("ORG", PRODUCT("azure", "microsoft")),
    "ChatGPT": ("ORG", PRODUCT("chatgpt", "openai")),
}
SEEDS = {
    "seeds-techcrunch": dict(COMMON, **{
        "AWS Bedrock": ("ORG", PRODUCT("bedrock", "aws")),
        "Claude": ("ORG", PRODUCT("claude", "anthropic")),
        "Anthropic": ("ORG", "anthropic"),
        "The Financial Times": ("ORG", {"entity": "financial-times", "kind": "publisher"}),
        "FT": ("ORG", "financial-times"),
        "the ChatGPT makers": ("ORG", {"entity": "openai", "via": "ChatGPT"}),
        "the Windows giant": ("ORG", {"entity": "microsoft", "via": "Windows"}),
        "the model maker": ("ORG", "openai"),
        "the cloud giant": ("ORG", "microsoft"),
        "Andy Jassy": ("PERSON", PERSON("person:andy-jassy", role="CEO", employer="amazon")),
        "Elon Musk": ("PERSON", "person:elon-musk"),
    }),
    "seeds-outlet-b": dict(COMMON, **{
        "Sam Altman’s company": ("ORG", {"entity": "openai", "via": "Sam Altman"}),
        "Sam Altman": ("PERSON", PERSON("person:sam-altman", employer="openai")),
        "GPT-5.5": ("ORG", PRODUCT("gpt-5-5", "openai")),
        "Amazon Bedrock Managed Agents": ("ORG", {"kind": "product"}),
        "Amazon Bedrock": ("ORG", PRODUCT("bedrock", "aws")),
        "Codex": ("ORG", PRODUCT("codex", "openai")),
        "Trainium": ("ORG", PRODUCT("trainium", "amazon")),
        "Google": ("ORG", "google"),
        "TechCrunch": ("ORG", {"entity": "techcrunch", "kind": "publisher"}),
    }),
}
# Nested on purpose: the person inside the possessive epithet.
NESTED = {("seeds-outlet-b", "Sam Altman")}

for seed, table in SEEDS.items():
    text = open(f"fixtures/{seed}/article.txt", encoding="utf-8").read()
    taken = []
    mentions = []
    for surface in sorted(table, key=len, reverse=True):
        kind, value = table[surface]
        for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text):
            s, e = m.start(), m.end()
            if (seed, surface) not in NESTED and any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            mentions.append({"type": kind, "start": s, "end": e, "text": surface, "value": value})
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    out = {
        "description": "Every ORG and PERSON mention with its entity (scripts/annotate-seed-orgs.py has the table and what is left out). Products are ORG mentions of kind product with their owner.",
        "annotated": ["ORG", "PERSON"],
        "thresholds": {"ORG": 0.97, "PERSON": 1.0},
        "mentions": mentions,
    }
    with open(f"fixtures/{seed}/expected.orgs.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(seed, len(mentions))
