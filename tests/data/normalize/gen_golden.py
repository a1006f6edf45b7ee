#!/usr/bin/env python3
"""Regenerates the golden files of tests/normalize_golden.rs from the real libraries.

usage (from the crate root, after `bash /work/shared/tools/oracles/setup.sh`):
  /tmp/oracle-venv/bin/python tests/data/normalize/gen_golden.py

Inputs: the seed articles' lines, the peers' own test inputs (conformance.tsv) and random lines
from gen_random.py (fixed seeds). Lucene's oracle reads lines with BufferedReader.readLine, so
its inputs hold no "\r"; CAMeL's hold any character but "\n".
"""
import glob
import json
import os
import subprocess
import sys

ORACLES = "/work/shared/tools/oracles"
sys.path.insert(0, ORACLES)
import peers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def random_lines(seed, count, no_cr):
    args = [sys.executable, os.path.join(HERE, "gen_random.py"), str(seed), str(count)]
    if no_cr:
        args.append("--no-cr")
    out = subprocess.run(args, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return out.split("\n")[:-1]


def base_inputs():
    lines = []
    for f in sorted(glob.glob("/work/shared/corpus/seeds/*.txt")):
        lines += [l for l in open(f, encoding="utf-8").read().split("\n") if l]
    with open(os.path.join(ORACLES, "conformance.tsv"), encoding="utf-8") as f:
        f.readline()
        lines += [l.split("\t")[0] for l in f.read().split("\n") if l and not l.startswith("#")]
    return lines


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + header + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    base = base_inputs()
    lucene_in = [l.replace("\r", "") for l in base] + random_lines(101, 700, True)
    norm = peers.java_batch("normalize", lucene_in)
    stem = peers.java_batch("stem", lucene_in)
    nstem = peers.java_batch("normalize_stem", lucene_in)
    write("lucene.jsonl",
          "[input, ArabicNormalizer, ArabicStemmer per \\S+ token, both] from Lucene 8.7.0 "
          "(liblucene8-java) via `LuceneOracle normalize|stem|normalize_stem` "
          "(tests/data/normalize/gen_golden.py)",
          [[i, a, b, c] for i, a, b, c in zip(lucene_in, norm, stem, nstem)])
    camel_in = base + random_lines(202, 700, False)
    chain = peers.FUNCS["camel_search_chain"]
    write("camel.jsonl",
          "[input, normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar("
          "normalize_unicode(input)))))] from camel_tools %s, Python %s, unicodedata %s "
          "(tests/data/normalize/gen_golden.py)" % (
              peers.AVAILABLE.get("camel_tools"), sys.version.split()[0],
              __import__("unicodedata").unidata_version),
          [[i, chain(i)] for i in camel_in])


if __name__ == "__main__":
    main()
