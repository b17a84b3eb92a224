"""The listing commands: `greatgame events`, `quotes`, `numbers`, `frames`, `citations`.

What: each turns its arguments into a call of one `analysis/` function and prints the rows as a table, CSV
(spreadsheets, pandas) or JSON Lines.
Why: kept apart from `cli.py` (parser and the other commands) so both stay small; the questions themselves
live in `analysis/`, shared with the API and the workbench.
"""
from __future__ import annotations

import json
import sys


def _store(path: str, readonly: bool = False):
    from .store.sqlite import Store

    return Store(path, readonly=readonly)


def cmd_events(args) -> int:
    """Events as a table (default), CSV (spreadsheets, pandas) or JSON Lines."""
    import csv

    from .analysis.events import EVENT_COLUMNS, EventQuery, find_events

    q = EventQuery(actor=args.actor, recipient=args.recipient, either=args.involving, type=args.type,
                   domain=args.domain, since=args.since, until=args.until, place=args.place,
                   modality=args.modality, min_confidence=args.min_confidence, nationals=args.nationals,
                   limit=args.limit)
    with _store(args.db, readonly=True) as store:
        rows = find_events(store, q)
    if args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return 0
    if args.format == "json":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if not rows:
        print("no events match")
        return 0
    for r in rows:
        who = r["source_name"] or r["source_text"] or "?"
        whom = r["target_name"] or r["target_text"] or "-"
        mod = "" if r["modality"] == "asserted" else f" [{r['modality']}]"
        where = f" @ {r['place_name']}" if r["place_name"] else ""
        print(f"{r['date'] or '----':<10} {r['type']:<12} {who[:28]:<28} -> {whom[:28]:<28}{where}{mod}"
              f"  ({r['domain'] or '-'}, {r['confidence']:.2f})")
        if args.evidence:
            print(f"    {' '.join((r['sentence'] or '').split())}  [{r['rule']}]")
    print(f"{len(rows)} events", file=sys.stderr)
    return 0


def _emit(rows: list[dict], fmt: str, columns: list[str], line) -> None:
    """Rows as a table (one line each via `line`), CSV with `columns` first, or JSON Lines."""
    import csv

    if fmt == "csv":
        extra = [c for c in (rows[0] if rows else {}) if c not in columns]
        w = csv.DictWriter(sys.stdout, fieldnames=columns + extra, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()} for r in rows)
    elif fmt == "json":
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    else:
        for r in rows:
            print(line(r))
        print(f"{len(rows)} rows", file=sys.stderr)


def _short(text: str | None, n: int = 90) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[:n - 1] + "…"


def cmd_quotes(args) -> int:
    from .analysis.statements import find_quotes

    with _store(args.db, readonly=True) as store:
        rows = find_quotes(store, speaker=args.speaker, text=args.text,
                           direct=True if args.direct else False if args.indirect else None,
                           nationals=args.nationals, limit=args.limit)
    _emit(rows, args.format, ["article_id", "speaker_actor_id", "speaker_text", "cue", "direct", "text", "start",
                              "end"],
          lambda r: f"{(r['speaker_name'] or r['speaker_text'] or '?')[:28]:<28} {r['cue'] or '':<12} "
                    f"{'«' if r['direct'] else '~'} {_short(r['text'])}")
    return 0


def cmd_numbers(args) -> int:
    from .analysis.statements import find_quantities

    with _store(args.db, readonly=True) as store:
        rows = find_quantities(store, unit=args.unit, subject=args.subject, min_value=args.min, limit=args.limit)
    _emit(rows, args.format, ["article_id", "value", "unit", "subject", "text", "qualifier", "start", "end"],
          lambda r: f"{r['value']:>16,.2f} {r['unit'] or '':<10} {_short(r['subject'], 30):<30} {r['text']}")
    return 0


def cmd_frames(args) -> int:
    from .analysis.statements import find_frames, frame_counts

    with _store(args.db, readonly=True) as store:
        if not (args.frame or args.actor):
            rows = frame_counts(store)
            _emit(rows, args.format, ["frame", "uses", "articles", "actors"],
                  lambda r: f"{r['frame']:<32} {r['uses']:>5} uses in {r['articles']} articles, {r['actors']} actors")
            return 0
        rows = find_frames(store, frame=args.frame, actor=args.actor, nationals=args.nationals, limit=args.limit)
    _emit(rows, args.format, ["article_id", "frame", "actor_id", "cue", "evidence", "start", "end"],
          lambda r: f"{r['frame']:<28} {(r['actor_name'] or r['actor_text'] or '(article)')[:24]:<24} "
                    f"{r.get('cue') or '':<18} {_short(r['evidence'], 70)}")
    return 0


def cmd_citations(args) -> int:
    from .analysis.statements import find_citations

    with _store(args.db, readonly=True) as store:
        rows = find_citations(store, article=args.article, limit=args.limit)
    _emit(rows, args.format, ["article_id", "marker", "author", "title", "publisher", "year", "url", "doi", "text"],
          lambda r: f"[{r['marker']}] {_short(r['author'], 30)} ({r['year'] or 'n.d.'}) {_short(r['title'], 60)}"
                    f"{' ' + r['url'] if r['url'] else ''}")
    return 0


