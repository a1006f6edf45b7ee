"""Annotate a Polars text column: one list of ACLED records per document, then a flat table.

    python python/examples/polars_annotate.py [corpus.jsonl]

`Expr.map_batches` hands the whole `text` column to `libya_nlp.Analyzer.analyze_arrow` as
Arrow (no Python string per document); the records come back as one Arrow batch, grouped
into a list-of-struct column aligned with the input rows.
"""

from __future__ import annotations

import sys

import polars as pl

import libya_nlp
import libya_nlp._arrow

ANALYZER = libya_nlp.Analyzer()

#: The dtype of the `records` column: a list of structs with the ACLED columns.
RECORDS = pl.List(
    pl.Struct(pl.from_arrow(libya_nlp._arrow.schema().empty_table()).drop("doc_index").schema)
)


def records(texts: pl.Series, dates: pl.Series = None) -> pl.Series:
    """For each text, the list of its ACLED records (structs with the ACLED columns)."""
    batch = ANALYZER.analyze_arrow(
        texts.to_arrow(), dates=None if dates is None else dates.to_list()
    )
    rows = pl.from_arrow(batch)
    per_doc = rows.group_by("doc_index").agg(
        pl.struct(list(libya_nlp.ACLED_COLUMNS)).alias("records")
    )
    aligned = (
        pl.DataFrame({"doc_index": pl.arange(0, len(texts), eager=True).cast(pl.Int64)})
        .join(per_doc, on="doc_index", how="left")
        .sort("doc_index")
    )
    return aligned.select(
        pl.col("records").cast(RECORDS).fill_null(pl.lit([], dtype=RECORDS))
    )["records"]


def annotate(df: pl.DataFrame) -> pl.DataFrame:
    """Adds a `records` column (list of structs) computed from `text` (and `date` if present)."""
    if "date" in df.columns:
        return df.with_columns(
            pl.struct("text", "date")
            .map_batches(
                lambda s: records(s.struct.field("text"), s.struct.field("date")),
                return_dtype=RECORDS,
            )
            .alias("records")
        )
    return df.with_columns(pl.col("text").map_batches(records, return_dtype=RECORDS).alias("records"))


def main(argv) -> int:
    if len(argv) > 1:
        df = pl.read_ndjson(argv[1])
    else:
        df = pl.DataFrame(
            {
                "id": ["a", "b", "c"],
                "text": [
                    "قصفت طائرات مجهولة مدينة درنة أمس، ما أدى إلى مقتل خمسة مدنيين.",
                    "نص لا يذكر أي حدث.",
                    "اندلعت اشتباكات عنيفة في طرابلس أمس بين قوات الوفاق وقوات حفتر.",
                ],
                "date": ["2018-05-03", None, "2019-04-10"],
            }
        )
    out = annotate(df)
    flat = out.select("id", "records").explode("records").drop_nulls("records").unnest("records")
    with pl.Config(tbl_cols=8, fmt_str_lengths=30):
        print(out.select("id", pl.col("records").list.len().alias("n_records")))
        print(flat.select("id", "event_date", "event_type", "location", "fatalities"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
