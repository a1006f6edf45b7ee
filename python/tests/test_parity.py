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
