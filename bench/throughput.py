"""Throughput and peak memory of ingest, single process, on the Zyte benchmark pages.

What: pages per second of the plain-text cleaner (on the full-page text
dumps), of the HTML cleaner (on the saved pages), and of the whole ingest
(readers, cleaners, language, dedupe, SQLite) over the 181 gzipped HTML files;
peak resident memory of the process.
Why: speed targets live here, never in timed tests.

Usage: .venv/bin/python bench/throughput.py
"""
from __future__ import annotations

import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "scrapinghub-article-extraction-benchmark"


def _rate(fn, items) -> tuple[float, float]:
    start = time.perf_counter()
    for item in items:
        fn(item)
    secs = time.perf_counter() - start
    return len(items) / secs, secs


def run() -> dict:
    from greatgame.clean import html as html_cleaner
    from greatgame.clean import plaintext
    from greatgame.dedupe import Deduper
    from greatgame.pipeline import ingest
    from greatgame.store.sqlite import Store

    dumps = json.loads((DATA / "output" / "html-text.json").read_text())["output"]
    texts = [v["articleBody"] for v in dumps.values()]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((DATA / "html").glob("*.gz"))]
    text_rate, text_secs = _rate(plaintext.extract, texts)
    html_rate, html_secs = _rate(html_cleaner.extract, pages)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        s = ingest([str(DATA / "html")], store, Deduper())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "text_pages": len(texts), "text_pages_per_second": round(text_rate, 1),
        "html_pages": len(pages), "html_pages_per_second": round(html_rate, 1),
        "ingest_files": s.files, "ingest_articles": s.articles,
        "ingest_files_per_second": round(s.files / s.seconds, 1),
        "peak_rss_mb": round(peak_mb, 1),
    }


if __name__ == "__main__":
    if not DATA.exists():
        sys.exit(f"{DATA} not present")
    print(json.dumps(run(), indent=2))
