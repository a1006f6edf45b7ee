#!/usr/bin/env python3
"""Validate data/gazetteer.tsv and run a crude recall/precision check on gold sentences.

Usage (from the crate root):
    python3 tools/check_gazetteer.py                       # format checks + spec + gold recall
    python3 tools/check_gazetteer.py --gold G.jsonl --spec S.tsv --fp   # also list false alarms
    python3 tools/check_gazetteer.py FRAGMENT.tsv --base data/gazetteer.tsv --spec '' --gold ''
                                    # a fragment checked against the bundled file (ids, names,
                                    # affiliations), without the spec and gold checks
Exit code 1 when a format or spec check fails (recall misses only warn).

The crate's loader (`GazetteerBuilder::build`) is the authority on the format: it rejects
unknown columns, bad or duplicate ids, malformed periods, inter outside 1-8, admin1 outside the
22 districts for a Libyan place, unknown affiliations and names claimed by two entities, each
with file, line and column. The format checks here mirror it for editors without Rust; the
spec and gold checks are this script's own.

Stdlib only. The matcher here is a rough stand-in for the crate's (same ideas: normalized text,
whole words, proclitics, leftmost-longest, ambiguous aliases licensed by a cue/title directly
before or by an earlier unambiguous mention in the same document, block_before/block_after).
"""
import argparse, csv, json, re, sys
from collections import defaultdict

COLUMNS = ["id", "kind", "category", "english", "arabic", "aliases", "ambiguous", "cues",
           "titles", "affiliation", "lat", "lon", "block_before", "block_after", "admin1", "inter",
           "from", "to", "offices", "notes"]
LIST_COLS = ["aliases", "ambiguous", "cues", "titles", "affiliation", "block_before", "block_after",
             "offices"]
PERIOD_COLS = ["aliases", "ambiguous", "titles", "offices"]
ADMIN1 = {"Al Butnan", "Al Jabal al Akhdar", "Al Jabal al Gharbi", "Al Jfarah", "Al Jufrah",
          "Al Kufrah", "Al Marj", "Al Marqab", "Al Wahat", "An Nuqat al Khams", "Az Zawiyah",
          "Banghazi", "Darnah", "Ghat", "Misratah", "Murzuq", "Nalut", "Sabha", "Surt", "Tarabulus",
          "Wadi al Hayat", "Wadi ash Shati"}
LIBYA_BBOX = (19.4, 33.3, 9.3, 25.2)  # lat_min, lat_max, lon_min, lon_max (as LIBYA_BBOX in Rust)
BOUND_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = {"person", "organization", "location"}
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


def parse_bound(b, end):
    """A period bound (YYYY, YYYY-MM, YYYY-MM-DD or empty) as a comparable (y, m, d) or None."""
    import calendar
    b = b.strip()
    if not b:
        return None
    if not BOUND_RE.match(b):
        raise ValueError(f"`{b}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(x) for x in b.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if end else 1)
    if not (1 <= y and 1 <= m <= 12):
        raise ValueError(f"`{b}` is not a date")
    last = calendar.monthrange(y, m)[1]
    d = parts[2] if len(parts) > 2 else (last if end else 1)
    if not 1 <= d <= last:
        raise ValueError(f"`{b}` is not a date")
    return (y, m, d)


def split_period(item):
    """`name@FROM..TO` -> (name, (from, to)) ; `name` -> (name, None). Raises ValueError."""
    if "@" not in item:
        return item.strip(), None
    name, period = item.rsplit("@", 1)
    if not name.strip():
        raise ValueError(f"`{item}` has a period but no name")
    if ".." not in period:
        raise ValueError(f"period `{period}` is not FROM..TO")
    a, b = period.split("..", 1)
    f, t = parse_bound(a, False), parse_bound(b, True)
    if f and t and t < f:
        raise ValueError(f"period `{period}` ends before it starts")
    return name.strip(), (f, t)


def overlaps(p, q):
    """Do two periods (None = unbounded) share a day?"""
    p = p or (None, None)
    q = q or (None, None)
    return (p[0] is None or q[1] is None or p[0] <= q[1]) and \
           (q[0] is None or p[1] is None or q[0] <= p[1])


def name_of(item):
    try:
        return split_period(item)[0]
    except ValueError:
        return item


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
                unknown = [h for h in header if h not in COLUMNS]
                missing = [c for c in COLUMNS[:5] if c not in header]
                if unknown or missing or len(set(header)) != len(header):
                    errors.append(f"{path}:{n}: header: unknown {unknown}, missing {missing}"
                                  f" (columns: {COLUMNS})")
                continue
            if len(cells) != len(header):
                errors.append(f"{path}:{n}: {len(cells)} columns, expected {len(header)}")
                continue
            r = {c: "" for c in COLUMNS}
            r.update(zip(header, cells))
            r["_line"] = n
            r["_file"] = path
            rows.append(r)
    return rows, errors


def validate(rows, spec_path, base=()):
    errors, warnings = [], []
    ids = {}
    for r in base:
        ids[r["id"]] = f"{r['_file']}:{r['_line']}"
    for r in rows:
        n = r["_line"]
        for c in ("id", "kind", "category", "english", "arabic"):
            if not r[c].strip():
                errors.append(f"line {n}: empty {c}")
        for c in COLUMNS:
            if r[c] != r[c].strip():
                errors.append(f"line {n}: {c} has leading/trailing space")
        if not re.match(r"^[a-z0-9_]+$", r["id"]):
            errors.append(f"line {n}: bad id {r['id']!r}")
        if r["id"] in ids:
            errors.append(f"line {n}: duplicate id {r['id']} (first at line {ids[r['id']]})")
        ids[r["id"]] = n
        if r["inter"] and r["inter"] not in {str(i) for i in range(1, 9)}:
            errors.append(f"line {n}: inter {r['inter']!r} is not 1-8")
        if r["admin1"] and r["kind"] != "location":
            errors.append(f"line {n}: admin1 on a non-place")
        try:
            f, t = parse_bound(r["from"], False), parse_bound(r["to"], True)
            if f and t and t < f:
                errors.append(f"line {n}: to before from")
        except ValueError as e:
            errors.append(f"line {n}: from/to: {e}")
        for c in PERIOD_COLS:
            for item in split_list(r[c]):
                try:
                    split_period(item)
                except ValueError as e:
                    errors.append(f"line {n}: {c}: {item!r}: {e}")
        if "@" in r["arabic"]:
            errors.append(f"line {n}: the canonical name takes no period")
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
    by_id = {r["id"]: r for r in list(base) + rows}
    for r in rows:
        for a in split_list(r["affiliation"]):
            if a not in ids:
                errors.append(f"line {r['_line']}: affiliation {a!r} of {r['id']} is not an id")
            if a == r["id"]:
                errors.append(f"line {r['_line']}: {r['id']} affiliated with itself")
        if r["kind"] == "location" and r["admin1"] and libyan(r, by_id) \
                and r["admin1"] not in ADMIN1:
            errors.append(f"line {r['_line']}: admin1 {r['admin1']!r} is not one of the 22 "
                          f"districts: {sorted(ADMIN1)}")
    # A name (canonical, aliases) may name two entities only in disjoint periods (one holder
    # may keep it unbounded as its default meaning), or when ambiguous on one side.
    owner = defaultdict(list)  # key -> [(id, period, where)]
    for r in list(base) + rows:
        entity_period = None
        try:
            if r["from"] or r["to"]:
                entity_period = (parse_bound(r["from"], False), parse_bound(r["to"], True))
        except ValueError:
            pass
        items = [r["arabic"]] + split_list(r["aliases"])
        seen_here = set()
        for item in items:
            try:
                a, own = split_period(item)
            except ValueError:
                continue
            k = norm(a)
            if not k:
                continue
            period = own or entity_period
            if (k, period) in seen_here:
                if r in rows:
                    warnings.append(f"line {r['_line']}: {r['id']}: {a!r} repeats another name "
                                    "of the same entity after normalization")
                continue
            seen_here.add((k, period))
            for other, q, where in owner[k]:
                if other == r["id"]:
                    continue
                clash = (period is None and q is None) or \
                    (period is not None and q is not None and overlaps(period, q))
                if clash and r in rows:
                    errors.append(f"line {r['_line']}: name {a!r} of {r['id']} also names "
                                  f"{other} ({where}) in an overlapping period")
            owner[k].append((r["id"], period, f"{r['_file']}:{r['_line']}"))
    for r in rows:
        for a in split_list(r["ambiguous"]):
            k = norm(name_of(a))
            if any(o == r["id"] for o, _, _ in owner.get(k, [])):
                warnings.append(f"line {r['_line']}: {r['id']}: ambiguous {a!r} is also one of "
                                "its unambiguous names")
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


def libyan(r, by_id):
    """Affiliation chain reaches libya, or no other country and coordinates in Libya's box."""
    stack, seen = [r["id"]], set()
    foreign = False
    while stack:
        i = stack.pop()
        if i in seen or i not in by_id:
            continue
        seen.add(i)
        x = by_id[i]
        if i == "libya":
            return True
        if i != r["id"] and x["kind"] == "location" and x["category"] == "country":
            foreign = True
            continue
        stack.extend(split_list(x["affiliation"]))
    if foreign or not r["lat"] or not r["lon"]:
        return False
    try:
        lat, lon = float(r["lat"]), float(r["lon"])
    except ValueError:
        return False
    a, b, c, d = LIBYA_BBOX
    return a <= lat <= b and c <= lon <= d


# ---------------------------------------------------------------- crude matcher
PROCLITIC = r"(?:[وف]?(?:[بكل])?)"


class Matcher:
    def __init__(self, rows):
        self.rows = {r["id"]: r for r in rows}
        self.entries = []  # (normalized alias words, id, ambiguous)
        # The gold is undated: a name with its own period never matches (a default holder's
        # unbounded name does), and office titles never name anyone.
        def undated(items):
            out = []
            for a in items:
                try:
                    name, period = split_period(a)
                except ValueError:
                    continue
                if period is None:
                    out.append(name)
            return out
        for r in rows:
            for a in [r["arabic"]] + undated(split_list(r["aliases"])):
                self.entries.append((norm(a), r["id"], False))
            for a in undated(split_list(r["ambiguous"])):
                self.entries.append((norm(a), r["id"], True))
        self.cues = {r["id"]: {norm(c) for c in split_list(r["cues"])} for r in rows}
        self.titles = {r["id"]: [norm(t) for t in undated(split_list(r["titles"]))]
                       for r in rows}
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
    ap.add_argument("--base", action="append", default=[],
                    help="other gazetteer files loaded with this one (ids, names, affiliations)")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args()
    rows, errors = load(args.tsv)
    base = []
    for b in args.base:
        brows, berrors = load(b)
        base += brows
        errors += berrors
    import os
    spec = args.spec if args.spec and os.path.exists(args.spec) else None
    e2, warnings = validate(rows, spec, base)
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
        print(f"(spec {args.spec!r} not found: spec check skipped)")
    if args.gold and os.path.exists(args.gold):
        gold_check(base + rows, args.gold, args.fp)
    print("FAILED" if errors else "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
