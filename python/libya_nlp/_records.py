"""ACLED rows from analysis results (``records.md``, "ACLED export").

The rows are the crate's own (``libya_nlp::records::acled``) when the compiled module has
them; otherwise they are built here from the ``records`` key of the results, following the
same specification.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Sequence

from . import _libya_nlp as _core

#: Columns holding integers that may be missing (pandas ``Int64``).
INT_COLUMNS = ("time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision")
#: Columns holding floats that may be missing.
FLOAT_COLUMNS = ("latitude", "longitude")

# ACLED's spelling of the Libyan districts (shabiyat).
_LIBYA_ADMIN1 = frozenset(
    """Al Butnan|Al Jabal al Akhdar|Al Jabal al Gharbi|Al Jfarah|Al Jufrah|Al Kufrah|Al Marj|
    Al Marqab|Al Wahat|An Nuqat al Khams|Az Zawiyah|Banghazi|Darnah|Ghat|Misratah|Murzuq|Nalut|
    Sabha|Surt|Tarabulus|Wadi al Hayat|Wadi ash Shati""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def rows(
    results: Sequence[Dict[str, Any]], texts: Sequence[str], ids: Optional[Iterable[Any]]
) -> List[Dict[str, Any]]:
    """The ACLED rows of analyzed documents, in document then record order."""
    ids = list(range(len(texts))) if ids is None else list(ids)
    if len(ids) != len(texts):
        raise ValueError(f"ids has {len(ids)} items but texts has {len(texts)}")
    native = getattr(_core, "acled_rows_json", None)
    out: List[Dict[str, Any]] = []
    for result, text, doc_id in zip(results, texts, ids):
        if native is not None:
            out.extend(json.loads(native(json.dumps(result), text, str(doc_id))))
        else:
            out.extend(_rows_py(result, text, str(doc_id)))
    return out


def _names(actors: List[Dict[str, Any]]) -> str:
    return "; ".join(a["english"] for a in actors)


def _in_libya(loc: Dict[str, Any], category: Optional[str]) -> bool:
    if loc.get("id") == "libya":
        return True
    if loc.get("admin1"):
        return loc["admin1"] in _LIBYA_ADMIN1
    if category == "country":
        return False
    lat, lon = loc.get("lat"), loc.get("lon")
    if lat is None or lon is None:
        return False
    return (
        19.5 <= lat <= 33.3
        and 9.4 <= lon <= 25.0
        and not (lat > 32.0 and lon < 11.55)
        and not (lat < 23.5 and lon < 13.5)
    )


_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _rows_py(result: Dict[str, Any], text: str, doc_id: str) -> List[Dict[str, Any]]:
    from . import Gazetteer

    gaz = Gazetteer.libya()
    out = []
    for n, r in enumerate(result.get("records", []), start=1):
        if r.get("modality") != "asserted" or r.get("background"):
            continue
        a1, a2 = r.get("actor1"), r.get("actor2")
        inter1 = a1.get("inter") if a1 else None
        inter2 = a2.get("inter") if a2 else None
        interaction = None if inter1 is None else inter1 * 10 + (inter2 or 0)
        loc = r.get("location")
        entity = gaz.entity(loc["id"]) if loc and loc.get("id") else None
        category = entity["category"] if entity else None
        libyan = bool(loc) and _in_libya(loc, category)
        notes = ""
        mentions = r.get("mentions") or []
        if mentions and mentions[0] < len(result["events"]):
            s = result["events"][mentions[0]].get("sentence")
            if s is not None and s < len(result["sentences"]):
                sent = result["sentences"][s]
                notes = " ".join(text[sent["char_start"] : sent["char_end"]].split())
        sources = []
        for sid in r.get("sources", []):
            e = gaz.entity(sid)
            sources.append(e["english"] if e else sid)
        date = r.get("date")
        if libyan:
            country = "Libya"
        elif category == "country":
            country = loc["english"]
        else:
            country = ""
        out.append(
            {
                "event_id_cnty": f"{doc_id}-{n}",
                "event_date": date["start"] if date else "",
                "time_precision": _PRECISION.get(date["precision"]) if date else None,
                "event_type": r["acled"]["event_type"],
                "sub_event_type": r["acled"]["sub_event_type"],
                "actor1": a1["english"] if a1 else "",
                "assoc_actor_1": _names(r.get("assoc_actors1", [])),
                "inter1": inter1,
                "actor2": a2["english"] if a2 else "",
                "assoc_actor_2": _names(r.get("assoc_actors2", [])),
                "inter2": inter2,
                "interaction": interaction,
                "iso": 434 if libyan else None,
                "country": country,
                "admin1": (loc.get("admin1") or "") if loc else "",
                "location": loc["english"] if loc else "",
                "latitude": loc.get("lat") if loc else None,
                "longitude": loc.get("lon") if loc else None,
                "geo_precision": loc.get("geo_precision") if loc else None,
                "source": "; ".join(sources),
                "notes": notes,
                "fatalities": r.get("fatalities") or 0,
            }
        )
    return out


def frame(rows: List[Dict[str, Any]]) -> Any:
    """A pandas DataFrame of ACLED rows, columns in order, integers that may be missing as
    ``Int64``, coordinates as ``float64``, ``fatalities`` as ``int64``."""
    import pandas as pd

    from . import ACLED_COLUMNS

    df = pd.DataFrame.from_records(rows, columns=list(ACLED_COLUMNS))
    for c in INT_COLUMNS:
        df[c] = df[c].astype("Int64")
    for c in FLOAT_COLUMNS:
        df[c] = df[c].astype("float64")
    df["fatalities"] = df["fatalities"].astype("int64")
    return df
