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


# `analyze` builds its dicts straight from the Rust analysis (no JSON text in between); they
# must be exactly what `json.loads` makes of `analyze_json`, the crate's serde JSON: same keys
# in the same order, same values and types (an f32 confidence as the float of its shortest
# decimal, not of its binary value), same nulls. Dict `==` ignores key order, so the JSON
# texts of both are compared too.
def _tricky_texts():
    from test_api import SAMPLE, TRICKY

    return {
        "sample": SAMPLE,
        "tricky": TRICKY,
        "astral_prefix": "😀😀😀 " + SAMPLE,
        "diacritics": "خَلِيفَةُ حَفْتَرٍ فِي طَرَابُلُسَ",
        "empty": "",
        "no_entities": "نص بلا كيانات",
        "nul_and_controls": "اشتباكات في\x00 طرابلس\x1b\u200f\ufeff",
        "flag_only": "\U0001f1f1\U0001f1fe سرت",
    }


def _same(got, text_json):
    import json

    want = json.loads(text_json)
    assert got == want
    assert json.dumps(got, ensure_ascii=False) == json.dumps(want, ensure_ascii=False)
    # And back to the crate's own text (its float formatting included).
    assert json.dumps(got, ensure_ascii=False, separators=(",", ":")) == text_json


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_dicts_equal_loads_of_json(analyzer, path):
    text = read_text(path)
    for date in (None, "2019-04-10"):
        _same(analyzer.analyze(text, date), analyzer.analyze_json(text, date))


@pytest.mark.parametrize("name", sorted(_tricky_texts()))
def test_tricky_dicts_equal_loads_of_json(analyzer, name):
    text = _tricky_texts()[name]
    _same(analyzer.analyze(text), analyzer.analyze_json(text))


def test_batch_dicts_equal_loads_of_batch_json(analyzer):
    texts = [read_text(p) for p in SEEDS] + list(_tricky_texts().values())
    dates = (SEED_DATES * len(texts))[: len(texts)]
    for jobs in (1, 2):
        got = analyzer.analyze_many(texts, dates, jobs=jobs)
        want = analyzer.analyze_many_json(texts, dates, jobs=jobs)
        assert len(got) == len(want) == len(texts)
        for g, w in zip(got, want):
            _same(g, w)


def test_dict_keys_are_interned(analyzer):
    import sys

    doc = analyzer.analyze(read_text(SEEDS[0]))
    ev = doc["events"][0]
    for d in (doc, ev, ev["trigger"], doc["entities"][0]):
        assert all(sys.intern(k) is k for k in d)


def test_random_slices_dicts_equal_loads_of_json(analyzer):
    # Any text, not just whole articles: slices of the seeds cut anywhere (inside words,
    # names, numbers, dates), with stray marks, astral chars and controls spliced in.
    import random

    rng = random.Random(12)
    seeds = [read_text(p) for p in SEEDS]
    extra = ["\u064e", "\u0640", "😀", "\U0001d538", "\r\n", "\x00", "\u200f", "،", "5", "٢٠١٩"]
    texts = []
    for _ in range(120):
        s = rng.choice(seeds)
        a = rng.randrange(len(s))
        t = s[a : a + rng.randrange(1, 600)]
        for _ in range(rng.randrange(4)):
            k = rng.randrange(len(t) + 1)
            t = t[:k] + rng.choice(extra) + t[k:]
        texts.append(t)
    dates = [rng.choice([None, "2011-02-17", "2019-04-04", "2024-12-31"]) for _ in texts]
    for t, d in zip(texts, dates):
        _same(analyzer.analyze(t, d), analyzer.analyze_json(t, d))
    want = [analyzer.analyze(t, d) for t, d in zip(texts, dates)]
    assert analyzer.analyze_many(texts, dates, jobs=2) == want
