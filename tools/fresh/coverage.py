#!/usr/bin/env python3
"""Gazetteer coverage on event-sentence gold: labelled ids against unlisted names.

Usage: coverage.py GOLD.jsonl BIN
coverage = entities / (entities + unlisted) over all items (entities_optional not counted);
'matched' also counts an unlisted name as covered when some entity the crate found overlaps it.
"""
import json, os, subprocess, sys

gold_path, binary = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
feed = "".join(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n" for g in gold)
run = subprocess.run([sys.executable, os.path.join(here, "withdate.py"), gold_path, binary],
                     input=feed.encode(), capture_output=True, check=True)
pred = {}
for line in run.stdout.decode().splitlines():
    if line.strip():
        o = json.loads(line)
        pred[o.get("id")] = o
ents = unl = matched = 0
for g in gold:
    ents += len(set(g.get("entities", [])))
    p = pred.get(g["id"], {})
    spans = [(e["char_start"], e["char_end"]) for e in p.get("entities", [])]
    for u in g.get("unlisted", []):
        t = u["text"] if isinstance(u, dict) else u
        unl += 1
        i = g["text"].find(t)
        if i >= 0 and any(s < i + len(t) and i < e for s, e in spans):
            matched += 1
tot = ents + unl
print(f"coverage {ents / tot:.3f} ({ents}/{tot}); counting matched unlisted {(ents + matched) / tot:.3f} ({matched} of {unl} unlisted overlapped)")
