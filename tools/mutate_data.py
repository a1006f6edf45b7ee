#!/usr/bin/env python3
"""Break the crate's bundled data on purpose, one mutation at a time, and check the suite notices.

Each mutation is applied to a copy of the crate (the committed HEAD, or the working files with
`--worktree`; never the crate itself), then `cargo test --tests` runs there (unit and integration tests, no doctests, no
benches) with a target directory shared by all mutations, so only the crate is rebuilt. The
report says for each mutation whether the suite failed and which tests failed. A mutation the
suite does not notice is a hole in the suite: add a test that depends on the data it removed.

Usage (from the crate root; stdlib only):

    python3 tools/mutate_data.py                 # every mutation
    python3 tools/mutate_data.py --only blockers  # some of them (repeatable)
    python3 tools/mutate_data.py --list
    python3 tools/mutate_data.py --markdown       # the result table as Markdown

Files are read by column name (header line), so added or reordered columns do not matter.
Random choices use a fixed seed (`--seed`, default 14). The run takes a few minutes: the crate
is rebuilt once per mutation. Exit status 1 when some mutation passed the suite, 2 when the
suite could not run at all (cargo failed before any test: a set-up error, reported as such).
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# `python` too: the workspace names it as a member, so cargo needs its manifest even though
# `cargo test` at the root builds only the crate (`default-members`).
COPY = ["Cargo.toml", "Cargo.lock", "src", "data", "tests", "examples", "benches", "README.md",
        "CHANGELOG.md", "python"]
MODALITIES = {"asserted", "negated", "planned", "demanded", "hypothetical"}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def split_table(text):
    """(lines, header index, header fields). The header is the first non-comment line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            return lines, i, line.split("\t")
    raise ValueError("no header line")


def is_row(line):
    return bool(line.strip()) and not line.startswith("#")


def map_rows(path, fn):
    """Rewrites the data rows of a TSV: fn(fields, header) returns fields, or None to drop."""
    lines, h, header = split_table(read(path))
    out = lines[: h + 1]
    for line in lines[h + 1:]:
        if not is_row(line):
            out.append(line)
            continue
        fields = line.split("\t")
        new = fn(fields, header)
        if new is not None:
            out.append("\t".join(new))
    write(path, "\n".join(out))


def empty_columns(path, names):
    def fn(fields, header):
        for name in names:
            if name in header:
                i = header.index(name)
                if i < len(fields):
                    fields[i] = ""
        return fields
    map_rows(path, fn)


def drop_share(path, share, seed, keep=lambda fields, header: False):
    """Drops `share` of the data rows (those `keep` does not protect), chosen with `seed`."""
    lines, h, header = split_table(read(path))
    rows = [i for i in range(h + 1, len(lines))
            if is_row(lines[i]) and not keep(lines[i].split("\t"), header)]
    rng = random.Random(seed)
    drop = set(rng.sample(rows, int(len(rows) * share)))
    write(path, "\n".join(l for i, l in enumerate(lines) if i not in drop))
    return len(drop), len(rows)


def nonsense(i):
    """A word of Arabic letters no text contains (no real word runs ظظغ)."""
    letters = "ضظغثخذ"
    s = ""
    i += 1
    while i:
        s += letters[i % len(letters)]
        i //= len(letters)
    return "ظظغ" + s + "غظظ"


# ---- the mutations of issue 14 -------------------------------------------------------------

def triggers_30(root, seed):
    n, total = drop_share(os.path.join(root, "data/events/triggers.tsv"), 0.30, seed)
    return f"dropped {n} of {total} trigger rows"


def contexts_nonsense(root, seed):
    count = [0]

    def fn(fields, header):
        i = header.index("pattern")
        fields[i] = nonsense(count[0])
        # A lemma row (`V`: PERFECT/IMPERFECT) or a participle (`N`) becomes a plain noun: the
        # nonsense word is no lemma, and the lexicon must still load.
        if "pos" in header and header.index("pos") < len(fields):
            p = header.index("pos")
            if fields[p] in ("V", "N"):
                fields[p] = "n"
        count[0] += 1
        return fields
    map_rows(os.path.join(root, "data/events/contexts.tsv"), fn)
    return f"replaced {count[0]} context patterns by words no text contains"


def cues_half(root, seed):
    def keep(fields, header):
        t = header.index("type")
        return t >= len(fields) or fields[t].strip() not in MODALITIES
    n, total = drop_share(os.path.join(root, "data/events/cues.tsv"), 0.5, seed, keep)
    return f"dropped {n} of {total} modality cues"


def blockers_all(root, seed):
    n = [0]

    def fn(fields, header):
        n[0] += 1
        return None
    map_rows(os.path.join(root, "data/events/blockers.tsv"), fn)
    return f"dropped {n[0]} blockers"


def gaz_licences(root, seed):
    empty_columns(os.path.join(root, "data/gazetteer.tsv"), ["ambiguous", "cues", "titles"])
    empty_columns(os.path.join(root, "data/kind_cues.tsv"), ["cues"])
    return "emptied gazetteer ambiguous, cues, titles and kind_cues.tsv cues"


def gaz_blocks(root, seed):
    empty_columns(os.path.join(root, "data/gazetteer.tsv"), ["block_before", "block_after"])
    return "emptied gazetteer block_before, block_after"


def gaz_aliases(root, seed):
    empty_columns(os.path.join(root, "data/gazetteer.tsv"), ["aliases"])
    return "emptied gazetteer aliases"


# The commit before the first event-lexicon fix made from held-out misses (7e4840e).
BEFORE_HELDOUT_FIXES = "7e4840e^"


def events_before_fixes(root, seed):
    """data/events/*.tsv as they were before the fixes made from held-out misses."""
    names = []
    for name in ["triggers.tsv", "cues.tsv", "blockers.tsv", "contexts.tsv"]:
        path = f"data/events/{name}"
        old = subprocess.run(["git", "show", f"{BEFORE_HELDOUT_FIXES}:{path}"], cwd=ROOT,
                             capture_output=True)
        if old.returncode == 0:
            with open(os.path.join(root, path), "wb") as f:
                f.write(old.stdout)
            names.append(name)
    return f"data/events/{{{','.join(names)}}} reset to {BEFORE_HELDOUT_FIXES}"


MUTATIONS = [
    ("triggers_30", "30% of the triggers dropped", triggers_30),
    ("contexts", "every context class's patterns replaced by a word no text contains",
     contexts_nonsense),
    ("cues_half", "half of the modality cues dropped", cues_half),
    ("blockers", "every blocker dropped", blockers_all),
    ("gaz_licences", "gazetteer ambiguous/cues/titles and kind cues emptied", gaz_licences),
    ("gaz_blocks", "gazetteer block columns emptied", gaz_blocks),
    ("gaz_aliases", "gazetteer aliases emptied", gaz_aliases),
    ("events_before_fixes", "event lexicon reset to before the held-out fixes",
     events_before_fixes),
]


# ---- running ---------------------------------------------------------------------------------

def copy_crate(dst, worktree):
    """Copies the committed crate (HEAD), or with `worktree` the files as they are now."""
    if not worktree:
        archive = subprocess.run(["git", "archive", "HEAD"] + [n for n in COPY if
                                 os.path.exists(os.path.join(ROOT, n))],
                                 cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", dst], input=archive, check=True)
        return
    for name in COPY:
        src = os.path.join(ROOT, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(dst, name))
        elif os.path.exists(src):
            shutil.copy2(src, os.path.join(dst, name))


FAILED_RE = re.compile(r"^test (\S+) \.\.\. FAILED", re.M)
RUNNING_RE = re.compile(r"Running (?:unittests )?(\S+)")


def failures(output):
    """[(test binary, test name)] of the failed tests in cargo test output."""
    out, binary = [], "?"
    for line in output.splitlines():
        m = RUNNING_RE.search(line)
        if m and line.strip().startswith("Running"):
            binary = os.path.splitext(os.path.basename(m.group(1)))[0]
            continue
        m = FAILED_RE.match(line)
        if m:
            out.append((binary, m.group(1)))
    return out


def run(name, fn, args, target):
    with tempfile.TemporaryDirectory(prefix=f"mutate-{name}-") as tmp:
        copy_crate(tmp, args.worktree)
        what = fn(tmp, args.seed)
        env = dict(os.environ, CARGO_TARGET_DIR=target)
        env.pop("LIBYA_NLP_SLOW", None)
        cmd = ["cargo", "test", "--tests", "--no-fail-fast"]
        t = time.time()
        p = subprocess.run(cmd, cwd=tmp, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        secs = time.time() - t
        out = p.stdout
        fails = failures(out)
        build_error = p.returncode != 0 and ("error[E" in out or "could not compile" in out)
        # No test binary ran at all (a manifest or set-up error, not the mutation being
        # noticed): the run says nothing about the suite.
        no_run = p.returncode != 0 and "test result:" not in out and not build_error
        if args.verbose:
            print(out, file=sys.stderr)
        return {"name": name, "what": what, "failed": p.returncode != 0 and not no_run,
                "tests": fails, "build_error": build_error, "no_run": no_run, "secs": secs,
                "output": out}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", help="run this mutation (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the mutations")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--target", default=os.path.join(ROOT, "target", "mutate"),
                    help="cargo target directory shared by the runs")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--worktree", action="store_true",
                    help="mutate the files as they are now, not the committed HEAD")
    ap.add_argument("-v", "--verbose", action="store_true", help="show cargo's output")
    args = ap.parse_args()
    if args.list:
        for name, desc, _ in MUTATIONS:
            print(f"{name:14} {desc}")
        return 0
    chosen = [m for m in MUTATIONS if not args.only or m[0] in args.only]
    unknown = set(args.only or []) - {m[0] for m in MUTATIONS}
    if unknown:
        ap.error(f"unknown mutation(s): {', '.join(sorted(unknown))}")
    results = []
    for name, desc, fn in chosen:
        print(f"== {name}: {desc}", file=sys.stderr, flush=True)
        r = run(name, fn, args, args.target)
        r["desc"] = desc
        if r["no_run"]:
            tail = "\n".join(r["output"].strip().splitlines()[-6:])
            print(f"   the suite did not run (cargo failed before any test):\n{tail}",
                  file=sys.stderr, flush=True)
            return 2
        print(f"   {r['what']}; suite {'FAILED' if r['failed'] else 'passed'} "
              f"({len(r['tests'])} tests, {r['secs']:.0f} s)", file=sys.stderr, flush=True)
        results.append(r)
    if args.markdown:
        print("| mutation | suite failed? | failing tests |")
        print("|---|---|---|")
        for r in results:
            tests = ", ".join(f"`{b}::{t}`" for b, t in r["tests"])
            if r["build_error"]:
                tests = "build error " + tests
            print(f"| {r['desc']} ({r['what']}) | {'yes' if r['failed'] else '**no**'} | "
                  f"{tests} |")
    else:
        for r in results:
            print(f"{r['name']}: {'FAILED' if r['failed'] else 'PASSED (hole)'}"
                  f" — {r['what']}")
            for b, t in r["tests"]:
                print(f"    {b}::{t}")
            if r["build_error"]:
                print("    (build error)")
    return 0 if all(r["failed"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
