#!/usr/bin/env bash
# Whole-process normalization, side by side in one run: this crate's `normalize --preset search`
# (all cores, and --jobs 1), Lucene 8.7's ArabicNormalizer in a JVM (LuceneOracle, mode
# `normalize`) and the CAMeL Tools search chain in CPython, on the same FILE; best wall time of
# ROUNDS interleaved rounds (default 3), and the ratios.
#
#   bash ../shared/tools/oracles/setup.sh          # once: CAMeL Tools venv, Lucene jars
#   bash tools/normalize_peers.sh FILE [ROUNDS]     # FILE: e.g. peers.py --make-corpus F --size-mb 20
set -euo pipefail
FILE=${1:?usage: normalize_peers.sh FILE [ROUNDS]}
ROUNDS=${2:-3}
HERE=$(cd "$(dirname "$0")/.." && pwd)
ORACLES=${ORACLES:-$HERE/../shared/tools/oracles}
PY=${ORACLE_VENV:-/tmp/oracle-venv}/bin/python
CP=/usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar
cargo build --release --quiet --example normalize --manifest-path "$HERE/Cargo.toml"
BIN=$HERE/target/release/examples/normalize
# Compile the Java oracle once (peers.py does it on first use).
printf 'x\n' > /tmp/normalize_peers_probe.txt
"$PY" "$ORACLES/peers.py" --oracle lucene_normalize /tmp/normalize_peers_probe.txt > /dev/null
CLASSES=${LUCENE_ORACLE_CLASSES:-/tmp/lucene_oracle_classes}
declare -A BEST
run() { # name command...
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
  local t; t=$(echo "$t1 - $t0" | bc -l)
  if [ -z "${BEST[$name]:-}" ] || (( $(echo "$t < ${BEST[$name]}" | bc -l) )); then BEST[$name]=$t; fi
}
for _ in $(seq "$ROUNDS"); do
  run crate "$BIN" --preset search "$FILE"
  run crate_1 "$BIN" --preset search --jobs 1 "$FILE"
  run lucene sh -c "java -cp '$CP:$CLASSES' LuceneOracle normalize < '$FILE'"
  run camel "$PY" "$ORACLES/peers.py" --oracle camel_search_chain "$FILE"
done
MB=$(echo "$(stat -c %s "$FILE") / 1000000" | bc -l)
printf '%s, %.1f MB, best of %s rounds, wall seconds (load: %s)\n' "$FILE" "$MB" "$ROUNDS" "$(cut -d' ' -f1-3 /proc/loadavg)"
for k in crate crate_1 lucene camel; do printf '  %-8s %7.3f s\n' "$k" "${BEST[$k]}"; done
printf '  crate (all cores) vs Lucene: %.1fx, vs CAMeL: %.1fx\n' "$(echo "${BEST[lucene]} / ${BEST[crate]}" | bc -l)" "$(echo "${BEST[camel]} / ${BEST[crate]}" | bc -l)"
printf '  crate --jobs 1   vs Lucene: %.1fx, vs CAMeL: %.1fx\n' "$(echo "${BEST[lucene]} / ${BEST[crate_1]}" | bc -l)" "$(echo "${BEST[camel]} / ${BEST[crate_1]}" | bc -l)"
