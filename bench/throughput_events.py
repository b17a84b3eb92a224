"""Throughput and peak memory of spaCy alone against spaCy + actor linker + event extractor.

What: on the articles extracted from the sample corpus pages and on the Zyte benchmark's
`articleBody` texts, measures articles (and characters) per second of `nlp.pipe` alone, and of
parsing, linking and `extract_events` per article, each in its own child process so that each peak
resident memory is its own. Loading (model, knowledge base, gazetteer, extractor) is timed apart.
Why: events run on every stored article; their cost over parsing and linking decides whether they
can run inline during ingest or need their own pass.
Run: `.venv/bin/python bench/throughput_events.py [--json]`; `run()` returns the rows.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import throughput_nlp as tn  # noqa: E402
from throughput_nlp import peak_rss_mb, texts_for  # noqa: E402

MODES = ("spacy", "events")
SAMPLES = ("corpus", "zyte")


def rate(count: int, seconds: float) -> float | None:
    return round(count / seconds, 2) if seconds > 0 else None


def measure(mode: str, sample: str) -> dict:
    """One measurement in this process: load time, then the rate over the sample's texts."""
    texts = texts_for(sample)
    t0 = time.perf_counter()
    from greatgame.nlp import load
    nlp = load()
    if mode == "events":
        from events_plover import Runner
        runner = Runner()
        runner.run("Kazakhstan and China signed a gas deal in Almaty on Monday.", "2022-01-10")   # warm up
    elif mode != "spacy":
        raise ValueError(f"unknown mode {mode!r}")
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_out, crashes = 0, 0
    if mode == "spacy":
        for doc in nlp.pipe(texts, batch_size=16):
            n_out += len(doc.ents)
    else:
        for i, text in enumerate(texts):
            try:
                n_out += len(runner.run(text, None, f"t{i}")[2])
            except Exception:                        # counted: a crash must not hide the timing
                crashes += 1
    secs = time.perf_counter() - t1
    chars = sum(map(len, texts))
    return {"mode": mode, "sample": sample, "articles": len(texts), "chars": chars,
            "load_seconds": round(load_s, 2), "seconds": round(secs, 2),
            "articles_per_second": rate(len(texts), secs),
            "kchars_per_second": round(chars / secs / 1000, 1) if secs > 0 else None,
            "entities_or_events": n_out, "crashes": crashes, "peak_rss_mb": round(peak_rss_mb(), 1)}


def run(samples=SAMPLES, modes=MODES) -> list[dict]:
    """Every (mode, sample) measured in a fresh child process."""
    return tn.run(samples, modes, __file__)


def table(rows: list[dict]) -> str:
    return tn.table(rows, (("entities_or_events", "ents/evs"), ("crashes", "crashes")))


if __name__ == "__main__":
    tn.main(__doc__, measure, run, table)
