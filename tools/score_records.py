#!/usr/bin/env python3
"""Score document-level event records (shared/spec/records.md) against a gold JSONL file.

Usage (from the project root):
    python3 ../gold/score_records.py ../gold/records_dev.jsonl
    python3 ../gold/score_records.py ../gold/sentences_dev.jsonl --errors
    python3 ../gold/score_records.py GOLD.jsonl --cmd "target/release/examples/annotate --jsonl"
    python3 ../gold/score_records.py GOLD.jsonl --min-record-f1 0.8 --min-date 0.85 --min-actor1 0.75 \
        --min-actor2 0.75 --min-location 0.85 --min-fatalities 0.9

The command reads {"id","text","date"} lines on stdin and writes one JSON object per line with
{"id", "records": [{"kind","modality","background","date","actor1","actor2","location",
"fatalities","injured","sources",...}]} as records.md specifies.

Two gold formats (the mode is chosen from the first gold line):

* documents (records_*.jsonl): {"id","date","text","records":[gold record]} where a gold record is
  {"kind","modality","date": {"start","end","precision"} | null, "actor1","actor2","location",
  "admin1","fatalities","injured","sources"} plus optional keys:
    kind_alt       other kinds under which the same event is acceptable (one record still)
    bilateral      true: actor1/actor2 may come in either order
    location_alt   other acceptable place ids
    district       true: the gold location is a district-sized region (e.g. jufra); a predicted
                   place with the same admin1 is accepted
    precision_alt  other acceptable date precisions
    date_alt       other acceptable dates (a list, null allowed): read only with --alt
    optional       true: a borderline record (report vs background); unmatched it is no miss,
                   matched it is no hit, but its fields are still scored
  An actor is {"id","generic"}, null, or a list of acceptable alternatives (null allowed in it).
  Predicted records count only when "modality" == "asserted" and "background" is not true.
  Matching is one-to-one: a predicted record may match a gold record of the same kind (or a
  kind in kind_alt); among candidates the best by location, actor ids and date overlap wins
  (greedy on a pair score, ties broken by document order).
  Record P/R/F1, then among matched records the accuracy of:
    date        both null, or the ranges overlap and the precision agrees
    actor1/2    ids equal (a generic actor: generic category equal); bilateral: either order
    location    id equal (or in location_alt); same admin1 when the gold location is a district
                ("district": true); when the gold location is null but admin1 is
                set (only the district is known) the predicted location's admin1 must equal it;
                both null
    fatalities, injured   equal, null = null
  sources (set equality) are reported for information only.

* sentences (sentences_*.jsonl): {"id","date","text","kind","event_date","fatalities","injured"}.
  Per sentence the predicted record of the gold kind (the first non-background one; any
  modality, so that a planned meeting still shows its date), else the first asserted
  non-background record, is compared: date (rule above), fatalities, injured. A sentence with no
  usable record counts as wrong on all three.

The last line is the summary; --min-* flags set the exit code (1 when below, 2 on a command
failure), like shared/tools/score.py.
"""
import argparse, json, subprocess, sys

GENERICS = {"state_forces", "unidentified_armed_group", "militia", "protesters", "rioters",
            "civilians", "external_forces"}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ratio(ok, n):
    return ok / n if n else 0.0


# ---------------------------------------------------------------- field rules
def date_ok(g, p, prec_alt=()):
    if g is None:
        return p is None
    if not isinstance(p, dict) or not p.get("start"):
        return False
    ps, pe = p.get("start"), p.get("end") or p.get("start")
    if not (ps <= g["end"] and g["start"] <= pe):
        return False
    return p.get("precision") == g["precision"] or p.get("precision") in prec_alt


ALT = False  # --alt: a gold record's `date_alt` dates are accepted too


def rec_date_ok(g, p):
    """the gold record's date, or with --alt any of its `date_alt` (null allowed)"""
    prec_alt = g.get("precision_alt", ())
    if date_ok(g["date"], p, prec_alt):
        return True
    return ALT and any(date_ok(d, p, prec_alt) for d in g.get("date_alt") or [])


def one_actor_ok(g, p):
    if g is None:
        return p is None
    if not isinstance(p, dict):
        return False
    if g.get("id"):
        return p.get("id") == g["id"]
    return p.get("generic") == g.get("generic") and not p.get("id")


def actor_ok(g, p):
    alts = g if isinstance(g, list) else [g]
    return any(one_actor_ok(a, p) for a in alts)


def loc_id(p):
    return p.get("id") if isinstance(p, dict) else None


def location_ok(g, p):
    pl = p.get("location")
    alts = g.get("location_alt", [])
    if g.get("location"):
        if loc_id(pl) == g["location"] or (loc_id(pl) is not None and loc_id(pl) in alts):
            return True
        # the gold place is a whole district (shabiya): any place inside it will do
        return bool(g.get("district") and g.get("admin1") and isinstance(pl, dict) and pl.get("admin1") == g["admin1"])
    if alts and loc_id(pl) in alts:
        return True
    if g.get("admin1"):
        return isinstance(pl, dict) and pl.get("admin1") == g["admin1"]
    return pl is None


def kind_ok(g, p):
    return p.get("kind") == g["kind"] or p.get("kind") in g.get("kind_alt", [])


def actors_ok(g, p):
    """(actor1 ok, actor2 ok), trying the swapped order for bilateral events"""
    a1, a2 = actor_ok(g["actor1"], p.get("actor1")), actor_ok(g["actor2"], p.get("actor2"))
    if g.get("bilateral") and not (a1 and a2):
        s1, s2 = actor_ok(g["actor1"], p.get("actor2")), actor_ok(g["actor2"], p.get("actor1"))
        if s1 + s2 > a1 + a2:
            return s1, s2
    return a1, a2


def pair_score(g, p):
    a1, a2 = actors_ok(g, p)
    s = 4 * location_ok(g, p) + 2 * a1 + 1 * a2 + 2 * rec_date_ok(g, p.get("date"))
    s += 1 if p.get("kind") == g["kind"] else 0          # exact kind over kind_alt
    s += 0.5 * (g.get("fatalities") == p.get("fatalities"))
    s += 0 if g.get("optional") else 0.25                # prefer required gold records
    return s


def asserted(recs):
    return [r for r in recs if isinstance(r, dict) and r.get("modality") == "asserted" and r.get("background") is not True]


def short(r):
    if r is None:
        return "-"
    def act(a):
        if a is None:
            return "null"
        if isinstance(a, list):
            return "|".join(act(x) for x in a)
        return a.get("id") or a.get("generic") or "?"
    loc = r.get("location")
    loc = loc.get("id") if isinstance(loc, dict) else loc
    d = r.get("date")
    d = f"{d['start']}..{d['end']}/{d['precision']}" if isinstance(d, dict) else "null"
    return (f"{r.get('kind')} date={d} a1={act(r.get('actor1'))} a2={act(r.get('actor2'))} loc={loc} "
            f"fat={r.get('fatalities')} inj={r.get('injured')}")


# ---------------------------------------------------------------- running the command
def run(cmd, gold):
    feed = "".join(json.dumps({"id": g["id"], "text": g["text"], "date": g.get("date")}, ensure_ascii=False) + "\n"
                   for g in gold)
    r = subprocess.run(cmd, shell=True, input=feed.encode(), capture_output=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode(errors="replace")[-3000:])
        print(f"FAIL: command exited {r.returncode}")
        return None
    pred = {}
    for n, line in enumerate(r.stdout.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
            pred[str(o["id"])] = o
        except (ValueError, KeyError, TypeError) as x:
            print(f"FAIL: output line {n} is not a JSON object with an id: {x}")
            return None
    return pred


# ---------------------------------------------------------------- documents
FIELDS = ["date", "actor1", "actor2", "location", "fatalities", "injured"]


def score_docs(gold, pred, a):
    tp = fp = fn = npred = 0
    ok = {f: 0 for f in FIELDS}
    src_ok = 0
    nmatched = 0
    notes, missing = [], 0
    for g in gold:
        o = pred.get(str(g["id"]))
        if o is None:
            missing += 1
            o = {}
        prs = asserted(o.get("records") or [])
        npred += len(prs)
        grs = g["records"]
        pairs = []
        for gi, gr in enumerate(grs):
            for pi, pr in enumerate(prs):
                if kind_ok(gr, pr):
                    pairs.append((-pair_score(gr, pr), abs(gi - pi), gi, pi))
        pairs.sort()
        gm, pm = {}, {}
        for _, _, gi, pi in pairs:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        for gi, gr in enumerate(grs):
            if gi not in gm:
                if not gr.get("optional"):
                    fn += 1
                    if a.errors:
                        notes.append(f"{g['id']} MISSED  {short(gr)}")
                continue
            pr = prs[gm[gi]]
            if not gr.get("optional"):
                tp += 1
            nmatched += 1
            a1, a2 = actors_ok(gr, pr)
            res = {
                "date": rec_date_ok(gr, pr.get("date")),
                "actor1": a1, "actor2": a2,
                "location": location_ok(gr, pr),
                "fatalities": gr.get("fatalities") == pr.get("fatalities"),
                "injured": gr.get("injured") == pr.get("injured"),
            }
            for f in FIELDS:
                ok[f] += bool(res[f])
            src_ok += set(gr.get("sources", [])) == set(pr.get("sources") or [])
            bad = [f for f in FIELDS if not res[f]]
            if a.errors and bad:
                notes.append(f"{g['id']} FIELDS  {','.join(bad)}\n      gold: {short(gr)}\n      pred: {short(pr)}")
        for pi, pr in enumerate(prs):
            if pi not in pm:
                fp += 1
                if a.errors:
                    notes.append(f"{g['id']} FALSE   {short(pr)}")
    if a.errors:
        for n in notes:
            print(n)
    p, r, f = prf(tp, fp, fn)
    acc = {k: ratio(ok[k], nmatched) for k in FIELDS}
    print(f"documents={len(gold)} unanswered={missing} gold_records={tp + fn} (+{sum(bool(r.get('optional')) for g in gold for r in g['records'])} optional) predicted={npred} matched={nmatched}")
    print(f"records P={p:.3f} R={r:.3f} F1={f:.3f} | " +
          " ".join(f"{k}={acc[k]:.3f}" for k in FIELDS) + f" | sources={ratio(src_ok, nmatched):.3f} (info)")
    mins = {"date": a.min_date, "actor1": a.min_actor1, "actor2": a.min_actor2, "location": a.min_location,
            "fatalities": a.min_fatalities, "injured": a.min_injured}
    good = missing == 0 and f >= a.min_record_f1 and all(acc[k] >= mins[k] for k in FIELDS)
    return 0 if good else 1


# ---------------------------------------------------------------- sentences
def pick(g, recs):
    recs = [r for r in recs if isinstance(r, dict)]
    for r in recs:
        if r.get("kind") == g["kind"] and r.get("background") is not True:
            return r
    ar = asserted(recs)
    return ar[0] if ar else None


def score_sents(gold, pred, a):
    ok = {"date": 0, "fatalities": 0, "injured": 0}
    kind_found = norec = missing = 0
    notes = []
    for g in gold:
        o = pred.get(str(g["id"]))
        if o is None:
            missing += 1
            o = {}
        r = pick(g, o.get("records") or [])
        if r is None:
            norec += 1
            if a.errors:
                notes.append(f"{g['id']} NO RECORD  want {g['kind']} date={g['event_date']} fat={g['fatalities']} inj={g['injured']}")
            continue
        kind_found += r.get("kind") == g["kind"]
        res = {"date": date_ok(g["event_date"], r.get("date")),
               "fatalities": g["fatalities"] == r.get("fatalities"),
               "injured": g["injured"] == r.get("injured")}
        for k in ok:
            ok[k] += res[k]
        bad = [k for k in ok if not res[k]]
        if a.errors and bad:
            gd = g["event_date"]
            gd = f"{gd['start']}..{gd['end']}/{gd['precision']}" if gd else "null"
            notes.append(f"{g['id']} {','.join(bad)}  gold: {g['kind']} date={gd} fat={g['fatalities']} "
                         f"inj={g['injured']}\n      pred: {short(r)}\n      text: {g['text']}")
    if a.errors:
        for n in notes:
            print(n)
    n = len(gold)
    acc = {k: ratio(ok[k], n) for k in ok}
    print(f"sentences={n} unanswered={missing} no_record={norec} kind_found={kind_found}/{n}")
    print(f"date={acc['date']:.3f} fatalities={acc['fatalities']:.3f} injured={acc['injured']:.3f}")
    good = (missing == 0 and acc["date"] >= a.min_date and acc["fatalities"] >= a.min_fatalities
            and acc["injured"] >= a.min_injured)
    return 0 if good else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--cmd", default="cargo run --release --quiet --example annotate -- --jsonl")
    ap.add_argument("--errors", action="store_true", help="list every miss, false record and wrong field")
    ap.add_argument("--alt", action="store_true",
                    help="also accept a gold record's optional `date_alt` dates (off: they are not read)")
    for f in ["record-f1", "date", "actor1", "actor2", "location", "fatalities", "injured"]:
        ap.add_argument(f"--min-{f}", type=float, default=0.0)
    a = ap.parse_args()
    global ALT
    ALT = a.alt
    gold = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    if not gold:
        print("FAIL: empty gold file")
        return 2
    pred = run(a.cmd, gold)
    if pred is None:
        return 2
    if "records" in gold[0]:
        return score_docs(gold, pred, a)
    return score_sents(gold, pred, a)


if __name__ == "__main__":
    sys.exit(main())
