"""Arabic news about the Libyan conflict in, structured data out.

Python bindings of the ``libya-nlp`` Rust crate (PyO3, one abi3 wheel for Python 3.9 on):

1. **Normalization** (:func:`normalize`, :func:`normalize_with_offsets`): diacritics,
   tatweel, hamza and alef forms, alef maqsura, teh marbuta, Persian letters, presentation
   forms, digits, punctuation, invisible characters, with named presets and a map back to
   the original text.
2. **Gazetteer** (:class:`Gazetteer`): the bundled Libya gazetteer of people, armed groups,
   institutions and places with coordinates, matched through clitics, spelling variants and
   missing spaces.
3. **Events and records** (:class:`Analyzer`): per sentence, the event kinds of the spec with
   modality, actors and places, ACLED and CAMEO mappings; per document, event records in
   ACLED's columns (:meth:`Analyzer.acled_frame`, :func:`records_frame`,
   :meth:`Analyzer.analyze_arrow`).

Quick start::

    >>> import libya_nlp
    >>> an = libya_nlp.Analyzer()
    >>> text = "وصل المشير خليفة حفتر إلى بنغازي، فيما التقى السرّاج بالمبعوث الأممي في طرابلس."
    >>> doc = an.analyze(text)
    >>> [e["id"] for e in doc["entities"]]
    ['khalifa_haftar', 'benghazi', 'fayez_sarraj', 'tripoli']
    >>> e = doc["entities"][2]
    >>> text[e["char_start"]:e["char_end"]]   # char offsets are Python string indices
    'السرّاج'

Every result is exactly the JSON the crate's ``annotate`` example prints for the document
(without its ``id``), as Python dicts and lists. Errors are Python exceptions carrying the
crate's messages (a malformed date is a :class:`ValueError`).
"""

from __future__ import annotations

import datetime as _dt
import json as _json
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from . import _libya_nlp as _core
from ._libya_nlp import Normalized, normalize, normalize_with_offsets

__all__ = [
    "ACLED_COLUMNS",
    "EVENT_KINDS",
    "Analyzer",
    "Gazetteer",
    "Normalized",
    "PRESETS",
    "normalize",
    "normalize_with_offsets",
    "records_frame",
    "__version__",
]

__version__: str = _core.version()

#: The normalization presets, in documentation order: ``search`` (everything folded: the key
#: used for matching and indexing), ``display`` (cleans without changing spelling), ``lucene``
#: (exactly Apache Lucene's ``ArabicNormalizer``), ``camel`` (exactly CAMeL Tools'
#: ``normalize_unicode`` → ``dediac_ar`` → ``normalize_alef_ar`` →
#: ``normalize_alef_maksura_ar`` → ``normalize_teh_marbuta_ar``).
PRESETS = ("search", "display", "lucene", "camel")

#: The ACLED export columns, in order (``records.md``; the crate's
#: ``libya_nlp::records::acled::COLUMNS``).
ACLED_COLUMNS = tuple(_core.acled_column_names())

#: Each event kind (``"shelling"``…) with what it gives an event or record that does not say
#: otherwise: ``{"event_type", "sub_event_type", "cameo"}`` (ACLED types and CAMEO root code;
#: the crate's ``EventKind::acled`` and ``EventKind::cameo``). The JSON writes ``acled`` and
#: ``cameo`` on an event or record only where they differ from these, so a table of events
#: gets its codes with a merge on ``kind``:
#:
#: >>> EVENT_KINDS["shelling"]["sub_event_type"]
#: 'Shelling/artillery/missile attack'
EVENT_KINDS = {
    k: {"event_type": t, "sub_event_type": s, "cameo": c} for k, t, s, c in _core.event_kinds()
}

DateLike = Union[str, _dt.date, None]


def _date(d: DateLike) -> Optional[str]:
    """A publication date as the crate's parser takes it (``YYYY-MM-DD``; a date-time is
    truncated). ``datetime.date``/``datetime`` objects are accepted too."""
    if d is None:
        return None
    if isinstance(d, _dt.datetime):
        return d.date().isoformat()
    if isinstance(d, _dt.date):
        return d.isoformat()
    if isinstance(d, str):
        return d
    raise TypeError(f"date must be a str, datetime.date or None, not {type(d).__name__}")


def _dates(dates: Optional[Iterable[DateLike]]) -> Optional[List[Optional[str]]]:
    return None if dates is None else [_date(d) for d in dates]


def _texts(texts: Iterable[str]) -> List[str]:
    if isinstance(texts, str):
        raise TypeError("texts must be a sequence of str, not a str")
    return list(texts)


class Analyzer:
    """Runs normalization, the gazetteer and the event classifier over documents, with the
    bundled Libya gazetteer and event lexicon.

    Built once per process (the automata are shared); cheap to create, safe to share across
    threads. Analysis runs with the GIL released.

    >>> an = Analyzer()
    >>> doc = an.analyze("التقى السراج وحفتر في أبوظبي. وقالت البعثة إن الحوار سيستمر.")
    >>> len(doc["sentences"])
    2
    """

    __slots__ = ("_inner",)

    def __init__(self) -> None:
        self._inner = _core.Analyzer()

    def __repr__(self) -> str:
        return "Analyzer()"

    def analyze(
        self, text: str, date: DateLike = None, verbose: bool = False, entity_info: bool = False
    ) -> Dict[str, Any]:
        """Analyzes one document published on ``date`` (``"YYYY-MM-DD"`` or a
        ``datetime.date``; relative time expressions such as أمس resolve against it).

        Returns the ``annotate`` JSON of the document as a dict: ``sentences``, ``entities``
        (the mentions: entity ``id`` and span), ``events`` (whose ``actors`` and ``locations``
        are indices into ``entities``) and ``records`` (whose ``mentions`` are indices into
        ``events``). An entity's kind, names and coordinates are the gazetteer's, by id
        (:meth:`Gazetteer.entity`); with ``entity_info=True`` the dict also has
        ``entity_info``, each mentioned entity's kind, category, names and coordinates, once,
        by id (``annotate --entity-info``; the default form of 0.1.0). Empty fields
        are left out (``background`` only when true), and ``acled``/``cameo`` are written only
        where they differ from the kind's (:data:`EVENT_KINDS`). With ``verbose=True``, every
        field is written out instead
        (``annotate --format verbose``): each mention with its entity's names, each event with
        its actors and locations whole and its codes, each record with every field. Offsets: ``start``/``end`` are UTF-8 byte offsets,
        ``char_start``/``char_end`` Python string indices, so
        ``text[m["char_start"]:m["char_end"]] == m["text"]``. The dicts are built in Rust
        straight from the analysis and equal ``json.loads(self.analyze_json(text, date))``
        (keys in the same order, keys interned), at about half its cost.

        >>> doc = Analyzer().analyze("قصفت قوات حفتر مدينة درنة.")
        >>> place = doc["entities"][doc["events"][0]["locations"][0]]
        >>> Gazetteer.libya().entity(place["id"])["english"]
        'Derna'
        >>> doc = Analyzer().analyze("قصفت قوات حفتر مدينة درنة.", entity_info=True)
        >>> doc["entity_info"][place["id"]]["english"]
        'Derna'


        Raises :class:`ValueError` with the crate's message for a malformed date.

        >>> Analyzer().analyze("اشتباكات في طرابلس", date="2019-04-05")["entities"][0]["id"]
        'tripoli'
        """
        return self._inner.analyze(text, _date(date), verbose, entity_info)

    def analyze_many(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        jobs: Optional[int] = None,
        verbose: bool = False,
        entity_info: bool = False,
    ) -> List[Dict[str, Any]]:
        """Analyzes many documents on ``jobs`` Rust threads (``None`` or 0: all cores) with
        the GIL released; results in input order, each as :meth:`analyze` returns it. Each
        thread takes the GIL only to build the dicts of its own result, while the others go
        on analyzing; the calling thread waits with the GIL released, so other Python threads
        run meanwhile.

        ``dates``, if given, has one date (or ``None``) per text. A malformed date raises
        :class:`ValueError` (the crate's message) before any analysis runs.
        """
        return self._inner.analyze_many(
            _texts(texts), _dates(dates), jobs, verbose, entity_info
        )

    def analyze_json(
        self, text: str, date: DateLike = None, verbose: bool = False, entity_info: bool = False
    ) -> str:
        """:meth:`analyze` as the JSON text itself (one line, no ``id``): the cheapest way to
        write JSONL, with no Python objects built per field."""
        return self._inner.analyze_json(text, _date(date), verbose, entity_info)

    def analyze_many_json(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        jobs: Optional[int] = None,
        entity_info: bool = False,
    ) -> List[str]:
        """:meth:`analyze_many` as JSON texts (see :meth:`analyze_json`)."""
        return self._inner.analyze_many_json(_texts(texts), _dates(dates), jobs, entity_info)

    def analyze_arrow(self, data: Any, dates: Any = None, jobs: Optional[int] = None) -> Any:
        """Analyzes an Arrow column of texts and returns a ``pyarrow.RecordBatch`` of records,
        one row per ACLED row (:data:`ACLED_COLUMNS`) with ``doc_index``, the row of the
        document in the input.

        ``data`` is a ``pyarrow`` string array (``string``/``large_string``/``string_view``,
        chunked or not) or a record batch / table with a ``text`` column and an optional
        ``date`` column (string or date32); ``dates`` overrides the column. Null texts give no
        rows. The strings are read from the Arrow buffers (one copy of the bytes, no Python
        string per document). This is the path for Spark ``mapInArrow``, Ray and Polars.
        """
        from . import _arrow

        return _arrow.analyze_arrow(self, data, dates, jobs)

    def acled_rows(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        ids: Optional[Iterable[Any]] = None,
        jobs: Optional[int] = None,
    ) -> List[Dict[str, Any]]:
        """The ACLED rows (dicts with the keys of :data:`ACLED_COLUMNS`) of ``texts``: one per
        record that is asserted and not background, in document then record order, as the
        crate's ``records::acled::rows`` (and ``annotate --format acled``) give them.
        ``event_id_cnty`` is the document id (``ids``, else its index), a dash and the record
        number among all the records of the document. Analysis runs on ``jobs`` Rust threads
        with the GIL released, each thread building the dicts of its own documents (as in
        :meth:`analyze_many`)."""
        texts = _texts(texts)
        ids = None if ids is None else [str(i) for i in ids]
        return self._inner.acled_rows(texts, _dates(dates), ids, jobs)

    def acled_frame(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        ids: Optional[Iterable[Any]] = None,
        jobs: Optional[int] = None,
    ) -> Any:
        """:meth:`acled_rows` as a ``pandas.DataFrame`` with the ACLED columns in order
        (numbers that may be missing as ``Int64``, coordinates ``float64``)."""
        from . import _records

        return _records.frame(self._acled_columns(texts, dates, ids, jobs))

    def _acled_columns(self, texts, dates, ids, jobs):
        texts = _texts(texts)
        ids = None if ids is None else [str(i) for i in ids]
        return self._inner.acled_columns(texts, _dates(dates), ids, jobs)


def records_frame(
    results: Sequence[Dict[str, Any]],
    texts: Sequence[str],
    ids: Optional[Iterable[Any]] = None,
) -> Any:
    """A ``pandas.DataFrame`` with the ACLED columns (:data:`ACLED_COLUMNS`) from results of
    :meth:`Analyzer.analyze` / :meth:`Analyzer.analyze_many` and the texts they were made
    from (``notes`` is the text of a record's first sentence). One row per record that is
    asserted and not background; ``event_id_cnty`` is the id (``ids``, else the index), a dash
    and the record number."""
    from . import _records

    texts = _texts(texts)
    if len(results) != len(texts):
        raise ValueError(f"results has {len(results)} items but texts has {len(texts)}")
    return _records.frame(_records.rows(results, texts, ids))


class Gazetteer:
    """The bundled Libya gazetteer: people, armed groups, institutions and places.

    >>> g = Gazetteer.libya()
    >>> g.entity("derna")["english"]
    'Derna'
    >>> [m["id"] for m in g.find("بعثة الأممالمتحدة للدعم في ليبيا ولحفتر")]
    ['unsmil', 'khalifa_haftar']
    """

    __slots__ = ("_inner",)

    def __init__(self) -> None:
        raise TypeError("use Gazetteer.libya()")

    @classmethod
    def libya(cls) -> "Gazetteer":
        """The bundled Libya gazetteer (built once per process)."""
        g = object.__new__(cls)
        g._inner = _core.Gazetteer.libya()
        return g

    def __len__(self) -> int:
        return len(self._inner)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} entities>"

    def entity(self, id: str) -> Optional[Dict[str, Any]]:
        """The entity with this id as a dict (``id``, ``kind``, ``category``, ``english``,
        ``arabic``, ``aliases``, ``lat``, ``lon``, …), or ``None``."""
        s = self._inner.entity_json(id)
        return None if s is None else _json.loads(s)

    def entities(self) -> List[Dict[str, Any]]:
        """Every entity, as :meth:`entity` gives them, in file order."""
        return _json.loads(self._inner.entities_json())

    def find(self, text: str) -> List[Dict[str, Any]]:
        """The entity mentions in ``text``: leftmost-longest, non-overlapping, each with its
        ``id``, names, ``start``/``end`` (UTF-8 bytes), ``char_start``/``char_end`` (Python
        string indices) and the matched ``text``."""
        return _json.loads(self._inner.find_json(text))
