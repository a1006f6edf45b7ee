"""Does the Python binding cost anything, do Rust threads scale, and does Spark agree with Rust?

    python python/bench.py [--docs N] [--spark-docs N] [--no-spark]

Prints three figures, each against its baseline measured in the same run:

1. Rust threads: `jobs=2` vs `jobs=1` (speed-up; the bar is 1.6x) for the three outputs:
   JSON text (`analyze_many_json`), ACLED rows (`acled_rows`) and dicts (`analyze_many`). The
   dicts are built by `json.loads` on the calling thread, which holds the GIL, while the Rust
   threads analyze the next documents; that part cannot run in parallel.
2. The binding's overhead per news-sized document (the seed articles, 2-3 K chars): Python
   `analyze_json` (argument conversion, the GIL released and taken back, the JSON as a str)
   vs the Rust analysis and its `serde_json` serialization (what `annotate` does per
   document), the bar being 10%; and Python `analyze` (dicts) vs the Rust analysis alone.
3. A Spark `local[2]` job (`examples/spark_annotate.py`) over `--spark-docs` documents
   (default 10,000) whose ACLED records must equal the Rust output: the `annotate` example's
   `--format acled` CSV when the crate has it, else the binding's `acled_rows` (Rust threads).

The thread and Spark corpora are built from the seed articles (`examples/make_corpus.py`:
4 to 10 sentences each). Timings are the best of `--repeat` runs (CPU time of
this process for the single-thread figures, wall time for the thread and Spark figures); the
machine is shared, so run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE / "examples"))

import make_corpus  # noqa: E402

import libya_nlp  # noqa: E402


def best(f, repeat, clock=time.perf_counter):
    times = []
    for _ in range(repeat):
        t = clock()
        f()
        times.append(clock() - t)
    return min(times)


def bench_threads(an, texts, repeat):
    """`jobs=1` vs `jobs=2` (wall time, best of `repeat`) for each kind of output."""
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"Rust threads, {len(texts)} docs ({mb:.2f} MB), wall time:")
    kinds = [
        ("analyze_many_json (JSON text)", an.analyze_many_json),
        ("acled_rows (records)", lambda t, jobs: an.acled_rows(t, jobs=jobs)),
        ("analyze_many (dicts)", an.analyze_many),
    ]
    first = None
    for name, f in kinds:
        f(texts[:20], jobs=2)  # warm up
        one = best(lambda: f(texts, jobs=1), repeat)
        two = best(lambda: f(texts, jobs=2), repeat)
        speedup = one / two
        first = speedup if first is None else first
        print(f"  {name:30s} 1 thread {len(texts) / one:6.0f} docs/s, 2 threads "
              f"{len(texts) / two:6.0f} docs/s: {speedup:.2f}x"
              f"{' (bar: >= 1.60x) ' + ('OK' if speedup >= 1.6 else 'BELOW') if name.startswith('analyze_many_json') else ''}")
    return first


def bench_overhead(an, texts, repeat):
    """Per-document cost of the binding on one thread, two ways (CPU time, best of `repeat`)."""

    def loop(f):
        def run():
            for t in texts:
                f(t)
        run()  # warm up
        return best(run, repeat, time.process_time)

    rust = best(lambda: an._inner._time_rust(texts, 1), repeat, time.process_time)
    rust_json = best(lambda: an._inner._time_rust(texts, 1, json=True), repeat, time.process_time)
    as_json = loop(an.analyze_json)
    as_dict = loop(an.analyze)
    per = 1e3 / len(texts)
    size = sum(len(t) for t in texts) / len(texts)
    out = sum(len(an.analyze_json(t)) for t in texts) / len(texts)
    json_over = (as_json - rust_json) / rust_json
    dict_over = (as_dict - rust) / rust
    print(f"binding overhead, the seed articles ({len(texts)} docs of {size:.0f} chars on average, "
          f"{out:.0f} bytes of JSON out), one thread, CPU time:")
    print(f"  Rust analysis alone                  : {rust * per:7.3f} ms/doc")
    print(f"  Rust analysis + serde_json (annotate): {rust_json * per:7.3f} ms/doc")
    print(f"  Python analyze_json (JSON text)      : {as_json * per:7.3f} ms/doc  "
          f"overhead {json_over * 100:5.1f}% vs analysis + serde_json (bar: <= 10%) "
          f"{'OK' if json_over <= 0.10 else 'ABOVE'}")
    print(f"  Python analyze (dicts)               : {as_dict * per:7.3f} ms/doc  "
          f"overhead {dict_over * 100:5.1f}% vs analysis alone "
          f"(serialization + json.loads building the dicts)")
    return json_over


def rust_acled(docs):
    """The Rust `annotate --jsonl --format acled` rows for `docs`, or None when the example
    has no such format yet."""
    binary = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "release" / "examples" / "annotate"
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "annotate"],
                   cwd=REPO, check=True)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(__import__("json").dumps(d, ensure_ascii=False) + "\n")
    out = subprocess.run([str(binary), "--jsonl", "--format", "acled", "--quiet", "--no-progress",
                          f.name], capture_output=True, text=True, encoding="utf-8")
    os.unlink(f.name)
    if out.returncode == 2:
        return None
    return list(csv.DictReader(io.StringIO(out.stdout)))


def bench_spark(an, n, partitions):
    import spark_annotate

    docs = list(make_corpus.documents(n))
    with tempfile.TemporaryDirectory() as tmp:
        src = make_corpus.write_jsonl(Path(tmp) / "corpus.jsonl", n)
        spark = spark_annotate.session("local[2]", "libya-nlp-bench")
        spark.sparkContext.setLogLevel("ERROR")
        try:
            t = time.perf_counter()
            out = spark_annotate.run(spark, str(src), str(Path(tmp) / "records.parquet"),
                                     partitions=partitions)
            got_rows = [r.asDict() for r in out.collect()]
            wall = time.perf_counter() - t
        finally:
            spark.stop()
    cols = list(libya_nlp.ACLED_COLUMNS)
    rows = rust_acled(docs)
    baseline = "annotate --format acled (Rust)"
    if rows is None:
        baseline = "acled_rows (Rust threads via the binding; annotate has no --format acled yet)"
        rows = an.acled_rows([d["text"] for d in docs], [d["date"] for d in docs],
                             ids=[d["id"] for d in docs])

    def norm(c, v):
        if v is None or (isinstance(v, float) and v != v) or v == "":
            return ""
        if c in ("latitude", "longitude"):
            return float(v)
        return str(v)

    got = sorted(tuple(norm(c, r[c]) for c in cols) for r in got_rows)
    want = sorted(tuple(norm(c, r[c]) for c in cols) for r in rows)
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    print(f"Spark local[2], {n} docs ({mb:.1f} MB), {partitions} partitions, 1 Rust thread per task:")
    print(f"  {len(got)} records in {wall:.1f} s (job + collect, JVM start excluded) "
          f"= {n / wall:.0f} docs/s")
    same = got == want
    print(f"  equal to {baseline}: {same} ({len(want)} rows)")
    return same


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=400, help="documents for the thread and overhead figures")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--spark-docs", type=int, default=10_000)
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--no-spark", action="store_true")
    a = p.parse_args()
    print(f"libya_nlp {libya_nlp.__version__}, Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    an = libya_nlp.Analyzer()
    texts = [d["text"] for d in make_corpus.documents(a.docs)]
    ok = bench_threads(an, texts, a.repeat) >= 1.6
    news = [p.read_text(encoding="utf-8")
            for p in sorted((REPO / "tests" / "data" / "seeds").glob("*.txt"))]
    ok &= bench_overhead(an, news * max(1, a.docs // (4 * len(news))), a.repeat) <= 0.10
    if not a.no_spark:
        ok &= bench_spark(an, a.spark_docs, a.partitions)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
