#!/usr/bin/env bash
# Score one annotate binary on every gold set in the repository (totals only):
#   tools/fresh/inrepo.sh BIN
# Event/entity sets with score.py (dated ones through withdate.py), record and sentence sets
# with score_records.py, the AGSR dev half with score_agsr.py.
set -u
BIN=$(readlink -f "$1"); T=$(dirname "$0")
S=../shared/tools/score.py; [ -f "$S" ] || S=tools/score.py
W="python3 $T/withdate.py"
for f in tests/data/seeds_gold.jsonl tests/data/heldout.jsonl tests/data/fresh/*.jsonl \
         tests/data/gazetteer/dated_sentences.jsonl; do
  g=$f
  if ! head -1 "$f" | grep -q '"events"'; then  # entity-only gold (periods): give it no events
    g=$(mktemp); python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    if l.strip():
        o = json.loads(l); o.setdefault("events", []); o.setdefault("entities_optional", [])
        print(json.dumps(o, ensure_ascii=False))' "$f" > "$g"
  fi
  printf '%-48s ' "$(basename "$f")"; python3 "$S" "$g" --cmd "$W $g $BIN" | tail -1
done
for f in tests/data/records/*.jsonl; do
  printf '%-48s ' "$(basename "$f")"; python3 tools/score_records.py "$f" --cmd "$BIN --jsonl" | tail -2 | tr '\n' ' '; echo
done
printf '%-48s ' agsr; python3 tools/score_agsr.py --cmd "$BIN --jsonl" | tail -2 | tr '\n' ' '; echo
