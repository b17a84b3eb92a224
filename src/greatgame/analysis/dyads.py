"""Two actors' interactions over time: their events in both directions and a monthly cooperation score.

What: `dyad(store, a, b)` returns the events between the two (states widened to their nationals), a month
series (events, mean PLOVER score) for events dated to a month or a day, and the year-only and undated
events apart.
Why: a year-precision event is not an event of January; timelines draw partial dates as ranges, so the
series never pretends to know a month it was not told.
"""
from __future__ import annotations

from collections import defaultdict

from .events import EventQuery, find_events, resolve_actor
from .scores import score


def dyad(store, a: str, b: str, nationals: bool = True, limit: int = 500) -> dict:
    """The dyad's month series over all its events, and its `limit` newest events as evidence."""
    ids_a, ids_b = resolve_actor(store, a, nationals), resolve_actor(store, b, nationals)
    rows = [r for r in find_events(store, EventQuery(either=a, nationals=nationals))
            if (r["source_actor_id"] in ids_a and r["target_actor_id"] in ids_b)
            or (r["source_actor_id"] in ids_b and r["target_actor_id"] in ids_a)]
    months: dict[str, list[float]] = defaultdict(list)
    years: dict[str, int] = defaultdict(int)
    undated = 0
    for r in rows:
        r["direction"] = "a->b" if r["source_actor_id"] in ids_a else "b->a"
        r["score"] = score(r["type"])
        date = r["date"] or ""
        if len(date) >= 7:
            months[date[:7]].append(r["score"] if r["score"] is not None else 0.0)
        elif date:
            years[date[:4]] += 1
        else:
            undated += 1
    series = [{"month": m, "events": len(v), "net": round(sum(v) / len(v), 2)} for m, v in sorted(months.items())]
    newest = sorted(rows, key=lambda r: r["date"] or "", reverse=True)[:limit]
    return {"a": a, "b": b, "events": newest, "events_total": len(rows), "months": series,
            "years_only": [{"year": y, "events": n} for y, n in sorted(years.items())], "undated": undated}
