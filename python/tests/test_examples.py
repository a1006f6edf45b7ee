"""Smoke tests of the examples that need no Spark."""

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_polars_example_runs():
    pytest.importorskip("polars")
    out = subprocess.run([sys.executable, str(EXAMPLES / "polars_annotate.py")],
                         capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert "n_records" in out.stdout and "event_type" in out.stdout


def test_polars_records_column_aligned(analyzer):
    pl = pytest.importorskip("polars")
    sys.path.insert(0, str(EXAMPLES))
    import polars_annotate
    import libya_nlp

    texts = ["قصفت طائرات مجهولة مدينة درنة أمس، ما أدى إلى مقتل خمسة مدنيين.", None, "",
             "اندلعت اشتباكات عنيفة في طرابلس أمس بين قوات الوفاق وقوات حفتر."]
    dates = ["2018-05-03", None, None, "2019-04-10"]
    df = polars_annotate.annotate(pl.DataFrame({"id": ["a", "b", "c", "d"], "text": texts,
                                                "date": dates}))
    assert df.height == 4 and df["records"].dtype == polars_annotate.RECORDS
    for i, (t, d) in enumerate(zip(texts, dates)):
        want = [] if t is None else analyzer.acled_rows([t], [d], ids=[i])
        got = df["records"][i].to_list()
        assert got == [{c: r[c] for c in libya_nlp.ACLED_COLUMNS} for r in want], i


def test_make_corpus_is_deterministic():
    sys.path.insert(0, str(EXAMPLES))
    import make_corpus

    a = list(make_corpus.documents(50))
    assert a == list(make_corpus.documents(50))
    assert len({d["id"] for d in a}) == 50 and all(d["text"] for d in a)
