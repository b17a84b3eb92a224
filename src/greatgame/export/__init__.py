"""Exports of the store in the formats other tools read.

What: EXPORTERS maps a format name to a writer `(store, out_dir) -> {file: rows}` (`greatgame export --format`);
TABLES lists the export contract: one file per layer with its fields in order.
Why: the contract (file names and fields) is what other tools and our
evaluation read; every file is written even when its layer is still empty,
so a consumer never has to guess whether a layer ran.
"""
from __future__ import annotations

from .ftm import write_ftm
from .gdelt import write_gdelt
from .graph import write_gexf, write_graphml
from .tables import TABLES, rows  # noqa: F401
from .tabular import write_kumu, write_parquet
from .writers import write_csv, write_jsonl

EXPORTERS = {
    "jsonl": write_jsonl,       # the contract (default)
    "csv": write_csv,           # the contract for spreadsheets
    "parquet": write_parquet,   # the contract with typed columns
    "ftm": write_ftm,           # FollowTheMoney entities (Aleph)
    "gdelt": write_gdelt,       # events in GDELT 2.0's 61 columns, ours after
    "gexf": write_gexf,         # Gephi, with dated edges
    "graphml": write_graphml,
    "kumu": write_kumu,         # Kumu Elements / Connections
}
