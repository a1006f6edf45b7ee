"""Type stubs of the ``libya_nlp`` package (see ``__init__.py`` for the documentation)."""

import datetime
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

__version__: str

PRESETS: Tuple[str, str, str, str]
ACLED_COLUMNS: Tuple[str, ...]
EVENT_KINDS: Dict[str, Dict[str, str]]

DateLike = Union[str, datetime.date, None]

def normalize(text: str, preset: str = "search") -> str:
    """Normalizes ``text`` with a named preset (``search``, ``display``, ``lucene``,
    ``camel``). An unknown preset raises ``ValueError``."""

def normalize_with_offsets(text: str, preset: str = "search") -> "Normalized":
    """Normalizes ``text`` and keeps the map back to the original (in string indices)."""

class Normalized:
    """A normalized text and the way back to the original, in Python string indices."""

    @property
    def text(self) -> str:
        """The normalized text."""
    @property
    def original_len(self) -> int:
        """Length of the original text, in characters."""
    def to_original(self, start: int, end: int) -> Tuple[int, int]:
        """The range of the original text that produced ``text[start:end]``."""
    def to_normalized(self, pos: int) -> int:
        """The index in the normalized text of original character ``pos``."""
    def spans(self) -> Tuple[List[int], List[int]]:
        """For each normalized character, the start and end in the original (two lists)."""

class Analyzer:
    """Normalization, the gazetteer and the event classifier over documents."""

    def __init__(self) -> None: ...
    def analyze(
        self, text: str, date: DateLike = None, verbose: bool = False, entity_info: bool = False
    ) -> Dict[str, Any]:
        """The ``annotate`` JSON of one document as a dict (``entity_info``: with each entity's
        names and coordinates; ``verbose``: every field written out). ``ValueError`` for a bad
        date."""
    def analyze_many(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        jobs: Optional[int] = None,
        verbose: bool = False,
        entity_info: bool = False,
    ) -> List[Dict[str, Any]]:
        """Many documents on ``jobs`` Rust threads (None: all cores), GIL released, in order."""
    def analyze_json(
        self, text: str, date: DateLike = None, verbose: bool = False, entity_info: bool = False
    ) -> str:
        """``analyze`` as the JSON text (one line, no ``id``)."""
    def analyze_many_json(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        jobs: Optional[int] = None,
        entity_info: bool = False,
    ) -> List[str]:
        """``analyze_many`` as JSON texts."""
    def analyze_arrow(self, data: Any, dates: Any = None, jobs: Optional[int] = None) -> Any:
        """A pyarrow string column (or batch/table with ``text`` and optional ``date``, ``id``)
        to a ``pyarrow.RecordBatch`` with ``doc_index`` and the ACLED columns."""
    def acled_rows(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        ids: Optional[Iterable[Any]] = None,
        jobs: Optional[int] = None,
    ) -> List[Dict[str, Any]]:
        """ACLED rows (dicts keyed by ``ACLED_COLUMNS``) of asserted, non-background records."""
    def acled_frame(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        ids: Optional[Iterable[Any]] = None,
        jobs: Optional[int] = None,
    ) -> Any:
        """``acled_rows`` as a ``pandas.DataFrame``."""

def records_frame(
    results: Sequence[Dict[str, Any]],
    texts: Sequence[str],
    ids: Optional[Iterable[Any]] = None,
) -> Any:
    """A ``pandas.DataFrame`` with the ACLED columns from analysis results and their texts."""

class Gazetteer:
    """The bundled Libya gazetteer."""

    @classmethod
    def libya(cls) -> "Gazetteer":
        """The bundled Libya gazetteer (built once per process)."""
    def __len__(self) -> int: ...
    def entity(self, id: str) -> Optional[Dict[str, Any]]:
        """The entity with this id as a dict, or None."""
    def entities(self) -> List[Dict[str, Any]]:
        """Every entity, in file order."""
    def find(self, text: str) -> List[Dict[str, Any]]:
        """The entity mentions in ``text``."""
