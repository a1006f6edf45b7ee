"""ACLED rows from analysis results: the crate's own (``libya_nlp::records::acled``)."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Sequence

from . import _libya_nlp as _core

#: Columns holding integers that may be missing (pandas ``Int64``).
INT_COLUMNS = ("time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision")
#: Columns holding floats that may be missing.
FLOAT_COLUMNS = ("latitude", "longitude")


def rows(
    results: Sequence[Dict[str, Any]], texts: Sequence[str], ids: Optional[Iterable[Any]]
) -> List[Dict[str, Any]]:
    """The ACLED rows of analyzed documents (results of ``analyze``), in document then record
    order. Each result goes back to the crate as JSON, which builds the rows."""
    ids = list(range(len(texts))) if ids is None else list(ids)
    if len(ids) != len(texts):
        raise ValueError(f"ids has {len(ids)} items but texts has {len(texts)}")
    out: List[Dict[str, Any]] = []
    for result, text, doc_id in zip(results, texts, ids):
        out.extend(json.loads(_core.acled_rows_json(json.dumps(result), text, str(doc_id))))
    return out


def frame(data: Any) -> Any:
    """A pandas DataFrame of ACLED rows (a list of row dicts, or a dict of columns): columns
    in order, integers that may be missing as ``Int64``, coordinates as ``float64``,
    ``fatalities`` as ``int64``."""
    import pandas as pd

    from . import ACLED_COLUMNS

    if isinstance(data, dict):
        df = pd.DataFrame({c: data[c] for c in ACLED_COLUMNS}, columns=list(ACLED_COLUMNS))
    else:
        df = pd.DataFrame.from_records(data, columns=list(ACLED_COLUMNS))
    for c in INT_COLUMNS:
        df[c] = df[c].astype("Int64")
    for c in FLOAT_COLUMNS:
        df[c] = df[c].astype("float64")
    df["fatalities"] = df["fatalities"].astype("int64")
    for c in ACLED_COLUMNS:
        if c not in INT_COLUMNS and c not in FLOAT_COLUMNS and c != "fatalities":
            df[c] = df[c].astype(object)
    return df
