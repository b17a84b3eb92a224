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
from pathlib import Path

from .tables import EXTRA_FIELDS, TABLES, rows


def _columns(store, name: str) -> list[str]:
    cur = store.conn.execute(f"SELECT * FROM ({TABLES[name]}) LIMIT 0")
    extra = EXTRA_FIELDS.get(name, ())
    return [d[0] for d in cur.description if not (extra and d[0] == "data")] + list(extra)


def _atomic(path: Path):
    tmp = path.with_name(path.name + ".tmp")
    return tmp, path


def write_jsonl(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        tmp, final = _atomic(out / f"{name}.jsonl")
        n = 0
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows(store, name):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        os.replace(tmp, final)
        counts[final.name] = n
    return counts


def write_csv(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        tmp, final = _atomic(out / f"{name}.csv")
        n = 0
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=_columns(store, name))
            writer.writeheader()
            for row in rows(store, name):
                writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
                n += 1
        os.replace(tmp, final)
        counts[final.name] = n
    return counts
