#!/usr/bin/env python3
"""Validate data/gazetteer.tsv and run a crude recall/precision check on gold sentences.

Usage (from the crate root):
    python3 tools/check_gazetteer.py                       # format checks + spec + gold recall
    python3 tools/check_gazetteer.py --gold G.jsonl --spec S.tsv --fp   # also list false alarms
Exit code 1 when a format or spec check fails (recall misses only warn).

Stdlib only. The matcher here is a rough stand-in for the crate's (same ideas: normalized text,
whole words, proclitics, leftmost-longest, ambiguous aliases licensed by a cue/title directly
before or by an earlier unambiguous mention in the same document, block_before/block_after).
"""
import argparse, csv, json, re, sys
from collections import defaultdict

COLUMNS = ["id", "kind", "category", "english", "arabic", "aliases", "ambiguous", "cues",
           "titles", "affiliation", "lat", "lon", "block_before", "block_after", "notes"]
LIST_COLS = ["aliases", "ambiguous", "cues", "titles", "affiliation", "block_before", "block_after"]
KINDS = {"person", "organization", "location"}
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")

DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                      "ئ": "ي", "ک": "ك", "ی": "ي", "ھ": "ه", "ۀ": "ه", "ە": "ه"})


def norm(s):
    """Simple search normalization: diacritics, tatweel, letter folds, ASCII lower case."""
    s = DIAC.sub("", s).translate(FOLD).lower()
    return re.sub(r"\s+", " ", s).strip()


def split_list(v):
    return [x.strip() for x in v.split(";") if x.strip()]


def load(path):
    errors, rows, header = [], [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.endswith("\r"):
                errors.append(f"{path}:{n}: CR line ending")
                line = line.rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                if header != COLUMNS:
                    errors.append(f"{path}:{n}: header {header} != {COLUMNS}")
                continue
            if len(cells) != len(COLUMNS):
                errors.append(f"{path}:{n}: {len(cells)} columns, expected {len(COLUMNS)}")
                continue
            r = dict(zip(COLUMNS, cells))
            r["_line"] = n
            rows.append(r)
    return rows, errors


def validate(rows, spec_path):
    errors, warnings = [], []
    ids = {}
    for r in rows:
        n = r["_line"]
        for c in ("id", "kind", "category", "english", "arabic"):
            if not r[c].strip():
                errors.append(f"line {n}: empty {c}")
        for c in COLUMNS:
            if r[c] != r[c].strip():
                errors.append(f"line {n}: {c} has leading/trailing space")
        if not ID_RE.match(r["id"]):
            errors.append(f"line {n}: bad id {r['id']!r}")
        if r["id"] in ids:
            errors.append(f"line {n}: duplicate id {r['id']} (first at line {ids[r['id']]})")
        ids[r["id"]] = n
        if r["kind"] not in KINDS:
            errors.append(f"line {n}: bad kind {r['kind']!r}")
        if not SNAKE_RE.match(r["category"]):
            errors.append(f"line {n}: category not snake_case {r['category']!r}")
        for c, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
            v = r[c]
            if v:
                try:
                    x = float(v)
                    if not lo <= x <= hi:
                        errors.append(f"line {n}: {c} {v} out of range")
                except ValueError:
                    errors.append(f"line {n}: {c} {v!r} not a number")
        if (r["lat"] == "") != (r["lon"] == ""):
            errors.append(f"line {n}: lat and lon must be both set or both empty")
        if r["kind"] != "location" and (r["lat"] or r["lon"]):
            errors.append(f"line {n}: coordinates on a non-location")
        for c in LIST_COLS:
            items = r[c].split(";") if r[c] else []
            if any(not x.strip() for x in items):
                errors.append(f"line {n}: empty item in {c}")
            if len(items) != len(set(items)):
                warnings.append(f"line {n}: repeated item in {c}")
        amb = split_list(r["ambiguous"])
        if (amb and not (split_list(r["cues"]) or split_list(r["titles"]))):
            warnings.append(f"line {n}: {r['id']} has ambiguous aliases but no cues/titles "
                            "(licensed only by an earlier mention)")
    for r in rows:
        for a in split_list(r["affiliation"]):
            if a not in ids:
                errors.append(f"line {r['_line']}: affiliation {a!r} of {r['id']} is not an id")
            if a == r["id"]:
                errors.append(f"line {r['_line']}: {r['id']} affiliated with itself")
    # an alias (canonical, aliases, ambiguous) may name only one entity
    owner = {}
    for r in rows:
        names = [r["arabic"]] + split_list(r["aliases"]) + split_list(r["ambiguous"])
        seen_here = set()
        for a in names:
            k = norm(a)
            if not k:
                continue
            if k in seen_here:
                warnings.append(f"line {r['_line']}: {r['id']}: {a!r} repeats another name of "
                                "the same entity after normalization")
                continue
            seen_here.add(k)
            if k in owner and owner[k] != r["id"]:
                errors.append(f"line {r['_line']}: name {a!r} of {r['id']} also names {owner[k]}")
            owner.setdefault(k, r["id"])
    if spec_path:
        by_id = {r["id"]: r for r in rows}
        with open(spec_path, encoding="utf-8") as f:
            for s in csv.DictReader(f, delimiter="\t"):
                r = by_id.get(s["id"])
                if r is None:
                    errors.append(f"spec id {s['id']} missing")
                    continue
                for c in ("kind", "category", "english", "arabic", "lat", "lon"):
                    if c in s and (s[c] or "") != r[c]:
                        errors.append(f"spec {s['id']}.{c}: {r[c]!r} != spec {s[c]!r}")
    return errors, warnings


# ---------------------------------------------------------------- crude matcher
PROCLITIC = r"(?:[وف]?(?:[بكل])?)"


class Matcher:
    def __init__(self, rows):
        self.rows = {r["id"]: r for r in rows}
        self.entries = []  # (normalized alias words, id, ambiguous)
        for r in rows:
            for a in [r["arabic"]] + split_list(r["aliases"]):
                self.entries.append((norm(a), r["id"], False))
            for a in split_list(r["ambiguous"]):
                self.entries.append((norm(a), r["id"], True))
        self.cues = {r["id"]: {norm(c) for c in split_list(r["cues"])} for r in rows}
        self.titles = {r["id"]: [norm(t) for t in split_list(r["titles"])] for r in rows}
        self.bb = {r["id"]: {norm(c) for c in split_list(r["block_before"])} for r in rows}
        self.ba = {r["id"]: {norm(c) for c in split_list(r["block_after"])} for r in rows}
        pats = []
        for i, (a, _, _) in enumerate(self.entries):
            words = [re.escape(w) for w in a.split(" ")]
            body = r"\s?".join(words)  # tolerate a missing space between words
            if a.startswith("ال"):
                # ل + الجيش = للجيش (article alef dropped)
                body = r"(?:" + PROCLITIC + body + r"|[وف]?ل" + r"\s?".join(
                    [re.escape(a.split(' ')[0][1:])] + words[1:]) + r")"
            else:
                body = PROCLITIC + body
            pats.append((i, re.compile(r"(?<![\w])" + body + r"(?![\w])")))
        self.pats = pats

    @staticmethod
    def _strip_clitics(w):
        """Drop leading و/ف and ب/ل/ك from a neighbouring word (for cue and block lists)."""
        return re.sub(r"^[وف]?[بلك]?", "", w)

    def find(self, text, known):
        """Matches in one normalized sentence; `known` = ids already seen in the document."""
        cands = []
        for i, p in self.pats:
            for m in p.finditer(text):
                cands.append((m.start(), -(m.end() - m.start()), m.end(), i))
        cands.sort()
        out, pos = [], 0
        for start, _, end, i in cands:
            if start < pos:
                continue
            a, eid, amb = self.entries[i]
            before = text[:start].split()
            after = text[end:].split()
            prev = before[-1] if before else ""
            nxt = re.sub(r"[^\w]", "", after[0]) if after else ""
            prevs = {prev, self._strip_clitics(prev)}
            if self.bb[eid] & prevs or self.ba[eid] & {nxt, self._strip_clitics(nxt)}:
                continue
            if amb:
                lic = eid in known or bool(self.cues[eid] & prevs)
                if not lic:
                    head = " ".join(before)
                    lic = any(t and head.endswith(t) for t in self.titles[eid])
                if not lic:
                    continue
            out.append((eid, text[start:end], amb))
            if not amb:
                known.add(eid)
            pos = end
        return out


def gold_check(rows, gold_path, show_fp):
    m = Matcher(rows)
    tp = fn = fp = 0
    misses, alarms = [], []
    known_by_doc = defaultdict(set)
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            doc = g["id"].rsplit("-", 1)[0]
            text = " " + norm(re.sub(r"[«»\"“”'()\[\]،,.:;!؟?…\-–—•/]", " ", g["text"])) + " "
            found = m.find(text, known_by_doc[doc])
            got = {e for e, _, _ in found}
            req, opt = set(g.get("entities", [])), set(g.get("entities_optional", []))
            for e in sorted(req):
                if e in got:
                    tp += 1
                else:
                    fn += 1
                    misses.append(f"  MISS {g['id']} {e}: {g['text'][:110]}")
            for e in sorted(got - req - opt):
                fp += 1
                s = [t for x, t, _ in found if x == e]
                alarms.append(f"  FALSE {g['id']} {e} ({s[0]}): {g['text'][:90]}")
    rec = tp / (tp + fn) if tp + fn else 1.0
    prec = tp / (tp + fp) if tp + fp else 1.0
    print(f"gold check ({gold_path}): required {tp + fn}, found {tp}, recall {rec:.3f}; "
          f"false alarms {fp}, precision {prec:.3f}")
    for x in misses:
        print(x)
    if show_fp:
        for x in alarms:
            print(x)
    return fn


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", nargs="?", default="data/gazetteer.tsv")
    ap.add_argument("--spec", default="../shared/spec/entities.tsv")
    ap.add_argument("--gold", default="../shared/corpus/gold/seeds.jsonl")
    ap.add_argument("--fp", action="store_true", help="also list false alarms on the gold")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args()
    rows, errors = load(args.tsv)
    import os
    spec = args.spec if os.path.exists(args.spec) else None
    e2, warnings = validate(rows, spec)
    errors += e2
    kinds = defaultdict(int)
    cats = defaultdict(int)
    for r in rows:
        kinds[r["kind"]] += 1
        cats[(r["kind"], r["category"])] += 1
    print(f"{args.tsv}: {len(rows)} entities: " +
          ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if not args.quiet:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if spec is None:
        print(f"(spec {args.spec} not found: spec check skipped)")
    if os.path.exists(args.gold):
        gold_check(rows, args.gold, args.fp)
    print("FAILED" if errors else "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
