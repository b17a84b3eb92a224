"""Check the statement extractors (quotes, quantities, frames, citations) against shared/corpus/gold_dev.json.

What: reads every page named in the gold's "files" with the project's own ingest stages
(`ingest.files.open_document` + `pipeline.document_articles`), parses and links each article
(`greatgame.nlp`, `actors.link.default_linker`) and runs the four extractors. Matching is lenient, as the
gold's "about" says:
- quote: some quote's text contains the gold fragment (case and spacing ignored) and its speaker — the
  speaker text or the linked actor's name or aliases — contains one of the gold speaker strings;
- quantity: some quantity has the gold value (relative tolerance 1e-6), the gold unit when one is given,
  and the gold context word in its subject, its text, its sentence, or the names of actors mentioned in
  its subject ("CIs" -> Confucius Institutes);
- frame: some frame of the article with the gold title has an id or label matching the gold pattern;
- citations: the article with the gold title has the gold count of entries, and each sample entry has the
  gold marker with the author (substring), year, and DOI or URL (substring of either).
Why: the gold lists what a reader of these pages expects the statement layer to find; every item is
reported with what was found instead, so a miss shows which field failed.
Run: `.venv/bin/python bench/statements_gold.py [--json]`; `run()` returns the result.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / ".." / "shared" / "corpus"


def norm(s: str | None) -> str:
    s = (s or "").replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def load(corpus: Path = CORPUS) -> tuple[dict, list]:
    """The gold and, per gold page, its (Article, Doc, Linked) triples, parsed and linked by the project."""
    from greatgame.actors.link import default_linker
    from greatgame.ingest.files import open_document
    from greatgame.nlp import load as load_nlp
    from greatgame.pipeline import document_articles
    from greatgame.records import Article

    gold = json.loads((corpus / "gold_dev.json").read_text(encoding="utf-8"))
    nlp, linker = load_nlp(), default_linker()
    out = []
    for name in gold["files"]:
        for art in document_articles(open_document(str(corpus / name))):
            if isinstance(art, Article):
                doc = nlp(art.text)
                out.append((art, doc, linker.link(art, doc)))
    return gold, out


def actor_names(actors: dict, ids) -> list[str]:
    names = []
    for i in ids:
        a = actors.get(i) if i else None
        if a is not None:
            names += [a.name, *a.aliases]
    return [norm(n) for n in names]


def check_quotes(gold: list[dict], found: list) -> list[dict]:
    rows = []
    for g in gold:
        frag = norm(g["fragment"])
        cands = [(q, actors) for q, actors in found if frag in norm(q.text)]
        ok = [(q, a) for q, a in cands if any(norm(s) in h for s in g["speaker"]
                                              for h in [norm(q.speaker_text)] + actor_names(a, [q.speaker_actor_id]))]
        rows.append({"gold": g, "hit": bool(ok),
                     "got": [f"{q.speaker_text!r}={q.speaker_actor_id} cue={q.cue!r} direct={q.direct}"
                             for q, _ in (ok or cands)][:3]})
    return rows


def check_quantities(gold: list[dict], found: list) -> list[dict]:
    rows = []
    for g in gold:
        same = [(q, ctx) for q, ctx in found if abs(q.value - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))
                and (not g.get("unit") or q.unit == g["unit"])]
        ok = [q for q, ctx in same if norm(g["context"]) in ctx]
        rows.append({"gold": g, "hit": bool(ok), "value_only": bool(same),
                     "got": [f"{q.text!r} {q.value} {q.unit} subject={q.subject!r}"
                             for q in (ok or [s[0] for s in same])][:3]})
    return rows


def run(corpus: Path = CORPUS) -> dict:
    from greatgame.extract.citations import extract_citations
    from greatgame.extract.frames import extract_frames, load_frames
    from greatgame.extract.quantities import extract_quantities
    from greatgame.extract.quotes import extract_quotes

    gold, items = load(corpus)
    labels = {f.id: f.label for f in load_frames()}
    quotes, quants, frames, cites = [], [], {}, {}
    for art, doc, linked in items:
        quotes += [(q, linked.actors) for q in extract_quotes(art, doc, linked)]
        for q in extract_quantities(art, doc, linked):
            ms = [m for m in linked.mentions if q.subject_start <= m.start < q.subject_end]
            ctx = " | ".join([norm(q.subject), norm(q.text), norm(q.sentence)]
                             + actor_names(linked.actors, [m.actor_id for m in ms]))
            quants.append((q, ctx))
        frames[norm(art.title)] = extract_frames(art, doc, linked)
        cites[norm(art.title)] = extract_citations(art, doc, linked)
    q_rows = check_quotes(gold.get("quotes", []), quotes)
    n_rows = check_quantities(gold.get("quantities", []), quants)
    f_rows = []
    for g in gold.get("frames", []):
        fs = frames.get(norm(g["article"]), [])
        pat = re.compile(g["frame"], re.I)
        hit = [f for f in fs if pat.search(f.frame.replace("_", " ")) or pat.search(labels.get(f.frame, ""))]
        f_rows.append({"gold": g, "hit": bool(hit),
                       "got": [f"{f.frame} actor={f.actor_id} cue={f.cue!r}" for f in hit][:3]})
    gc = gold.get("citations") or {}
    entries = cites.get(norm(gc.get("article")), [])
    c_rows = []
    for s in gc.get("samples", []):
        e = next((c for c in entries if c.marker == s["marker"]), None)
        checks = {"author": e is not None and norm(s["author"]) in norm(e.author),
                  "year": e is not None and e.year == s.get("year"),
                  "doi_or_url": e is not None and (not s.get("doi_or_url") or norm(s["doi_or_url"]) in
                                                   (norm(e.url) + " " + norm(e.doi)))}
        c_rows.append({"gold": s, "hit": all(checks.values()), "checks": checks,
                       "got": f"{e.author!r} {e.year} {e.url or e.doi}" if e else None})
    rate = lambda rows: round(sum(r["hit"] for r in rows) / len(rows), 3) if rows else None  # noqa: E731
    res = {"articles": len(items), "quotes": rate(q_rows), "quantities": rate(n_rows),
           "quantities_value_only": rate([{"hit": r["value_only"]} for r in n_rows]), "frames": rate(f_rows),
           "citation_count": len(entries), "citation_count_gold": gc.get("count"),
           "citation_samples": rate(c_rows), "counts": {"quotes": len(quotes), "quantities": len(quants),
                                                        "frames": sum(len(v) for v in frames.values())},
           "rows": {"quotes": q_rows, "quantities": n_rows, "frames": f_rows, "citations": c_rows}}
    res["passed"] = (res["quotes"] == 1.0 and res["quantities"] == 1.0 and res["frames"] == 1.0
                     and res["citation_samples"] == 1.0 and len(entries) == gc.get("count"))
    return res


def summary(res: dict) -> str:
    lines = [f"{res['articles']} articles; found {res['counts']}",
             f"quotes {res['quotes']}  quantities {res['quantities']} (value only {res['quantities_value_only']})  "
             f"frames {res['frames']}  citations {res['citation_count']}/{res['citation_count_gold']} entries, "
             f"samples {res['citation_samples']}  passed {res['passed']}"]
    for kind, rows in res["rows"].items():
        for r in rows:
            g = {k: v for k, v in r["gold"].items() if k != "article"}
            lines.append(f"  {'HIT ' if r['hit'] else 'MISS'} {kind}: {json.dumps(g, ensure_ascii=False)}")
            got = r.get("got")
            for x in (got if isinstance(got, list) else [got] if got else []):
                lines.append(f"       {x}")
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (CORPUS / "gold_dev.json").exists():
        sys.exit(f"gold not found at {CORPUS}")
    result = run()
    print(json.dumps(result, indent=1, ensure_ascii=False, default=str) if args.json else summary(result))
