"""Exports of the store in the formats other tools read.

What: EXPORTERS maps a format name to a writer `(store, out_dir) -> {file: rows}`;
TABLES lists the export contract: one file per layer with its fields in order.
Why: the contract (file names and fields) is what other tools and our
evaluation read; every file is written even when its layer is still empty,
so a consumer never has to guess whether a layer ran.
"""
from __future__ import annotations

from .tables import TABLES, rows  # noqa: F401
from .writers import write_csv, write_jsonl

EXPORTERS = {
    "jsonl": write_jsonl,
    "csv": write_csv,
}
