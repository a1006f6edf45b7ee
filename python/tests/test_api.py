"""The Python API: analysis, offsets as string indices, batches, normalization, gazetteer,
errors."""

import datetime
import json
import threading

import pytest

import libya_nlp
from libya_nlp import Analyzer, Gazetteer

SAMPLE = "وصل المشير خليفة حفتر إلى بنغازي، فيما التقى السرّاج بالمبعوث الأممي في طرابلس."

# Arabic with combining marks (harakat, shadda, a combining hamza), tatweel, an astral emoji
# and a mathematical letter before the names, a flag (two astral regional indicators), and
# CRLF: every char offset must still be a Python string index.
TRICKY = (
    "🇱🇾 𝔸 عاجل: وَصَلَ المُشِيرُ خَلِيفَة حَفْتَر إلى بَنْغَازِي 😀، "
    "فيما التقى السرّاج بالمبعوث الأممي في طرابلس.\r\n"
    "اندلعت اشتباكات عنيفة في مدينة سرت 👍🏽 أمس، ما أدى إلى مقتل خمسة مقاتلين.\n"
    "وقصفت طائرات مجهولة مدينة درنة."
)


def test_version():
    assert libya_nlp.__version__


def test_analyze_sample():
    doc = Analyzer().analyze(SAMPLE)
    assert [e["id"] for e in doc["entities"]] == [
        "khalifa_haftar",
        "benghazi",
        "fayez_sarraj",
        "tripoli",
    ]
    assert {"sentences", "entities", "events"} <= set(doc)


def test_event_kinds_give_the_codes_left_out(analyzer):
    doc = analyzer.analyze("قصفت قوات حفتر مدينة درنة.", "2019-04-05")
    ev = doc["events"][0]
    # The kind's own codes are not repeated on the event; EVENT_KINDS has them.
    assert "cameo" not in ev and "acled" not in ev
    assert libya_nlp.EVENT_KINDS[ev["kind"]]["cameo"] == "19"
    assert libya_nlp.EVENT_KINDS["shelling"]["event_type"] == "Explosions/Remote violence"
    assert len(libya_nlp.EVENT_KINDS) == 22


def test_entity_info_on_request(analyzer):
    text = "قصفت قوات حفتر مدينة درنة."
    doc = analyzer.analyze(text, "2019-04-05")
    # By default the names and coordinates are the gazetteer's, by id.
    assert "entity_info" not in doc
    derna = libya_nlp.Gazetteer.libya().entity("derna")
    assert derna["kind"] == "location" and derna["lat"] is not None
    full = analyzer.analyze(text, "2019-04-05", entity_info=True)
    assert full["entity_info"]["derna"]["kind"] == "location"
    assert full["entity_info"]["derna"]["english"] == derna["english"]
    assert full["entity_info"]["derna"]["lat"] == derna["lat"]
    assert full == json.loads(analyzer.analyze_json(text, "2019-04-05", entity_info=True))
    assert full == analyzer.analyze_many([text], ["2019-04-05"], entity_info=True)[0]
    assert analyzer.analyze_many_json([text], ["2019-04-05"], entity_info=True)[0] == (
        analyzer.analyze_json(text, "2019-04-05", entity_info=True)
    )
    # The same mentions and events otherwise (a record actor that is not mentioned keeps its
    # English name in the entity-info form, as in 0.1.0).
    for key in ("sentences", "entities", "events"):
        assert full[key] == doc[key]


def test_verbose_writes_every_field(analyzer):
    text = "قصفت قوات حفتر مدينة درنة."
    doc = analyzer.analyze(text, "2019-04-05", verbose=True)
    assert doc == json.loads(analyzer.analyze_json(text, "2019-04-05", verbose=True))
    assert doc == analyzer.analyze_many([text], ["2019-04-05"], verbose=True)[0]
    ev = doc["events"][0]
    assert ev["cameo"] == "19" and ev["locations"][0]["id"] == "derna"
    assert "entity_info" not in doc and doc["entities"][-1]["english"] == "Derna"


def _spans(doc):
    yield from doc["entities"]
    for ev in doc["events"]:
        yield ev["trigger"]
        for i in ev.get("actors", []) + ev.get("locations", []):
            yield doc["entities"][i]


@pytest.mark.parametrize(
    "name,text",
    [
        ("sample", SAMPLE),
        ("marks_and_astral", TRICKY),
        ("astral_only_prefix", "😀😀😀 " + SAMPLE),
        ("diacritics_everywhere", "خَلِيفَةُ حَفْتَرٍ فِي طَرَابُلُسَ"),
    ],
)
def test_char_offsets_are_string_indices(analyzer, name, text):
    doc = analyzer.analyze(text)
    encoded = text.encode("utf-8")
    spans = list(_spans(doc))
    assert doc["entities"], name
    for s in spans:
        piece = text[s["char_start"] : s["char_end"]]
        assert piece, (name, s)
        # Byte and char offsets name the same piece of the original text.
        assert encoded[s["start"] : s["end"]].decode("utf-8") == piece, (name, s)
        if "text" in s:  # mentions and triggers carry their text; entity refs do not
            assert piece == s["text"], (name, s)
    for s in doc["sentences"]:
        assert encoded[s["start"] : s["end"]].decode("utf-8") == text[s["char_start"] : s["char_end"]]


def test_tricky_text_finds_names_after_astral_chars(analyzer):
    doc = analyzer.analyze(TRICKY)
    ids = [e["id"] for e in doc["entities"]]
    assert ids[:2] == ["khalifa_haftar", "benghazi"], ids
    assert "sirte" in ids and "derna" in ids, ids
    haftar = doc["entities"][0]
    assert TRICKY[haftar["char_start"] : haftar["char_end"]] == "خَلِيفَة حَفْتَر"


def test_analyze_with_date_types(analyzer):
    text = "اندلعت اشتباكات في طرابلس أمس."
    a = analyzer.analyze(text, date="2019-04-05")
    b = analyzer.analyze(text, date=datetime.date(2019, 4, 5))
    c = analyzer.analyze(text, date=datetime.datetime(2019, 4, 5, 13, 30))
    d = analyzer.analyze(text, date="2019-04-05T13:30:00Z")
    assert a == b == c == d
    assert len(a["events"]) == 1


@pytest.mark.parametrize(
    "bad",
    ["2020-02-30", "x", "05/04/2019", "2019-4-5", "", "2019-04-05junk"],
)
def test_malformed_date_is_value_error_with_crate_message(analyzer, bad):
    with pytest.raises(ValueError) as e:
        analyzer.analyze("نص", date=bad)
    assert str(e.value) == f"invalid date `{bad}`: expected YYYY-MM-DD"


def test_bad_types_are_type_errors(analyzer):
    with pytest.raises(TypeError):
        analyzer.analyze(b"bytes")
    with pytest.raises(TypeError):
        analyzer.analyze("نص", date=20190405)
    with pytest.raises(TypeError):
        analyzer.analyze_many("a single string")


def test_analyze_many_equals_analyze_in_order(analyzer):
    texts = [SAMPLE, TRICKY, "", "نص بلا كيانات", SAMPLE[:20]] * 7
    dates = ["2019-04-05", None, "2020-01-01", None, None] * 7
    one = [analyzer.analyze(t, d) for t, d in zip(texts, dates)]
    for jobs in (None, 1, 2, 3, 100):
        assert analyzer.analyze_many(texts, dates, jobs=jobs) == one, jobs
    assert analyzer.analyze_many(iter(texts), jobs=2) == [analyzer.analyze(t) for t in texts]
    assert analyzer.analyze_many([]) == []


def test_analyze_many_errors(analyzer):
    with pytest.raises(ValueError, match="invalid date `2019-13-01`: expected YYYY-MM-DD"):
        analyzer.analyze_many(["a", "b"], ["2019-01-01", "2019-13-01"])
    with pytest.raises(ValueError, match="dates has 1 items but texts has 2"):
        analyzer.analyze_many(["a", "b"], ["2019-01-01"])


def test_analyze_many_releases_the_gil(analyzer):
    # A Python thread keeps running while a batch is analyzed on Rust threads.
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        analyzer.analyze_many([TRICKY * 20] * 40, jobs=2)
    finally:
        stop.set()
        t.join()
    assert len(ticks) > 5


def test_analyzer_shared_across_python_threads(analyzer):
    texts = [SAMPLE, TRICKY] * 10
    want = [analyzer.analyze(t) for t in texts]
    got = {}

    def work(k):
        got[k] = analyzer.analyze_many(texts, jobs=1)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v == want for v in got.values())


def test_batches_on_rust_threads_from_several_python_threads(analyzer):
    # Several batches at once, each on two Rust threads whose workers take the GIL to build
    # their results: every batch gets its own results, complete and in order.
    texts = [SAMPLE, TRICKY, "", "نص بلا كيانات"] * 6
    want = [analyzer.analyze(t) for t in texts]
    want_json = [analyzer.analyze_json(t) for t in texts]
    got = {}

    def work(k):
        if k % 2:
            got[k] = analyzer.analyze_many_json(texts, jobs=2)
        else:
            got[k] = analyzer.analyze_many(texts, jobs=2)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == [0, 1, 2, 3]
    for k, v in got.items():
        assert v == (want_json if k % 2 else want), k


# Normalization ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "preset,text,want",
    [
        ("search", "الجيش الوطنى الليبى", "الجيش الوطني الليبي"),
        ("search", "حَفْتَر", "حفتر"),
        ("display", "أحمد", "أحمد"),
        ("lucene", "أحمد", "احمد"),
        ("camel", "مدرسة", "مدرسه"),
    ],
)
def test_normalize_presets(preset, text, want):
    assert libya_nlp.normalize(text, preset=preset) == want


def test_normalize_default_is_search():
    assert libya_nlp.normalize("الجيش الوطنى") == libya_nlp.normalize("الجيش الوطنى", "search")
    assert set(libya_nlp.PRESETS) == {"search", "display", "lucene", "camel"}


def test_unknown_preset():
    with pytest.raises(ValueError, match="unknown preset `nfkc`"):
        libya_nlp.normalize("x", preset="nfkc")
    with pytest.raises(ValueError):
        libya_nlp.normalize_with_offsets("x", preset="")


def test_normalize_with_offsets_maps_back_in_string_indices():
    original = "😀 حَفْتَر في طرابلس"
    n = libya_nlp.normalize_with_offsets(original)
    assert n.text == libya_nlp.normalize(original)
    assert n.original_len == len(original)
    i = n.text.index("حفتر")
    s, e = n.to_original(i, i + len("حفتر"))
    assert original[s:e] == "حَفْتَر"
    assert n.to_normalized(original.index("طرابلس")) == n.text.index("طرابلس")
    starts, ends = n.spans()
    assert len(starts) == len(ends) == len(n.text)
    # Every kept letter maps to a range of the original that starts with that letter.
    for k, ch in enumerate(n.text):
        if ch in "حفترطابلس":
            assert original[starts[k]] == ch
    # Out of range is clamped, never an error.
    assert n.to_original(0, 10**6)[1] == len(original)
    assert n.to_normalized(10**6) == len(n.text)


# Gazetteer ----------------------------------------------------------------------------------


def test_gazetteer_entity_and_find():
    g = Gazetteer.libya()
    assert len(g) > 100
    derna = g.entity("derna")
    assert derna["english"] == "Derna" and derna["lat"] is not None
    assert g.entity("no_such_id") is None
    found = g.find("بعثة الأممالمتحدة للدعم في ليبيا ولحفتر")
    assert [m["id"] for m in found] == ["unsmil", "khalifa_haftar"]
    text = "😀 وبطرابلس"
    m = g.find(text)[0]
    assert (m["id"], text[m["char_start"] : m["char_end"]]) == ("tripoli", "طرابلس")
    ids = {e["id"] for e in g.entities()}
    assert {"derna", "tripoli", "khalifa_haftar"} <= ids
    with pytest.raises(TypeError):
        Gazetteer()
