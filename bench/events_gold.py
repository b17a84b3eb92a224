"""Recall of the event extractor against the hand-made event gold of the sample corpus pages.

What: extracts the articles of every page named in shared/corpus/gold_dev.json with
`greatgame.clean.plaintext.extract` (publication date from the article, else None), runs spaCy +
linker + `extract_events` on each, and checks the gold "events" (dated) and "undated_events". A gold
event is recalled when one extracted event (from any article of the sample) has a type in the gold
`types`, a source whose text or linked actor (name or alias) contains, case-insensitively, one of the
gold `source` strings (any source when the gold is null), likewise the target, and, for dated gold, a
date whose prefix equals the gold date at its precision (YYYY, YYYY-MM or YYYY-MM-DD). For each miss the
nearest candidates (wrong in one field only) are listed so one sees which field failed; recall with
the gold dates ignored is reported too, to separate dating from finding.
Why: the gold names the events a reader of these pages expects (uprising, arrests, CSTO deployment,
Belt and Road funding); recall on it is the first check that the layer finds what matters.
Run: `.venv/bin/python bench/events_gold.py [--json]`; `run()` returns the result.
"""
from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

CORPUS = ROOT / ".." / "shared" / "corpus"
TARGET = 0.8


def load_articles(corpus: Path = CORPUS) -> tuple[dict, list]:
    """The gold and the records.Article list of every gold page (ids `<file>#<index>`)."""
    from greatgame.clean.plaintext import extract
    from greatgame.records import Article

    gold = json.loads((corpus / "gold_dev.json").read_text(encoding="utf-8"))
    arts = []
    for name in gold["files"]:
        for i, x in enumerate(extract((corpus / name).read_text(encoding="utf-8"))):
            arts.append(Article(id=f"{name}#{i}", document_id=name, page=0, index=i, text=x.text, title=x.title,
                                published=x.published, url=x.url))
    return gold, arts


def side_names(event, actors: dict, side: str) -> list[str]:
    """Lower-cased strings that stand for one side of an event: its text and its actors' names and aliases."""
    out = [getattr(event, f"{side}_text") or ""]
    ids = [getattr(event, f"{side}_actor_id")] + list(getattr(event, f"{side}_actor_ids") or ())
    for i in ids:
        a = actors.get(i) if i else None
        if a is not None:
            out += [a.name, *a.aliases]
    return [s.lower() for s in out if s]


def side_ok(gold_names, event, actors: dict, side: str) -> bool:
    if not gold_names:
        return True
    have = side_names(event, actors, side)
    return any(g.lower() in h for g in gold_names for h in have)


def date_ok(gold_date: str | None, event_date: str | None) -> bool:
    """True for undated gold; else the event date must carry the gold's precision and agree on it."""
    if not gold_date:
        return True
    return bool(event_date) and event_date[:len(gold_date)] == gold_date


def matches(g: dict, event, actors: dict) -> bool:
    return (event.type in g.get("types", ()) and side_ok(g.get("source"), event, actors, "source")
            and side_ok(g.get("target"), event, actors, "target") and date_ok(g.get("date"), event.date))


def describe(event, actors: dict) -> str:
    def who(side):
        i = getattr(event, f"{side}_actor_id")
        return f"{getattr(event, f'{side}_text')!r}={i}" if i else repr(getattr(event, f"{side}_text"))
    return (f"{event.type}/{event.mode} {who('source')} -> {who('target')} date={event.date} "
            f"[{event.trigger}] {event.modality} | {event.sentence[:160]!r}")


def near_misses(g: dict, pairs, k: int = 3) -> list[str]:
    """Events that fail on one field only, by which field: what the extractor almost got."""
    out = []
    for ev, actors in pairs:
        fails = [name for name, ok in (
            ("type", ev.type in g.get("types", ())), ("source", side_ok(g.get("source"), ev, actors, "source")),
            ("target", side_ok(g.get("target"), ev, actors, "target")), ("date", date_ok(g.get("date"), ev.date)))
            if not ok]
        if len(fails) == 1:
            out.append(f"[wrong {fails[0]}] {describe(ev, actors)}")
    return out[:k]


def score(gold_events: list[dict], pairs) -> list[dict]:
    """Per gold event: recalled or not, the matching event, or near misses."""
    rows = []
    for g in gold_events:
        hit = next(((ev, a) for ev, a in pairs if matches(g, ev, a)), None)
        rows.append({"gold": g, "recalled": hit is not None,
                     "match": describe(*hit) if hit else None,
                     "near": [] if hit else near_misses(g, pairs)})
    return rows


def run(corpus: Path = CORPUS, runner=None) -> dict:
    from events_plover import Runner

    gold, arts = load_articles(corpus)
    runner = runner or Runner()
    pairs, crashes, n_events = [], [], {}
    for a in arts:
        try:
            _, linked, events = runner.run(a.text, a.published, a.id, a.title)
        except Exception as e:                      # reported, not fatal
            crashes.append(f"{a.id}: {e.__class__.__name__}: {e}".splitlines()[0])
            traceback.print_exc(file=sys.stderr)
            continue
        n_events[a.id] = len(events)
        pairs += [(ev, linked.actors) for ev in events]
    dated = score(gold.get("events", []), pairs)
    undated = score(gold.get("undated_events", []), pairs)
    rate = lambda rows: round(sum(r["recalled"] for r in rows) / len(rows), 3) if rows else None  # noqa: E731
    no_dates = score([{k: v for k, v in g.items() if k != "date"} for g in gold.get("events", [])], pairs)
    res = {"articles": len(arts), "events": len(pairs), "events_per_article": n_events, "crashes": crashes,
           "recall": rate(dated + undated), "recall_dated": rate(dated), "recall_undated": rate(undated),
           "recall_ignoring_dates": rate(no_dates + undated),
           "target": TARGET, "dated": dated, "undated": undated}
    res["passed"] = (res["recall"] or 0) >= TARGET
    return res


def summary(res: dict) -> str:
    lines = [f"articles {res['articles']}, events {res['events']} {res['events_per_article']}, crashes "
             f"{len(res['crashes'])}",
             f"recall {res['recall']} (dated {res['recall_dated']}, undated {res['recall_undated']}) "
             f"target {res['target']} passed {res['passed']}; ignoring dates {res['recall_ignoring_dates']}"]
    for part in ("dated", "undated"):
        for r in res[part]:
            g = r["gold"]
            label = f"{g.get('date', '-')} {g.get('source')} -> {g.get('target')} {g.get('types')}"
            lines.append(f"  {'HIT ' if r['recalled'] else 'MISS'} {label}")
            if r["match"]:
                lines.append(f"       {r['match']}")
            lines += [f"       {n}" for n in r["near"]]
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found at {CORPUS}")
    result = run()
    print(json.dumps(result, indent=1, ensure_ascii=False, default=str) if args.json else summary(result))
