"""Code tables the exports need: CAMEO Goldstein weights and quad classes, ISO3 to ISO2 and FIPS 10-4.

What: `goldstein(cameo)`, `quad_class(cameo)`, `iso2(iso3)`, `fips(iso3)`, `date_bounds`-style helpers.
Why: GDELT's layout wants Goldstein weights and FIPS country codes (not ISO), FollowTheMoney wants ISO2;
the figures are public code tables built by `scripts/build_code_tables.py`, kept as package data.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def _csv(path: str) -> list[dict]:
    text = resources.files("greatgame").joinpath(path).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _goldstein() -> dict[str, float]:
    return {r["cameo"]: float(r["goldstein"]) for r in _csv("data/events/goldstein.csv")}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return {r["iso3"]: r for r in _csv("data/geo/fips.csv")}


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein weight of a CAMEO code, falling back to its base (3-digit) and root (2-digit) code."""
    if not cameo:
        return None
    for code in (cameo, cameo[:3], cameo[:2]):
        if code in _goldstein():
            return _goldstein()[code]
    return None


def quad_class(cameo: str | None) -> int | None:
    """GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def iso2(iso3: str | None) -> str | None:
    row = _countries().get(iso3 or "")
    return row["iso2"] if row else None


def fips(iso3: str | None) -> str | None:
    row = _countries().get(iso3 or "")
    return row["fips"] if row else None
