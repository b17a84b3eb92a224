"""Parquet tables with typed columns, and Kumu's Elements and Connections sheets.

What: `write_parquet(store, out_dir)` writes one `<table>.parquet` per export-contract table with Arrow types
taken from the schema (integers, floats, booleans, strings, lists of strings for aliases and joint actors);
`write_kumu(store, out_dir)` writes `kumu-elements.csv` and `kumu-connections.csv` (Label/Type/Description/
Tags; From/To/Type/Date/Description), which Kumu imports as a workbook's two sheets.
Why: Parquet keeps types for pandas, DuckDB and Spark (a date stays a string of known precision, an id
never becomes a float); Kumu is where many policy analysts draw their actor maps.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .tables import TABLES, rows
from .writers import atomic, columns

_LIST_FIELDS = {"aliases", "source_actor_ids", "target_actor_ids"}
_INT_FIELDS = {"start", "end", "size", "page", "index", "geonames_id"}
_FLOAT_FIELDS = {"lat", "lon", "confidence", "value"}
_BOOL_FIELDS = {"direct"}


def _arrow_type(name: str):
    import pyarrow as pa

    if name in _LIST_FIELDS:
        return pa.list_(pa.string())
    if name in _BOOL_FIELDS:
        return pa.bool_()
    if name in _FLOAT_FIELDS:
        return pa.float64()
    if name in _INT_FIELDS or name.endswith(("_start", "_end")):
        return pa.int64()
    return pa.string()


def arrow_table(rows: list[dict], fields: list[str]):
    """Contract rows as an Arrow table with our column types (years and ids stay strings)."""
    import pyarrow as pa

    schema = pa.schema([(c, _arrow_type(c)) for c in fields])
    for r in rows:
        for c in fields:
            if schema.field(c).type == pa.string() and r.get(c) is not None and not isinstance(r[c], str):
                r[c] = str(r[c])
    return pa.Table.from_pylist(rows, schema=schema)


def write_parquet(store, out_dir: str | Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        data = list(rows(store, name))
        with atomic(out / f"{name}.parquet") as tmp:
            pq.write_table(arrow_table(data, columns(store, name)), tmp)
        counts[f"{name}.parquet"] = len(data)
    return counts


def write_kumu(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    actors = list(store.query("SELECT a.id, a.name, a.kind, a.country, a.sector, count(m.id) AS mentions"
                              " FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id GROUP BY a.id ORDER BY a.rowid"))
    names = {a["id"]: a["name"] for a in actors}
    sheets = {
        "kumu-elements.csv": (["Label", "Type", "Description", "Tags", "ID", "Country", "Mentions"],
                              [[a["name"], a["kind"], f"{a['kind']} {a['country'] or ''} {a['sector'] or ''}".strip(),
                                "|".join(x for x in (a["country"], a["sector"]) if x), a["id"], a["country"] or "",
                                a["mentions"]] for a in actors]),
        "kumu-connections.csv": (["From", "To", "Type", "Date", "Domain", "Description", "Event ID", "Article ID"],
                                 [[names.get(e["source_actor_id"], e["source_actor_id"]),
                                   names.get(e["target_actor_id"], e["target_actor_id"]), e["type"], e["date"] or "",
                                   e["domain"] or "", e["sentence"] or "", e["id"], e["article_id"]]
                                  for e in store.query("SELECT * FROM events WHERE source_actor_id IS NOT NULL AND"
                                                       " target_actor_id IS NOT NULL ORDER BY article_id, start")]),
    }
    for fname, (header, body) in sheets.items():
        with atomic(out / fname) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(body)
        counts[fname] = len(body)
    return counts
