"""Writers for the export contract: JSON Lines and CSV.

What: write every contract table into a directory, one file each.
Why: JSON Lines is what our evaluation and most pipelines read; CSV is what a
spreadsheet opens directly (UTF-8 with a byte-order mark, so Excel shows
Cyrillic and Chinese correctly, lists joined with "; ").
"""
from __future__ import annotations

import csv
import json
import os
from contextlib import contextmanager
from pathlib import Path

from .tables import EXTRA_FIELDS, TABLES, rows


def columns(store, name: str) -> list[str]:
    """A contract table's fields in order: its SQL columns, then the extras kept in its JSON data column."""
    cur = store.conn.execute(f"SELECT * FROM ({TABLES[name]}) LIMIT 0")
    extra = EXTRA_FIELDS.get(name, ())
    return [d[0] for d in cur.description if not (extra and d[0] == "data")] + list(extra)


@contextmanager
def atomic(final: Path):
    """Yield a temporary path beside `final`; it replaces `final` only when the block succeeds."""
    tmp = final.with_name(final.name + ".tmp")
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_jsonl(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        n = 0
        with atomic(out / f"{name}.jsonl") as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows(store, name):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        counts[f"{name}.jsonl"] = n
    return counts


def write_csv(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        n = 0
        with atomic(out / f"{name}.csv") as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns(store, name))
            writer.writeheader()
            for row in rows(store, name):
                writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
                n += 1
        counts[f"{name}.csv"] = n
    return counts
