"""Approximate places for the linker: a place name the gazetteer lacks takes the town it is tied to.

What: `approximate_places(linker, text, out)` turns each "unresolved" place mention of a linked
article (a street, venue or building the gazetteer lacks: "Oxford Street", "Princes Theatre")
into an "approximate" one whose place inherits the country of the known place it is tied to
(geo/focus.py: the place named beside it, else the article's focus, with the states the article
names as actors counting towards its country). The place keeps the id of that place in
`approx_of` and in its own id ("x-place-oxford-street@gn:2643743"), with that place's point, and the
mention's method is "approximate" with a lower confidence than a gazetteer match; the mentions of an acronym
the text defines for that place take the same approximate place.
Why: the town and country of a venue are what an analyst filters by. The stored place says
`approx_of`, so exports show the point is inherited and the map draws exact points only.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..geo.focus import approximate

APPROX_CONFIDENCE = 0.4


def approximate_places(linker, text: str, out):
    """`out` (a Linked) with its unresolved place mentions made approximate where the article allows."""
    todo = [k for k, m in enumerate(out.mentions) if m.method == "unresolved" and m.place_id
            and getattr(out.places.get(m.place_id), "kind", "") == "unknown"]
    if not todo or not isinstance(text, str):
        return out
    resolved = [(m.start, m.text, out.places[m.place_id]) for m in out.mentions
                if m.place_id and out.places.get(m.place_id) is not None and out.places[m.place_id].lat is not None]
    votes = Counter(a.country for m in out.mentions if m.actor_id
                    for a in [out.actors.get(m.actor_id)] if a is not None and a.kind == "state" and a.country)
    cache: dict = {}

    def by_name(name: str):
        if name not in cache:
            cache[name] = linker._place(name, text, out)
        return cache[name]
    moved: dict = {}
    for k in todo:
        m = out.mentions[k]
        p = moved.get(m.place_id) or approximate(m.text, m.start, text, resolved, by_name, votes)
        if p is None:
            continue
        out.places.setdefault(p.id, p)
        moved[m.place_id] = p
        out.mentions[k] = replace(m, place_id=p.id, method="approximate", confidence=APPROX_CONFIDENCE)
    for k, m in enumerate(out.mentions):        # a defined acronym of the place ("KOR"): the same place
        if m.place_id in moved and m.method != "approximate":
            out.mentions[k] = replace(m, place_id=moved[m.place_id].id)
    used = {m.place_id for m in out.mentions if m.place_id}
    for pid in [pid for pid, p in out.places.items() if p.kind == "unknown" and pid not in used]:
        del out.places[pid]
    return out
