"""Annotate an archive on Spark: JSONL or Parquet of news in, Parquet of ACLED records out.

    python python/examples/spark_annotate.py corpus.jsonl records.parquet --master 'local[2]'

The input has a `text` column and optionally `id` and `date` (`YYYY-MM-DD`, a date-time or a
Parquet date); documents without an id get a generated one. The output has one row per
event record that is asserted and not background: `id` (the document's), then the ACLED
columns (`libya_nlp.ACLED_COLUMNS`: `event_id_cnty` is the id, a dash and the record number).

Each Spark task analyzes its Arrow batches through `DataFrame.mapInArrow`, reading the text
buffers directly; the Rust analyzer runs one thread per task (`--rust-jobs 1`, the default),
since Spark already runs one task per core. On a cluster, install the package (`pip install
./python`, or a wheel built with `maturin build --release`) on every worker.
"""

from __future__ import annotations

import argparse
import sys
from typing import Iterator, Optional


def spark_schema() -> str:
    """The output schema as a Spark DDL string (pyarrow types of
    `libya_nlp.Analyzer.analyze_arrow`, with `doc_index` replaced by the document `id`)."""
    import libya_nlp
    from libya_nlp import _arrow

    ddl = {"string": "string", "int32": "int", "int64": "bigint", "double": "double"}
    fields = ["id string"]
    for f in _arrow.schema():
        if f.name in libya_nlp.ACLED_COLUMNS:
            fields.append(f"{f.name} {ddl[str(f.type)]}")
    return ", ".join(fields)


def annotate_batches(batches: Iterator, rust_jobs: int = 1) -> Iterator:
    """The `mapInArrow` function: Arrow batches of `id`, `text`, `date` to batches of records."""
    import pyarrow as pa
    import pyarrow.compute as pc

    import libya_nlp

    analyzer = libya_nlp.Analyzer()
    for batch in batches:
        out = analyzer.analyze_arrow(batch, jobs=rust_jobs)
        ids = pc.take(batch.column("id"), out.column("doc_index")).cast(pa.string())
        cols = [ids] + [out.column(i) for i in range(1, out.num_columns)]
        yield pa.RecordBatch.from_arrays(cols, names=["id"] + out.schema.names[1:])


def run(
    spark,
    input_path: str,
    output_path: str,
    fmt: Optional[str] = None,
    rust_jobs: int = 1,
    partitions: Optional[int] = None,
):
    """Reads `input_path` (JSONL or Parquet, by `fmt` or the file name), annotates it and
    writes Parquet to `output_path` (overwritten). Returns the output DataFrame."""
    from pyspark.sql import functions as F

    fmt = fmt or ("parquet" if input_path.rstrip("/").endswith(".parquet") else "jsonl")
    if fmt == "parquet":
        df = spark.read.parquet(input_path)
    else:
        df = spark.read.json(input_path)
    if "text" not in df.columns:
        raise ValueError(f"{input_path}: no `text` column (columns: {', '.join(df.columns)})")
    if "id" not in df.columns:
        df = df.withColumn("id", F.monotonically_increasing_id())
    date = F.col("date").cast("string") if "date" in df.columns else F.lit(None).cast("string")
    df = df.select(F.col("id").cast("string").alias("id"), F.col("text"), date.alias("date"))
    if partitions:
        df = df.repartition(partitions)
    module = sys.modules[annotate_batches.__module__]
    if module.__name__ != "__main__":
        # Imported (tests, notebooks): ship this module's code with the task, so the workers
        # need only the libya_nlp package, not this file.
        from pyspark import cloudpickle

        cloudpickle.register_pickle_by_value(module)
    jobs = rust_jobs
    records = df.mapInArrow(lambda it: annotate_batches(it, jobs), spark_schema())
    records.write.mode("overwrite").parquet(output_path)
    return spark.read.parquet(output_path)


def session(master: str = "local[2]", app: str = "libya-nlp"):
    """A Spark session whose Python workers are this interpreter."""
    import os

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
        .getOrCreate()
    )


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSONL or Parquet file or directory")
    p.add_argument("output", help="Parquet directory to write (overwritten)")
    p.add_argument("--format", choices=["jsonl", "parquet"], help="input format (default: by name)")
    p.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    p.add_argument("--rust-jobs", type=int, default=1, help="Rust threads per Spark task (default 1)")
    p.add_argument("--partitions", type=int, help="repartition the input first")
    a = p.parse_args(argv)
    spark = session(a.master)
    try:
        out = run(spark, a.input, a.output, a.format, a.rust_jobs, a.partitions)
        print(f"{out.count()} records written to {a.output}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
