"""Benchmark of HTML article extraction (greatgame.clean.html.extract).

What: scores ``extract(html, url)`` on the Zyte article-extraction benchmark
(181 news pages, shingle metric) with ``run()`` and on the English subset of
trafilatura's evaluation set (154 pages, segment metric) with
``run_trafilatura_eval()``; both read the data in place under
``shared/data`` beside the repository and return precision, recall, F1,
pages, seconds and pages per second. ``python bench/html_extraction.py``
prints both; ``--compare`` also scores alternative trafilatura settings.
Why: the extractor's settings were chosen on these figures, and CI floors
compare against them; the data are never copied into the repo.
"""
from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from metrics import segment_score, shingle_score  # noqa: E402

from greatgame.clean import html as html_clean  # noqa: E402

SHARED = ROOT / ".." / "shared" / "data"
ZYTE = SHARED / "scrapinghub-article-extraction-benchmark"
TRAF = SHARED / "trafilatura-eval"


def _text(html: str, url: str | None) -> str:
    found = html_clean.extract(html, url)
    return found[0].text if found else ""


def _result(score, pages: int, seconds: float) -> dict:
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "f1": round(score.f1, 4), "pages": pages, "seconds": round(seconds, 2),
            "pages_per_second": round(pages / seconds, 1) if seconds else 0.0}


def run(data_dir: Path = ZYTE) -> dict:
    """Zyte benchmark: shingle precision/recall/F1 of extract() against articleBody."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pairs = []
    seconds = 0.0
    for page_id in sorted(truth):
        html = gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        start = time.perf_counter()
        predicted = _text(html, truth[page_id].get("url"))
        seconds += time.perf_counter() - start
        pairs.append((truth[page_id]["articleBody"], predicted))
    return _result(shingle_score(pairs), len(pairs), seconds)


def run_trafilatura_eval(data_dir: Path = TRAF) -> dict:
    """trafilatura's evaluation set, English subset: segment precision/recall/F1."""
    from greatgame.ingest.decode import decode, html_declared_charset
    gold = json.loads((data_dir / "evaldata_en.json").read_text(encoding="utf-8"))
    triples = []
    seconds = 0.0
    for url in sorted(gold):
        entry = gold[url]
        path = data_dir / "html_en" / f"{entry['file']}.gz"
        if not path.exists():
            continue
        raw = gzip.decompress(path.read_bytes())
        html = decode(raw, html_declared_charset(raw))
        start = time.perf_counter()
        predicted = _text(html, url)
        seconds += time.perf_counter() - start
        triples.append((predicted, entry.get("with", []), entry.get("without", [])))
    return _result(segment_score(triples), len(triples), seconds)


VARIANTS = {
    "default": {"favor_precision": False, "include_comments": True, "include_tables": True},
    "default_no_comments": {"favor_precision": False, "include_comments": False, "include_tables": True},
    "favor_precision": {"favor_precision": True, "include_comments": False, "include_tables": True},
    "favor_recall": {"favor_recall": True, "include_comments": False, "include_tables": True},
}


def compare() -> dict:
    """Both benchmarks under each setting of VARIANTS (restores the module's SETTINGS)."""
    saved = dict(html_clean.SETTINGS)
    out = {}
    try:
        for name, settings in VARIANTS.items():
            html_clean.SETTINGS.clear()
            html_clean.SETTINGS.update(settings)
            out[name] = {"zyte": run(), "trafilatura_en": run_trafilatura_eval()}
    finally:
        html_clean.SETTINGS.clear()
        html_clean.SETTINGS.update(saved)
    return out


def _line(name: str, r: dict) -> str:
    return (f"{name:<28} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}  "
            f"{r['pages']} pages in {r['seconds']:.1f} s ({r['pages_per_second']:.1f} pages/s)")


if __name__ == "__main__":
    if not ZYTE.exists():
        sys.exit(f"benchmark data not found under {SHARED}")
    if "--compare" in sys.argv:
        for name, res in compare().items():
            print(_line(f"{name} zyte", res["zyte"]))
            print(_line(f"{name} trafilatura-en", res["trafilatura_en"]))
    else:
        print(_line("zyte (shingle)", run()))
        if TRAF.exists():
            print(_line("trafilatura-en (segment)", run_trafilatura_eval()))
