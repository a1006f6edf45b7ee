#!/usr/bin/env python3
"""Run an annotate binary on stdin JSONL, adding each item's publication date from a gold file.

Usage: withdate.py GOLD.jsonl BIN [BIN args...]   (BIN defaults its args to --jsonl)
The scorers feed only {"id","text"}; dated gold (`date`: YYYY-MM-DD, or YYYY-MM which is passed
as the 15th) is passed on so that period-bound names and records resolve as the labeller saw them.
"""
import json, subprocess, sys

gold, binary = sys.argv[1], sys.argv[2]
args = sys.argv[3:] or ["--jsonl"]
dates = {}
for line in open(gold, encoding="utf-8"):
    if line.strip():
        g = json.loads(line)
        d = g.get("date")
        if isinstance(d, str) and len(d) == 7:
            d += "-15"
        if isinstance(d, str) and len(d) == 10:
            dates[g["id"]] = d
out = []
for line in sys.stdin:
    if not line.strip():
        continue
    o = json.loads(line)
    if o.get("id") in dates and "date" not in o:
        o["date"] = dates[o["id"]]
    out.append(json.dumps(o, ensure_ascii=False))
run = subprocess.run([binary] + args, input=("\n".join(out) + "\n").encode(), capture_output=True)
sys.stdout.buffer.write(run.stdout)
sys.stderr.buffer.write(run.stderr)
sys.exit(run.returncode)
