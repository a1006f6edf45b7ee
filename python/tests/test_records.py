"""ACLED rows as pandas DataFrames and Arrow record batches."""

import copy

import pytest

import libya_nlp
from libya_nlp import ACLED_COLUMNS, Analyzer, records_frame

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

TEXT = "قصفت طائرات مجهولة مدينة درنة أمس، ما أدى إلى مقتل خمسة مدنيين. وقالت البعثة إن القصف مدان."

TEXTS = [
    TEXT,
    "اندلعت اشتباكات عنيفة في طرابلس أمس بين قوات الوفاق وقوات حفتر، ما أسفر عن مقتل ثلاثة.",
    "",
    "نظم متظاهرون وقفة احتجاجية أمام مقر الحكومة في بنغازي.",
    "التقى السراج وحفتر في أبوظبي لبحث وقف إطلاق النار.",
]
DATES = ["2018-05-03", "2019-04-10", None, "2020-01-15", "2019-02-27"]


def spec_record(**over):
    """A record as records.md describes it."""
    r = {
        "kind": None,  # filled from the event it merges
        "modality": "asserted",
        "background": False,
        "date": {"start": "2018-05-02", "end": "2018-05-02", "precision": "day"},
        "actor1": {"id": None, "english": "Unidentified Armed Group (Libya)",
                   "generic": "unidentified_armed_group", "inter": 2},
        "actor2": {"id": None, "english": "Civilians (Libya)", "generic": "civilians",
                   "inter": 7},
        "assoc_actors1": [],
        "assoc_actors2": [],
        "location": {"id": "derna", "english": "Derna", "lat": 32.7648, "lon": 22.6391,
                     "admin1": "Darnah", "geo_precision": 1},
        "fatalities": 5,
        "injured": None,
        "sources": ["unsmil"],
        "mentions": [0],
        "acled": {"event_type": "Explosions/Remote violence",
                  "sub_event_type": "Air/drone strike"},
        "cameo": "195",
    }
    r.update(over)
    return r


@pytest.fixture(scope="module")
def constructed(analyzer):
    """A real analysis of TEXT with records written by hand from the spec: one reported
    airstrike, one background record and one planned one (both left out of the export)."""
    doc = copy.deepcopy(analyzer.analyze(TEXT, "2018-05-03"))
    assert doc["events"], doc
    kind = doc["events"][0]["kind"]
    doc["records"] = [
        spec_record(kind=kind),
        spec_record(kind=kind, background=True),
        spec_record(kind=kind, modality=doc["events"][0]["modality"] if False else "planned",
                    date=None),
        spec_record(kind=kind, date={"start": "2018-04-01", "end": "2018-04-30",
                                     "precision": "month"},
                    actor2=None, location=None, fatalities=None,
                    assoc_actors1=[{"id": "lna", "english": "LNA", "generic": None, "inter": 1},
                                   {"id": None, "english": "Militia", "generic": "militia",
                                    "inter": 3}],
                    sources=[]),
    ]
    return doc


def test_frame_columns_and_types_on_no_records():
    df = records_frame([{"sentences": [], "entities": [], "events": [], "records": []}], [""])
    assert list(df.columns) == list(ACLED_COLUMNS)
    assert len(df) == 0
    assert str(df["inter1"].dtype) == "Int64" and str(df["fatalities"].dtype) == "int64"
    assert str(df["latitude"].dtype) == "float64"


def test_frame_from_spec_records(constructed):
    df = records_frame([constructed], [TEXT], ids=["doc1"])
    assert list(df.columns) == list(ACLED_COLUMNS)
    assert list(df["event_id_cnty"]) == ["doc1-1", "doc1-4"]  # record numbers among all
    r = df.iloc[0]
    assert r["event_date"] == "2018-05-02" and r["time_precision"] == 1
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["sub_event_type"] == "Air/drone strike"
    assert (r["actor1"], r["inter1"], r["actor2"], r["inter2"]) == (
        "Unidentified Armed Group (Libya)", 2, "Civilians (Libya)", 7)
    assert r["interaction"] == 27
    assert (r["iso"], r["country"], r["admin1"], r["location"]) == (434, "Libya", "Darnah", "Derna")
    assert (r["latitude"], r["longitude"], r["geo_precision"]) == (32.7648, 22.6391, 1)
    assert r["source"] == libya_nlp.Gazetteer.libya().entity("unsmil")["english"]
    first = constructed["sentences"][constructed["events"][0]["sentence"]]
    assert r["notes"] == " ".join(TEXT[first["char_start"]:first["char_end"]].split())
    assert r["fatalities"] == 5
    r = df.iloc[1]
    assert (r["event_date"], r["time_precision"]) == ("2018-04-01", 3)
    assert r["assoc_actor_1"] == "LNA; Militia"
    assert r["interaction"] == 20 and pd.isna(r["inter2"])
    assert r["location"] == "" and pd.isna(r["iso"]) and pd.isna(r["latitude"])
    assert r["fatalities"] == 0 and r["source"] == ""


def test_records_frame_length_mismatch():
    with pytest.raises(ValueError, match="results has 1 items but texts has 2"):
        records_frame([{"events": [], "sentences": []}], ["a", "b"])


def test_acled_frame_equals_records_frame(analyzer):
    df = analyzer.acled_frame(TEXTS, DATES, ids=[f"d{i}" for i in range(len(TEXTS))], jobs=2)
    results = analyzer.analyze_many(TEXTS, DATES)
    df2 = records_frame(results, TEXTS, ids=[f"d{i}" for i in range(len(TEXTS))])
    pd.testing.assert_frame_equal(df, df2)
    assert list(df.columns) == list(ACLED_COLUMNS)
    if "records" in results[0]:  # the records work is in the crate
        assert len(df) >= 1


def test_acled_rows_equal_frame_and_records_frame(analyzer):
    # `acled_rows` builds its dicts on the Rust threads; `acled_frame` goes through columns,
    # `records_frame` through the crate's JSON: all three give the same rows.
    ids = [f"d{i}" for i in range(len(TEXTS))]
    want = records_frame(analyzer.analyze_many(TEXTS, DATES), TEXTS, ids=ids)
    for jobs in (1, 2):
        rows = analyzer.acled_rows(TEXTS, DATES, ids=ids, jobs=jobs)
        assert all(list(r) == list(ACLED_COLUMNS) for r in rows)
        got = libya_nlp._records.frame(rows)
        pd.testing.assert_frame_equal(got, want)
        cols = analyzer.acled_frame(TEXTS, DATES, ids=ids, jobs=jobs)
        assert cols.to_dict("records") == got.to_dict("records")
    with pytest.raises(ValueError, match="ids has 1 items but texts has 2"):
        analyzer.acled_rows(["a", "b"], ids=["x"])


# Arrow --------------------------------------------------------------------------------------


def expected_rows(analyzer, texts, dates=None, ids=None):
    keep = [i for i, t in enumerate(texts) if t is not None]
    sub_ids = [ids[i] if ids else i for i in keep]
    rows = libya_nlp._records.rows(
        analyzer.analyze_many([texts[i] for i in keep],
                              None if dates is None else [dates[i] for i in keep]),
        [texts[i] for i in keep], sub_ids)
    doc_of = {str(d): i for d, i in zip(sub_ids, keep)}
    return [dict(r, doc_index=doc_of[r["event_id_cnty"].rsplit("-", 1)[0]]) for r in rows]


def batch_rows(batch):
    cols = batch.to_pydict()
    return [{c: cols[c][i] for c in cols} for i in range(batch.num_rows)]


@pytest.mark.parametrize("type_", ["string", "large_string"])
def test_arrow_array(analyzer, type_):
    arr = pa.array(TEXTS, type=getattr(pa, type_)())
    out = analyzer.analyze_arrow(arr, dates=DATES, jobs=2)
    assert isinstance(out, pa.RecordBatch)
    assert out.schema.names == ["doc_index"] + list(ACLED_COLUMNS)
    assert batch_rows(out) == expected_rows(analyzer, TEXTS, DATES)


def test_arrow_nulls_slices_and_chunks(analyzer):
    texts = [None, TEXTS[0], None, TEXTS[1], TEXTS[3], None, TEXTS[4]]
    arr = pa.array(texts)
    want = expected_rows(analyzer, texts)
    assert batch_rows(analyzer.analyze_arrow(arr)) == want
    # A slice starts at an offset into the buffers.
    sl = arr.slice(1, 4)
    assert batch_rows(analyzer.analyze_arrow(sl)) == expected_rows(analyzer, texts[1:5])
    chunked = pa.chunked_array([arr.slice(0, 3), arr.slice(3)])
    assert batch_rows(analyzer.analyze_arrow(chunked)) == want
    # Dictionary-encoded strings are decoded.
    assert batch_rows(analyzer.analyze_arrow(arr.dictionary_encode())) == want


def test_arrow_record_batch_with_dates_and_ids(analyzer):
    ids = [f"n{i}" for i in range(len(TEXTS))]
    batch = pa.record_batch({"id": ids, "text": TEXTS, "date": DATES})
    out = analyzer.analyze_arrow(batch)
    assert batch_rows(out) == expected_rows(analyzer, TEXTS, DATES, ids)
    import datetime
    d32 = pa.array([None if d is None else datetime.date.fromisoformat(d) for d in DATES],
                   type=pa.date32())
    table = pa.table({"id": ids, "text": TEXTS, "date": d32})
    assert batch_rows(analyzer.analyze_arrow(table)) == batch_rows(out)


def test_arrow_errors(analyzer):
    with pytest.raises(ValueError, match="no `text` column"):
        analyzer.analyze_arrow(pa.record_batch({"body": ["x"]}))
    with pytest.raises(TypeError):
        analyzer.analyze_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError):
        analyzer.analyze_arrow(["a list"])
    with pytest.raises(ValueError, match="invalid date `2019-02-30`: expected YYYY-MM-DD"):
        analyzer.analyze_arrow(pa.record_batch({"text": ["x"], "date": ["2019-02-30"]}))
    with pytest.raises(ValueError, match="not UTF-8"):
        analyzer.analyze_arrow(pa.array([b"\xff\xfe"], type=pa.binary()))


def test_arrow_empty(analyzer):
    out = analyzer.analyze_arrow(pa.array([], type=pa.string()))
    assert out.num_rows == 0 and out.schema.names[0] == "doc_index"
