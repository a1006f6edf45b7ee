#!/usr/bin/env python3
"""Score the annotate example on the AGSR gold standard (OEDA arabic_event_gsr), as its README says.

Usage (from the crate root):
    python3 tools/score_agsr.py                       # tests/data/agsr (the dev half)
    python3 tools/score_agsr.py DIR --errors          # another copy; list false alarms and misses
    python3 tools/score_agsr.py --cmd "target/release/examples/annotate --jsonl"

A sentence is predicted ASSAULT when it has an asserted event that is not background of kind
bombing, casualties, abduction, assassination or violence_against_civilians, and PROTEST when it
has such a protest. Precision, recall and F1 against `yes`, with `easy no` and `difficult no` as
negatives; `ambiguous` rows are left out. Stdlib only.
"""
import argparse, csv, json, os, subprocess, sys

KINDS = {
    "ASSAULT": {"bombing", "casualties", "abduction", "assassination", "violence_against_civilians"},
    "PROTEST": {"protest"},
}
FILES = {"ASSAULT": "assault_gsr.csv", "PROTEST": "protest_gsr.csv"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=os.path.join(here, "..", "tests", "data", "agsr"))
    ap.add_argument("--cmd", default="cargo run --release --quiet --example annotate -- --jsonl")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--min-assault-f1", type=float, default=0.0)
    ap.add_argument("--min-protest-f1", type=float, default=0.0)
    a = ap.parse_args()

    rows = []
    for typ, name in FILES.items():
        with open(os.path.join(a.dir, name), encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                if r["label"] == "ambiguous":
                    continue
                rows.append((typ, r["id"], r["label"] == "yes", r["text"]))
    texts = {}
    for typ, rid, _, text in rows:
        texts[f"{typ}:{rid}"] = text
    feed = "".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) + "\n" for k, t in texts.items())
    run = subprocess.run(a.cmd, shell=True, input=feed.encode(), capture_output=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr.decode(errors="replace")[-3000:])
        print(f"FAIL: command exited {run.returncode}")
        return 2
    pred = {}
    for line in run.stdout.decode("utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            pred[str(o["id"])] = o
    ok = True
    summary = []
    for typ in FILES:
        tp = fp = fn = 0
        errs = []
        for t, rid, gold, text in rows:
            if t != typ:
                continue
            o = pred.get(f"{typ}:{rid}", {})
            hits = [e for e in o.get("events", [])
                    if e.get("kind") in KINDS[typ] and e.get("modality") == "asserted" and not e.get("background")]
            p = bool(hits)
            if p and gold:
                tp += 1
            elif p:
                fp += 1
                trig = ", ".join(f"{e['kind']}:{e['trigger']['text']}" for e in hits)
                errs.append(f"FP {typ} {rid} [{trig}] {text}")
            elif gold:
                fn += 1
                errs.append(f"FN {typ} {rid} {text}")
        pr = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        if a.errors:
            print("\n".join(errs))
        summary.append(f"{typ} P={pr:.3f} R={rc:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})")
        need = a.min_assault_f1 if typ == "ASSAULT" else a.min_protest_f1
        ok &= f1 >= need
    print(" | ".join(summary))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
