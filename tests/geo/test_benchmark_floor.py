"""Benchmark floors on the Gritta geoparsing corpora (read in place; skipped without ../shared).

Floors sit a little under the figures measured when they were pinned
(Accuracy@161 km / correct country / coverage: GeoWebNews 0.770 / 0.836 / 0.893,
LGL 0.845 / 0.924 / 0.962, GeoVirus 0.778 / 0.912 / 0.954), so a regression
fails while small data rebuilds do not (resolution itself is deterministic).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / ".." / "shared" / "data" / "geoparsing-gritta" / "data"

FLOORS = {  # corpus: (Accuracy@161 km, correct-country share, coverage)
    "GeoWebNews": (0.75, 0.81, 0.87),
    "LGL": (0.83, 0.91, 0.94),
    "GeoVirus": (0.76, 0.89, 0.93),
}


@pytest.fixture(scope="module")
def results():
    if not DATA.exists():
        pytest.skip(f"{DATA} not present (evaluation data lives beside the checkout)")
    spec = importlib.util.spec_from_file_location("bench_geoparsing", REPO / "bench" / "geoparsing.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.run()


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_floor(results, corpus):
    acc, country, coverage = FLOORS[corpus]
    got = results[corpus]["all"]
    assert got["n"] > 1000
    assert got["acc161"] >= acc, got
    assert got["country"] >= country, got
    assert got["coverage"] >= coverage, got


def test_heldout_generalises(results):
    for corpus, res in results.items():
        assert res["heldout"]["acc161"] >= res["dev"]["acc161"] - 0.05, (corpus, res)


def test_benchmark_is_quick(results):
    assert sum(r["seconds"] for r in results.values()) < 60
