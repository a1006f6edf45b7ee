#!/usr/bin/env bash
# Score one annotate binary on an unseen round: unseen.sh GOLD_DIR NN BIN
# (GOLD_DIR holds evA/realNNa.jsonl evB/realNNb.jsonl rec/records_realNN.jsonl
#  sp/sentences_realNN.jsonl sp/periods_realNN.jsonl; missing files are skipped). Totals only.
set -u
G=$1; N=$2; BIN=$(readlink -f "$3"); T=$(dirname "$0")
S=../shared/tools/score.py; [ -f "$S" ] || S=tools/score.py
W="python3 $T/withdate.py"
for f in "$G/evA/real${N}a.jsonl" "$G/evB/real${N}b.jsonl" "$G/ev/real${N}.jsonl"; do
  [ -f "$f" ] || continue
  echo "== $(basename "$f")"; python3 "$S" "$f" --cmd "$W $f $BIN" | tail -1
  python3 "$T/coverage.py" "$f" "$BIN"
done
both=("$G/evA/real${N}a.jsonl" "$G/evB/real${N}b.jsonl")
if [ -f "${both[0]}" ] && [ -f "${both[1]}" ]; then  # the round's event score: both sets as one
  f=$(mktemp --suffix .jsonl); cat "${both[@]}" > "$f"
  echo "== real${N}a+b"; python3 "$S" "$f" --cmd "$W $f $BIN" | tail -1
  python3 "$T/coverage.py" "$f" "$BIN"; rm -f "$f"
fi
f="$G/rec/records_real${N}.jsonl"
[ -f "$f" ] && { echo "== $(basename "$f")"; python3 tools/score_records.py "$f" --cmd "$BIN --jsonl" | tail -3; }
f="$G/sp/sentences_real${N}.jsonl"
[ -f "$f" ] && { echo "== $(basename "$f")"; python3 tools/score_records.py "$f" --cmd "$BIN --jsonl" | tail -3; }
f="$G/sp/periods_real${N}.jsonl"
[ -f "$f" ] && { echo "== $(basename "$f")"; python3 "$S" "$f" --cmd "$W $f $BIN" | tail -1; }
exit 0
