"""Score the event extractor on the PLOVER gold-standard records (edited CAMEO-manual sentences).

What: reads shared/data/plover/PLOVER_GSR_CAMEO.txt (a JSON array; the DOCUMENT header is skipped; the
old v0.5 type names are mapped DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT), runs
spaCy + linker + `extract_events` on each record's text (no publication date), picks one "main" event
per record and scores: event type accuracy, and source / target country accuracy on the records that
have a gold source / target code. The main event is the one whose trigger shares a word with the gold
`eventText` (highest confidence among those), else the highest-confidence event; no event = wrong.
Country: an actor matches a gold ISO3 code when its country (or, for a state, its id) equals it (a state
an event names only through a place, "in Baghdad" -> IRQ, is looked up in the knowledge base, as the
pipeline does before storing, `stages.referenced_in`); the
gold's non-state codes IGO / NGO / IMG match an actor with that sector, or a country-less organisation
or group. Strict uses the event's main source (target) actor; lenient any of its source (target) ids.
Also reported: "any type" (some event of the record has the gold type), per-type accuracy, the
confusions, and all figures on the even / odd halves of the record ids.
Why: a compact check of the type and dyad logic on sentences written to illustrate each CAMEO code;
the share of records and the confusions show which PLOVER categories the rules miss.
Run: `.venv/bin/python bench/events_plover.py [--json] [--errors N]`; `run()` returns the figures.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PLOVER = ROOT / ".." / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Codes the GSR coder used that are not ISO 3166 alpha-3.
CODE_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE = {"IGO", "NGO", "IMG", "ISM"}
TARGETS = {"type": 0.75, "source_country": 0.70, "target_country": 0.70}
_WORD = re.compile(r"[a-z]+")


class Runner:
    """spaCy, the linker and the event extractor, loaded once; `run(text)` gives (article, linked, events)."""

    def __init__(self, linker=None):
        from greatgame.actors.link import default_linker
        from greatgame.extract.events import extract_events
        from greatgame.nlp import load
        from greatgame.stages import referenced_in

        self.nlp = load()
        self.referenced_in = referenced_in
        self.linker = linker or default_linker()
        self.extract_events = extract_events

    def run(self, text: str, published: str | None = None, article_id: str = "a", title: str | None = None):
        from greatgame.records import Article

        article = Article(id=article_id, document_id="", page=0, index=0, text=text, published=published,
                          title=title)
        doc = self.nlp(text)
        linked = self.linker.link(article, doc)
        events = self.extract_events(article, doc, linked)
        # as the pipeline does before storing: a state an event names through a place ("in Baghdad" ->
        # IRQ) gets its knowledge-base actor row, so the event is scored on the actor the store holds
        self.referenced_in(SimpleNamespace(events=events, actors=linked.actors, places=linked.places), self.linker)
        return article, linked, events


def codes(value) -> list[str]:
    """Gold actor codes of a GSR `source` / `target` field (a list of dicts, or ''/None/junk)."""
    if not isinstance(value, list):
        return []
    out = []
    for a in value:
        c = a.get("code") if isinstance(a, dict) else None
        if isinstance(c, str) and c.strip():
            out.append(CODE_FIX.get(c.strip().upper(), c.strip().upper()))
    return out


def load_records(path: Path = PLOVER) -> list[dict]:
    """The GSR records as {id, n, type, event_text, text, source, target} (DOCUMENT header skipped)."""
    out = []
    for r in json.loads(Path(path).read_text(encoding="utf-8")):
        if not isinstance(r, dict) or r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        m = re.search(r"(\d+)$", r.get("id", ""))
        out.append({"id": r.get("id", ""), "n": int(m.group(1)) if m else 0,
                    "type": OLD_TYPES.get(r["event"], r["event"]), "event_text": r.get("eventText") or "",
                    "text": r["text"], "source": codes(r.get("source")), "target": codes(r.get("target"))})
    return out


def choose_main(events: list, event_text: str):
    """The event whose trigger shares a word with the gold event text (most confident), else the most
    confident event; None when there are none."""
    if not events:
        return None
    gold = set(_WORD.findall(event_text.lower()))
    hits = [e for e in events if set(_WORD.findall((e.trigger or "").lower())) & gold]
    pool = hits or events
    return max(pool, key=lambda e: (e.confidence, -e.start, -(e.trigger_start or 0)))


def actor_matches(actor, code: str) -> bool:
    """True when a records.Actor stands for the gold code (ISO3 country, or a non-state class)."""
    if actor is None or not code:
        return False
    if code in NON_STATE:
        if actor.id == code or actor.sector == code:
            return True
        return actor.country is None and actor.kind in ("organization", "group") and \
            (actor.sector in (None, "IGO", "JUD", "NGO", "REB") if code != "NGO" else actor.sector in (None, "NGO"))
    return actor.country == code or (actor.kind == "state" and actor.id == code)


def side_ok(event, linked, gold: list[str], side: str, lenient: bool) -> bool:
    """Does the event's source/target actor (main one, or any when lenient) match one gold code?"""
    main = getattr(event, f"{side}_actor_id")
    ids = [main] if main else []
    if lenient or not ids:
        ids += [i for i in getattr(event, f"{side}_actor_ids") or () if i not in ids]
        if not lenient:
            ids = ids[:1]
    return any(actor_matches(linked.actors.get(i), c) for i in ids for c in gold)


def score(rows: list[dict]) -> dict:
    """Accuracies over per-record rows {type, pred_type, any_type, src/tgt flags, has_source, has_target}."""
    def share(key, cond=lambda r: True):
        sel = [r for r in rows if cond(r)]
        return round(sum(bool(r[key]) for r in sel) / len(sel), 3) if sel else None

    by_type = defaultdict(list)
    for r in rows:
        by_type[r["type"]].append(r["pred_type"] == r["type"])
    return {
        "records": len(rows),
        "type": share("type_ok"), "any_type": share("any_type"),
        "no_event": share("no_event"),
        "source_country": share("src", lambda r: r["has_source"]),
        "source_country_lenient": share("src_any", lambda r: r["has_source"]),
        "target_country": share("tgt", lambda r: r["has_target"]),
        "target_country_lenient": share("tgt_any", lambda r: r["has_target"]),
        "with_source": sum(r["has_source"] for r in rows), "with_target": sum(r["has_target"] for r in rows),
        "per_type": {t: f"{sum(v)}/{len(v)}" for t, v in sorted(by_type.items())},
    }


def evaluate(records: list[dict], runner) -> tuple[list[dict], list[str]]:
    """One row per record; crashes are recorded (as no event) with their message."""
    rows, crashes = [], []
    for rec in records:
        try:
            _, linked, events = runner.run(rec["text"], None, rec["id"])
        except Exception as e:                      # a benchmark reports crashes instead of dying
            crashes.append(f"{rec['id']}: {e.__class__.__name__}: {e}".splitlines()[0])
            if len(crashes) == 1:
                traceback.print_exc(file=sys.stderr)
            linked, events = None, []
        ev = choose_main(events, rec["event_text"])
        actors = linked.actors if linked else {}
        name = lambda i: f"{i}({getattr(actors.get(i), 'country', None)})" if i else None  # noqa: E731
        rows.append({
            "id": rec["id"], "n": rec["n"], "type": rec["type"], "pred_type": ev.type if ev else None,
            "type_ok": bool(ev and ev.type == rec["type"]), "no_event": ev is None,
            "any_type": any(e.type == rec["type"] for e in events),
            "has_source": bool(rec["source"]), "has_target": bool(rec["target"]),
            "src": bool(ev and linked and side_ok(ev, linked, rec["source"], "source", False)),
            "src_any": bool(ev and linked and side_ok(ev, linked, rec["source"], "source", True)),
            "tgt": bool(ev and linked and side_ok(ev, linked, rec["target"], "target", False)),
            "tgt_any": bool(ev and linked and side_ok(ev, linked, rec["target"], "target", True)),
            "gold": f"{rec['type']} {rec['source']}->{rec['target']} [{rec['event_text']}]",
            "got": (f"{ev.type} {name(ev.source_actor_id)}->{name(ev.target_actor_id)} "
                    f"[{ev.trigger}] {ev.rule}") if ev else None,
            "n_events": len(events), "text": rec["text"]})
    return rows, crashes


def run(path: Path = PLOVER, runner=None, limit: int | None = None) -> dict:
    records = load_records(path)[:limit]
    rows, crashes = evaluate(records, runner or Runner())
    confusion = Counter((r["type"], r["pred_type"]) for r in rows if not r["type_ok"])
    res = {"all": score(rows), "even": score([r for r in rows if r["n"] % 2 == 0]),
           "odd": score([r for r in rows if r["n"] % 2 == 1]), "targets": TARGETS, "crashes": crashes,
           "confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common(25)], "rows": rows}
    res["passed"] = {k: (res["all"][k] or 0) >= v for k, v in TARGETS.items()}
    return res


def summary(res: dict, errors: int = 0) -> str:
    lines = []
    for part in ("all", "even", "odd"):
        s = res[part]
        lines.append(f"{part:4} n={s['records']:3} type {s['type']} (any event of gold type {s['any_type']}, "
                     f"no event {s['no_event']}) source {s['source_country']} (lenient "
                     f"{s['source_country_lenient']}, n={s['with_source']}) target {s['target_country']} "
                     f"(lenient {s['target_country_lenient']}, n={s['with_target']})")
    lines.append(f"targets {res['targets']} passed {res['passed']}; crashes {len(res['crashes'])}")
    lines.append("per type: " + ", ".join(f"{t} {v}" for t, v in res["all"]["per_type"].items()))
    lines.append("confusions (gold->got): " + "; ".join(res["confusions"]))
    lines += [f"  crash {c}" for c in res["crashes"][:5]]
    for r in [r for r in res["rows"] if not (r["type_ok"] and r["src"] and r["tgt"] or
                                             r["type_ok"] and r["src"] and not r["has_target"])][:errors]:
        lines.append(f"  {r['id']}: gold {r['gold']} | got {r['got']}\n     {r['text']}")
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument("--errors", type=int, default=0, help="list this many wrong records")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not PLOVER.exists():
        sys.exit(f"PLOVER gold not found at {PLOVER}")
    result = run(limit=args.limit)
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else summary(result, args.errors))
