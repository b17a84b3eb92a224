"""Cooperation-conflict scores of PLOVER event types, from -10 (most conflictual) to +10 (most cooperative).

What: `score(type)` for one event type and `SCORES`, the table in `data/events/scores.csv`.
Why: dyad timelines and the influence matrix show net cooperation, not only counts. The figures are the
type-level "PLOVER scores" of the PLOVER manual (2021 draft; a code table, cited, not code); its table prints
+3 for ACCUSE, which we read as the sign slip it is (every ACCUSE mode there scores -2 to -3.5) and use -3.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def scores() -> dict[str, float]:
    text = resources.files("greatgame").joinpath("data/events/scores.csv").read_text(encoding="utf-8")
    return {row["plover"]: float(row["score"]) for row in csv.DictReader(text.splitlines())}


def score(event_type: str | None) -> float | None:
    """The score of a PLOVER type (any case), or None for a type the table lacks."""
    return scores().get((event_type or "").upper())
