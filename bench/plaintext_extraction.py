"""Zyte article-extraction benchmark on full-page text dumps, for our plain-text cleaner.

What: runs `greatgame.clean.plaintext.extract` on the 181 html-text dumps of
the Zyte/Scrapinghub benchmark (all visible text of each page) and scores
the concatenated article texts against the ground truth with the shingle
metric; pages are split by a hash of their id into a dev half (used for
development) and a held-out half (never looked at while tuning).
Why: the dumps come from 126 news sites, so the held-out figure tells
whether the line classifier generalises beyond what it was tuned on.
Run: `python bench/plaintext_extraction.py` (prints figures); `run()` returns them.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from metrics import page_counts, shingle_score  # noqa: E402

from greatgame.clean.plaintext import extract  # noqa: E402

DATA = ROOT / ".." / "shared" / "data" / "scrapinghub-article-extraction-benchmark"


def split_of(page_id: str) -> str:
    """'dev' or 'heldout', stable across runs (first byte of sha1 of the id)."""
    return "dev" if hashlib.sha1(page_id.encode()).digest()[0] % 2 == 0 else "heldout"


def load(data: Path = DATA) -> tuple[dict, dict]:
    dumps = json.loads((data / "output" / "html-text.json").read_text(encoding="utf-8"))
    dumps = dumps.get("output", dumps)
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return dumps, truth


def predictions(dumps: dict, truth: dict) -> dict[str, str]:
    out = {}
    for pid in sorted(truth):
        text = (dumps.get(pid) or {}).get("articleBody") or ""
        arts = extract(text, truth[pid].get("url"))
        out[pid] = "\n\n".join(a.text for a in arts)
    return out


def _figures(pairs) -> dict:
    s = shingle_score(pairs)
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
            "pages": s.pages}


def run(data: Path = DATA) -> dict:
    """{"precision","recall","f1","pages","seconds"} over all pages, plus "dev" and "heldout" figures."""
    dumps, truth = load(data)
    t0 = time.perf_counter()
    pred = predictions(dumps, truth)
    seconds = time.perf_counter() - t0
    res = _figures((truth[p]["articleBody"], pred[p]) for p in sorted(truth))
    res["seconds"] = round(seconds, 2)
    for part in ("dev", "heldout"):
        res[part] = _figures((truth[p]["articleBody"], pred[p]) for p in sorted(truth) if split_of(p) == part)
    return res


def worst(n: int = 15, part: str = "dev") -> list[tuple[str, float, float, float]]:
    """Pages of one split with the lowest per-page F1 (for development)."""
    dumps, truth = load()
    pred = predictions(dumps, truth)
    rows = []
    for p in sorted(truth):
        if split_of(p) != part:
            continue
        tp, fp, fn = page_counts(truth[p]["articleBody"], pred[p])
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        rows.append((p, round(f1, 3), round(fp, 3), round(fn, 3)))
    return sorted(rows, key=lambda r: r[1])[:n]


if __name__ == "__main__":
    if not DATA.exists():
        sys.exit(f"benchmark data not found at {DATA}")
    if len(sys.argv) > 1 and sys.argv[1] == "--worst":
        for row in worst():
            print(*row)
        sys.exit(0)
    r = run()
    print(f"all     P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} ({r['pages']} pages, {r['seconds']} s)")
    for part in ("dev", "heldout"):
        d = r[part]
        print(f"{part:7} P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} ({d['pages']} pages)")
