"""The Spark job: the same stage functions per partition, Parquet out, records equal to a single-process run.

What: `run(inputs, out, ...)` walks the inputs on the driver, spreads the files over partitions, and in each
partition reads, cleans and links every document with the pipeline's own functions (`read_document`,
`link_document`, one `LinkStage` per Python worker), computing each article's hash and MinHash signature
there. The driver then decides duplicates in input order with the same `Deduper` rule, broadcasts the
marks, and each partition writes its documents into a private SQLite store (the store's own code, so
fields and ids are exactly a local run's) and from it two Parquet datasets:
  out/<table>/part-NNNNN.parquet       the export contract (DuckDB: read_parquet('out/events/*.parquet'))
  out/_store/<table>/part-NNNNN.parquet the store's own rows, which `greatgame import-parquet` loads.
Why: a month of CC-NEWS is millions of pages; the logic lives in the pipeline, this module only moves data.
Actors and places appear once per partition that mentions them (SELECT DISTINCT, or import, merges them).
Run: `greatgame spark INPUT... --out DIR [--master local[*]]`, or spark-submit this file with the same args.
"""
from __future__ import annotations

import argparse
import os
import pickle
import tempfile
from dataclasses import replace
from pathlib import Path

STORE_TABLES = ("documents", "articles", "article_minhash", "actors", "places", "mentions", "events", "quotes",
                "quantities", "frames", "citations", "skips")
_STAGES: dict = {}


def _stage(recipe):
    """One LinkStage per Python worker process, reused across partitions (the model loads once)."""
    if recipe is None:
        return None
    if recipe not in _STAGES:
        from ..stages import LinkStage

        _STAGES[recipe] = LinkStage(*recipe)
    return _STAGES[recipe]


def _prepare(rows, recipe):
    """(idx, path) -> pickled (idx, doc, articles, skips, layers, signatures) or a skip."""
    from ..dedupe import signature, text_hash
    from ..errors import GGError
    from ..ingest.files import open_document
    from ..pipeline import link_document, read_document
    from ..records import Skip

    link = _stage(recipe)
    for idx, path in rows:
        try:
            doc = open_document(path)
        except GGError as exc:
            yield pickle.dumps((idx, None, [], [Skip(path, exc.code, exc.detail)], [], {}))
            continue
        articles, skips = read_document(doc)
        articles = [replace(a, text_sha256=a.text_sha256 or text_hash(a.text)) for a in articles]
        layers = link_document(doc, articles, link, skips)
        sigs = {a.id: signature(a.text) for a in articles}
        yield pickle.dumps((idx, doc, articles, skips, layers, sigs))


def _write_partition(part, rows, out, dups):
    """Write one partition's documents through a private store, then its tables as Parquet part files."""
    from ..export.tables import TABLES
    from ..export.tables import rows as contract_rows
    from ..export.writers import columns as _columns
    from ..store.sqlite import Store

    records = sorted((pickle.loads(r) for r in rows), key=lambda r: r[0])
    if not records:
        return iter([0])
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "part.db") as store:
            # a duplicate's original may live in another partition: keys are checked at import, not here
            store.conn.execute("PRAGMA foreign_keys=OFF")
            for idx, doc, articles, skips, layers, sigs in records:
                if doc is None:
                    for s in skips:
                        store.add_skip(s)
                    continue
                marked = [replace(a, duplicate_of=dups.value.get(a.id)) for a in articles]
                keep = {a.id for a in marked if a.duplicate_of is None}
                signatures = {i: sig for i, sig in sigs.items() if i in keep and sig is not None}
                store.write_document(doc, marked, signatures, skips, [x for x in layers if x.article_id in keep])
            for name in TABLES:
                _parquet(list(contract_rows(store, name)), Path(out) / name / f"part-{part:05d}.parquet", name,
                         _columns(store, name))
            for table in STORE_TABLES:
                raw = [dict(r) for r in store.query(f"SELECT * FROM {table} ORDER BY rowid")]
                _parquet(raw, Path(out) / "_store" / table / f"part-{part:05d}.parquet", None)
    return iter([len(records)])


def _parquet(rows: list[dict], path: Path, contract: str | None, columns: list[str] | None = None) -> None:
    """Rows as one Parquet file; a contract table is written even when empty (its typed columns only)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..export.tabular import arrow_table

    if not rows and not contract:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    table = arrow_table(rows, columns or list(rows[0])) if contract else pa.Table.from_pylist(rows)
    pq.write_table(table, path)


def run(inputs: list[str], out: str, master: str = "local[*]", partitions: int | None = None,
        link: bool = True, model: str | None = None, actors_dirs: list[str] | None = None,
        corrections: str | None = None) -> dict:
    from pyspark.sql import SparkSession

    from ..dedupe import Deduper
    from ..ingest.files import walk
    from ..records import Skip

    import sys

    # executors run this same Python (the one with greatgame and its model installed) unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(master).appName("greatgame")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "8").getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    files = list(walk(inputs))
    paths = [(i, f) for i, f in enumerate(files) if not isinstance(f, Skip)]
    walk_skips = [f for f in files if isinstance(f, Skip)]
    n = partitions or max(1, min(len(paths), sc.defaultParallelism * 4))
    recipe = (model, tuple(actors_dirs) if actors_dirs else None, corrections) if link else None
    prepared = sc.parallelize(paths, n).mapPartitions(lambda rows: _prepare(rows, recipe)).cache()
    # the driver decides duplicates in input order, from hashes and signatures computed on the executors
    keys = (prepared.flatMap(lambda r: [(rec[0], k, a.id, a.text_sha256, rec[5].get(a.id))
                                        for rec in [pickle.loads(r)] for k, a in enumerate(rec[2])])
            .collect())
    deduper, dups = Deduper(), {}
    for _idx, _k, article_id, sha, sig in sorted(keys):
        original, _ = deduper.mark_signature(article_id, sha, sig)
        if original:
            dups[article_id] = original
    marks = sc.broadcast(dups)
    out = os.path.abspath(out)
    written = prepared.mapPartitionsWithIndex(lambda i, rows: _write_partition(i, rows, out, marks)).sum()
    if walk_skips:
        _parquet([{"path": s.path, "code": s.code, "reason": s.reason} for s in walk_skips],
                 Path(out) / "_store" / "skips" / "part-walk.parquet", None)
    prepared.unpersist()
    spark.stop()
    return {"files": len(files), "documents": written, "articles": len(keys), "duplicates": len(dups),
            "partitions": n, "out": out}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="greatgame spark", description="Run the pipeline on Spark into Parquet.")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--master", default="local[*]")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--no-link", action="store_true")
    ap.add_argument("--model", default=None)
    a = ap.parse_args(argv)
    r = run(a.inputs, a.out, a.master, a.partitions, not a.no_link, a.model)
    print(f"{r['files']} files, {r['documents']} documents, {r['articles']} articles ({r['duplicates']} duplicates)"
          f" in {r['partitions']} partitions -> {r['out']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
