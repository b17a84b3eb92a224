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
    "geo_country_lgl": ("geoparsing", ("LGL", "all", "country"), "data/geoparsing-gritta"),
    "geo_country_geovirus": ("geoparsing", ("GeoVirus", "all", "country"), "data/geoparsing-gritta"),
    # issue 4: events
    "events_plover_type": ("events_plover", ("all", "type"), "data/plover"),
    "events_plover_source_country": ("events_plover", ("all", "source_country"), "data/plover"),
    "events_plover_target_country": ("events_plover", ("all", "target_country"), "data/plover"),
    "events_gold_recall": ("events_gold", ("recall",), "corpus"),
    "events_petrarch_root": ("events_petrarch", ("recall",), "data/petrarch2"),
    # issue 5: statements
    "quotes_direct_f1": ("quotes_polnear", ("direct_f1",), "data/polnear"),
    "quotes_speaker_accuracy": ("quotes_polnear", ("speaker_accuracy",), "data/polnear"),
    "statements_gold_quotes": ("statements_gold", ("quotes",), "corpus"),
    "statements_gold_quantities": ("statements_gold", ("quantities",), "corpus"),
    "statements_gold_frames": ("statements_gold", ("frames",), "corpus"),
    "statements_gold_citations": ("statements_gold", ("citation_samples",), "corpus"),
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
