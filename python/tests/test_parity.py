"""The Python results equal the Rust `annotate` output on every seed document."""

import pytest

from conftest import SEEDS, read_text, run_annotate

assert SEEDS, "no seed documents found under tests/data/seeds"


@pytest.fixture(scope="module")
def rust_output(annotate_bin):
    lines = run_annotate(annotate_bin, *map(str, SEEDS))
    assert len(lines) == len(SEEDS)
    return {line.pop("id"): line for line in lines}


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_equals_rust(analyzer, rust_output, path):
    want = rust_output[str(path)]
    assert "error" not in want, want
    got = analyzer.analyze(read_text(path))
    assert got == want


def test_seeds_in_one_batch_equal_rust(analyzer, rust_output):
    got = analyzer.analyze_many([read_text(p) for p in SEEDS], jobs=2)
    assert got == [rust_output[str(p)] for p in SEEDS]


def test_seed_offsets_are_string_indices(analyzer):
    for path in SEEDS:
        text = read_text(path)
        doc = analyzer.analyze(text)
        for m in doc["entities"]:
            assert text[m["char_start"] : m["char_end"]] == m["text"], (path.name, m)
        for ev in doc["events"]:
            t = ev["trigger"]
            assert text[t["char_start"] : t["char_end"]] == t["text"], (path.name, t)


SEED_DATES = ["2014-11-05", "2016-03-20", "2019-04-10", "2020-06-01", "2022-08-27"]


def _dated_jsonl():
    import json

    return "".join(
        json.dumps({"id": p.stem, "text": read_text(p), "date": d}, ensure_ascii=False) + "\n"
        for p, d in zip(SEEDS, SEED_DATES * len(SEEDS))
    )


def test_dated_seeds_equal_rust(analyzer, annotate_bin):
    lines = run_annotate(annotate_bin, "--jsonl", stdin=_dated_jsonl())
    assert len(lines) == len(SEEDS)
    for line, p, d in zip(lines, SEEDS, SEED_DATES * len(SEEDS)):
        assert line.pop("id") == p.stem
        assert analyzer.analyze(read_text(p), date=d) == line, p.name
    assert any(line["records"] for line in lines)


def test_acled_rows_equal_rust_csv(analyzer, annotate_bin):
    import csv
    import io
    import subprocess

    out = subprocess.run(
        [str(annotate_bin), "--jsonl", "--format", "acled", "--quiet", "--no-progress"],
        input=_dated_jsonl(), capture_output=True, text=True, encoding="utf-8",
    )
    assert out.returncode == 0, out.stderr
    want = list(csv.DictReader(io.StringIO(out.stdout)))
    got = analyzer.acled_rows([read_text(p) for p in SEEDS], SEED_DATES[: len(SEEDS)],
                              ids=[p.stem for p in SEEDS])
    assert want, "the seeds have records"

    def cell(v):
        return "" if v is None else str(v)

    assert [{k: cell(v) for k, v in r.items()} for r in got] == want
