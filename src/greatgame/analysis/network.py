"""The actor network, the map of places and the timeline, as plain data the workbench draws.

What: `network(store, type, since, until)` gives nodes and dated edges (filterable by PLOVER type and time),
`place_map(store)` gives every place with coordinates and its event and mention counts, `timeline(store,
...)` gives events as ranges: a month-precision event spans its month, a year-precision one its year.
Why: the views are drawn in the browser from these JSON twins, and each has a table fallback built from the
same rows, so what the picture shows and what the table lists cannot differ.
"""
from __future__ import annotations

from ..export.graph import graph
from .events import EventQuery, date_bounds, find_events


def _in_time(start: str | None, end: str | None, since: str | None, until: str | None) -> bool:
    if not (since or until):
        return True
    if start is None:
        return False
    return not ((since and end < date_bounds(since)[0]) or (until and start > date_bounds(until)[1]))


def network(store, type: str | None = None, since: str | None = None, until: str | None = None,
            limit: int = 2000) -> dict:
    """Nodes and edges matching the filters; at most `limit` edges (the newest), with the total matched."""
    types = sorted({t.strip().upper() for t in type.split(",") if t.strip()}) if type else None
    nodes, edges = graph(store, types=types, since=since, until=until)
    edges = [e for e in edges if _in_time(e["start"], e["end"], since, until)]
    total = len(edges)
    if total > limit:
        edges = sorted(edges, key=lambda e: e["start"] or "", reverse=True)[:limit]
    used = {e["source"] for e in edges} | {e["target"] for e in edges}
    return {"nodes": [n for n in nodes if n["id"] in used], "edges": edges, "total_edges": total,
            "filters": {"type": type, "since": since, "until": until}}


def place_map(store) -> dict:
    rows = list(store.query(
        "SELECT p.id, p.name, p.country, p.lat, p.lon, coalesce(e.n, 0) AS events, coalesce(m.n, 0) AS mentions"
        " FROM places p"
        " LEFT JOIN (SELECT place_id, count(*) AS n FROM events WHERE place_id IS NOT NULL GROUP BY place_id) e"
        " ON e.place_id = p.id"
        " LEFT JOIN (SELECT place_id, count(*) AS n FROM mentions WHERE place_id IS NOT NULL GROUP BY place_id) m"
        " ON m.place_id = p.id"
        " WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL AND p.approx_of IS NULL"   # exact points only
        " ORDER BY events DESC, mentions DESC, p.name"))
    return {"places": rows}


def timeline(store, **filters) -> dict:
    items = []
    for e in find_events(store, EventQuery(**filters)):
        if not e["date"]:
            continue
        start, end = date_bounds(e["date"])
        items.append({"id": e["id"], "type": e["type"], "start": start, "end": end, "date": e["date"],
                      "precision": {4: "year", 7: "month", 10: "day"}[len(e["date"])],
                      "label": f"{e['source_name'] or e['source_text'] or '?'} {e['type']} "
                               f"{e['target_name'] or e['target_text'] or ''}".strip(),
                      "article_id": e["article_id"]})
    return {"items": items}
