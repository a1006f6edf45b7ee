"""Arrow in, Arrow out: texts from a pyarrow column, ACLED rows as a pyarrow RecordBatch."""

from __future__ import annotations

from typing import Any, List, Optional

from . import ACLED_COLUMNS, _date
from . import _records  # noqa: F401 (column types)


def schema() -> Any:
    """The schema of :meth:`Analyzer.analyze_arrow`'s batches: ``doc_index`` then the ACLED
    columns (integers as ``int32``/``int64``, coordinates as ``float64``, the rest strings)."""
    import pyarrow as pa

    types = {c: pa.string() for c in ACLED_COLUMNS}
    for c in _records.INT_COLUMNS:
        types[c] = pa.int32()
    for c in _records.FLOAT_COLUMNS:
        types[c] = pa.float64()
    types["fatalities"] = pa.int64()
    return pa.schema([pa.field("doc_index", pa.int64(), nullable=False)] + [
        pa.field(c, types[c], nullable=c not in ("event_id_cnty", "fatalities"))
        for c in ACLED_COLUMNS
    ])


def _string_chunks(col: Any) -> List[Any]:
    """The chunks of a text column as arrays laid out as ``string`` / ``large_string`` (offsets
    and bytes; ``binary`` has the same layout and is checked for UTF-8 in Rust)."""
    import pyarrow as pa

    chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
    out = []
    for c in chunks:
        t = c.type
        if not (_wide(t) or _narrow(t)):
            if not (pa.types.is_dictionary(t) or str(t) in ("string_view", "binary_view") or pa.types.is_null(t)):
                raise TypeError(f"expected an Arrow string column, got {t}")
            c = c.cast(pa.large_string())
        out.append(c)
    return out


def _wide(t: Any) -> bool:
    import pyarrow as pa

    return pa.types.is_large_string(t) or pa.types.is_large_binary(t)


def _narrow(t: Any) -> bool:
    import pyarrow as pa

    return pa.types.is_string(t) or pa.types.is_binary(t)


def _date_list(col: Any) -> Optional[List[Optional[str]]]:
    if col is None:
        return None
    if isinstance(col, (list, tuple)):
        return [_date(d) for d in col]
    return [_date(d) for d in col.to_pylist()]


def analyze_arrow(analyzer: Any, data: Any, dates: Any = None, jobs: Optional[int] = None) -> Any:
    import pyarrow as pa

    ids = None
    if isinstance(data, (pa.RecordBatch, pa.Table)):
        names = data.schema.names
        if "text" not in names:
            raise ValueError(f"the batch has no `text` column (columns: {', '.join(names)})")
        if dates is None and "date" in names:
            dates = data.column("date")
        if "id" in names:
            ids = [str(x) for x in data.column("id").to_pylist()]
        texts = data.column("text")
    elif isinstance(data, (pa.Array, pa.ChunkedArray)):
        texts = data
    else:
        raise TypeError(
            "expected a pyarrow Array, ChunkedArray, RecordBatch or Table, "
            f"not {type(data).__name__}"
        )
    dates = _date_list(dates)
    if dates is not None and len(dates) != len(texts):
        raise ValueError(f"dates has {len(dates)} items but texts has {len(texts)}")

    columns = {c: [] for c in ["doc_index", *ACLED_COLUMNS]}
    base = 0
    for chunk in _string_chunks(texts):
        n = len(chunk)
        validity, offsets, data_buf = chunk.buffers()[:3]
        cols = analyzer._inner.acled_buffers(
            b"" if data_buf is None else data_buf.to_pybytes(),
            offsets.to_pybytes(),
            _wide(chunk.type),
            chunk.offset,
            n,
            None if validity is None or chunk.null_count == 0 else validity.to_pybytes(),
            None if dates is None else dates[base : base + n],
            [str(i) for i in range(base, base + n)] if ids is None else ids[base : base + n],
            jobs,
        )
        cols["doc_index"] = [base + i for i in cols["doc_index"]]
        for c, values in cols.items():
            columns[c].extend(values)
        base += n
    return pa.RecordBatch.from_pydict(columns, schema=schema())
