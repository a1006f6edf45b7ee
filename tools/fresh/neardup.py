#!/usr/bin/env python3
"""Items of new gold that share 8-word runs with the repository's own material.

Usage: neardup.py GOLD.jsonl [GOLD2.jsonl ...]   (run from the crate root; LIBYA_NLP_SHARED
names the shared folder when it is not ../shared)
Prints each item whose share of 8-word shingles found in tests/, data/ or ../shared/corpus is
>= 0.2, with the share; set aside items >= 0.35.
"""
import json, os, re, sys

def words(t):
    return re.findall(r"[\u0600-\u06FF0-9A-Za-z]+", t)

def shingles(t, n=8):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}

seen = set()
# The shared corpus sits beside the crate (`../shared`); a checkout elsewhere (a worktree) finds
# it through LIBYA_NLP_SHARED, or says it cannot rather than skip it silently.
shared = os.environ.get("LIBYA_NLP_SHARED", "../shared")
roots = ["tests", "data", os.path.join(shared, "corpus")]
missing = [r for r in roots if not os.path.isdir(r)]
if missing:
    sys.exit(f"neardup.py: not found: {', '.join(missing)} (run from the crate root; set "
             "LIBYA_NLP_SHARED to the shared folder)")
for root in roots:
    for dp, _, fs in os.walk(root):
        for f in fs:
            if f.endswith((".jsonl", ".txt", ".tsv", ".json", ".md", ".rs", ".csv")):
                try:
                    seen |= shingles(open(os.path.join(dp, f), encoding="utf-8", errors="ignore").read())
                except OSError:
                    pass
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        s = shingles(g["text"])
        if s:
            share = len(s & seen) / len(s)
            if share >= 0.2:
                print(f"{path}\t{g['id']}\t{share:.2f}")
