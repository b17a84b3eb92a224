"""How often the dates of an undated article agree with what its publication date would give.

What: cleans the HTML pages of shared/data (scrapinghub benchmark, trafilatura English set) with
`greatgame.clean.html.extract`, keeps the articles whose publication date the cleaner found, and reads each
text twice with `find_dates`: with that date as anchor (taken as the reference reading) and without it. For the
yearless month/day expressions ("on January 11", "in March") the undated reading resolves through the
narrative's current period (`dates_narrative`), it reports how many were resolved that way and how many agree
with the reference; `--parse` gives find_dates the spaCy parse, as the event extractor does (slower).
Why: an article without a publication date has to infer its present from its own text; a wrong guess dates
events years off, so the inference must be right far more often than not, and abstain otherwise. The
reference reading is itself a guess (a "tomorrow (November 19)" is read in the past), so agreement is a floor.
Run: `.venv/bin/python bench/dates_undated.py [--parse] [-v] [--json]`; `run()` returns the result.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT / ".." / "shared" / "data"
PAGES = [DATA / "scrapinghub-article-extraction-benchmark" / "html", DATA / "trafilatura-eval" / "html_en"]


def dated_articles() -> list[tuple[str, str, str]]:
    """(page name, publication date, text) of every article the HTML cleaner dates."""
    from greatgame.clean.html import extract
    out = []
    for folder in PAGES:
        for f in sorted(folder.glob("*")) if folder.exists() else ():
            raw = gzip.open(f).read() if f.suffix == ".gz" else f.read_bytes()
            try:
                found = extract(raw.decode("utf-8", "replace"))
            except Exception as exc:                    # noqa: BLE001  (a bad page is skipped, with its reason)
                print(f"skip {f.name}: {exc}", file=sys.stderr)
                continue
            out += [(f.name, x.published, x.text) for x in found if x.published and x.text]
    return out


def run(parse: bool = False, verbose: bool = False) -> dict:
    from greatgame.extract.dates import _explicit, _scan, find_dates
    from greatgame.extract.dates_narrative import narrative_period
    nlp = None
    if parse:
        from greatgame.nlp import load
        nlp = load()
    arts = dated_articles()
    resolved = agree = with_period = 0
    for name, published, text in arts:
        doc = nlp(text) if nlp else None
        if narrative_period(text, _explicit(text, _scan(text, strict=True)), doc) is None:
            continue
        with_period += 1
        ref = {(m.start, m.end): m.value for m in find_dates(text, published, doc)}
        yearless = {(s, e) for s, e, kind, g in _scan(text, strict=True) if kind in ("md", "dm", "m")
                    and not g.get("det")}
        for m in find_dates(text, None, doc):
            if (m.start, m.end) in yearless and m.value:
                resolved += 1
                agree += m.value == ref.get((m.start, m.end))
                if verbose and m.value != ref.get((m.start, m.end)):
                    print(f"  {name[:16]} published {published}: {m.text!r} -> {m.value}, "
                          f"with the date {ref.get((m.start, m.end))}")
    return {"articles": len(arts), "with_current_period": with_period, "yearless_resolved": resolved,
            "agree": agree, "agreement": round(agree / resolved, 3) if resolved else None, "parse": parse}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parse", action="store_true", help="give find_dates the spaCy parse (slower)")
    ap.add_argument("-v", action="store_true", help="list the disagreements")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if not all(p.exists() for p in PAGES):
        print("shared/data HTML pages not present; nothing to measure")
        sys.exit(0)
    r = run(a.parse, a.v)
    print(json.dumps(r) if a.json else
          f"{r['articles']} dated articles, {r['with_current_period']} with a current period found undated; "
          f"{r['yearless_resolved']} yearless dates resolved undated, {r['agree']} agree with the "
          f"publication-date reading ({r['agreement']})")
