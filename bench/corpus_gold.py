"""Check the plain-text cleaner against the hand-made gold of the two sample corpus pages.

What: runs `extract` on every page named in shared/corpus/gold_dev.json and
checks the reader's expectations: each gold article found with its exact
title, no `boilerplate_never_in_body` string in any body, each
`body_must_contain` fragment in the body of the right article, and author,
published date and site where the gold gives them.
Why: the Zyte benchmark only scores body text of one-article pages; this
checks splitting of multi-article pages and the metadata.
Run: `python bench/corpus_gold.py` (prints the result); `run()` returns it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from greatgame.clean.plaintext import extract  # noqa: E402

CORPUS = ROOT / ".." / "shared" / "corpus"


def _norm(s: str | None) -> str:
    return " ".join((s or "").replace("’", "'").split()).casefold()


def run(corpus: Path = CORPUS) -> dict:
    gold = json.loads((corpus / "gold_dev.json").read_text(encoding="utf-8"))
    res = {"articles_expected": 0, "articles_returned": 0, "titles_found": 0, "titles_missing": [],
           "boilerplate_hits": [], "missing_fragments": [], "metadata_misses": []}
    by_title: dict[str, object] = {}
    all_arts = []
    for name, spec in gold["files"].items():
        arts = extract((corpus / name).read_text(encoding="utf-8"))
        all_arts += arts
        res["articles_returned"] += len(arts)
        for g in spec["articles"]:
            res["articles_expected"] += 1
            hit = next((a for a in arts if _norm(a.title) == _norm(g["title"])), None)
            if hit is None:
                res["titles_missing"].append(g["title"])
                continue
            res["titles_found"] += 1
            by_title[g["title"]] = hit
            for key in ("author", "published", "site"):
                want = g.get(key)
                if want is None:
                    continue
                got = getattr(hit, key)
                ok = (_norm(want) in _norm(got)) if key != "published" else bool(got) and got.startswith(want)
                if not ok:
                    res["metadata_misses"].append({"title": g["title"], "field": key, "want": want, "got": got})
    for a in all_arts:
        for b in gold.get("boilerplate_never_in_body", []):
            if b in a.text:
                res["boilerplate_hits"].append({"title": a.title, "boilerplate": b})
    for title, frag in gold.get("body_must_contain", []):
        a = by_title.get(title)
        if a is None or _norm(frag) not in _norm(a.text):
            res["missing_fragments"].append({"title": title, "fragment": frag})
    res["passed"] = (res["titles_found"] == res["articles_expected"] == res["articles_returned"]
                     and not res["boilerplate_hits"] and not res["missing_fragments"]
                     and not res["metadata_misses"])
    return res


if __name__ == "__main__":
    if not CORPUS.exists():
        sys.exit(f"corpus not found at {CORPUS}")
    print(json.dumps(run(), indent=2, ensure_ascii=False))
