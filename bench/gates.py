"""The gated quality figures: each name maps to the benchmark function that measures it.

What: GATES names a figure (e.g. "html_f1") and how to compute it from a
benchmark script's run(); measure(name) returns it, or None when the
evaluation data is absent (a user's clone has no ../shared).
Why: the tests, update_baseline.py and docs/benchmarks.md read the same
figures from the same code.
"""
from __future__ import annotations

import importlib
import sys
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

# name -> (bench module, key path into its run() result, data folder it needs)
GATES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "html_f1": ("html_extraction", ("f1",), "data/scrapinghub-article-extraction-benchmark"),
    "plaintext_f1": ("plaintext_extraction", ("f1",), "data/scrapinghub-article-extraction-benchmark"),
    "plaintext_f1_heldout": ("plaintext_extraction", ("heldout", "f1"),
                             "data/scrapinghub-article-extraction-benchmark"),
    "html_precision": ("html_extraction", ("precision",), "data/scrapinghub-article-extraction-benchmark"),
    # issue 3: actors and places
    "ner_f1_lenient": ("ner_linking", ("systems", "linker", "ner", "f1"), "data/gum-wikinews"),
    "entity_linking_accuracy": ("ner_linking", ("systems", "linker", "linking", "accuracy"), "data/gum-wikinews"),
    "geo_acc161_geowebnews": ("geoparsing", ("GeoWebNews", "all", "acc161"), "data/geoparsing-gritta"),
    "geo_acc161_lgl": ("geoparsing", ("LGL", "all", "acc161"), "data/geoparsing-gritta"),
    "geo_country_geowebnews": ("geoparsing", ("GeoWebNews", "all", "country"), "data/geoparsing-gritta"),
}


@lru_cache(maxsize=None)
def _run(module: str) -> dict:
    return importlib.import_module(module).run()


def measure(name: str) -> float | None:
    module, keys, needs = GATES[name]
    if not (SHARED / needs).exists():
        return None
    value = _run(module)
    for k in keys:
        value = value[k]
    return float(value)
