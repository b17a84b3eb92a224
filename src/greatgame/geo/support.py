"""Local evidence for a candidate place: distances, and how the article's other names support it.

What: `haversine_km`; `local_candidates(name)` (a name's most populous towns and counties, what it might
mean on a local map); `support_share(p, support)` (how many of the article's other names could be a place
near candidate p) and `inside_share(gaz, row, support)` (how many could be a town inside region `row`).
Why: `resolve.py` weighs these signals against population, country and qualifiers; computing them
apart keeps both modules short and each signal testable alone.
"""
from __future__ import annotations

import math

from greatgame.geo.gazetteer import Gazetteer, Place
from greatgame.geo.names import keys_for

# A name supports a candidate fully within SUPPORT_NEAR_KM, fading to nothing at SUPPORT_KM; each name
# offers its SUPPORT_TOP most populous towns and counties (set on the dev half, see resolve.py).
SUPPORT_KM, SUPPORT_NEAR_KM, SUPPORT_TOP = 150.0, 50.0, 25


def haversine_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dphi, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def local_candidates(name: str) -> list[Place]:
    """The name's most populous towns and counties (what it might mean on a local map)."""
    if not isinstance(name, str):
        return []
    gaz = Gazetteer.load()
    for key in keys_for(name)[:1]:
        hits = [gaz.place(i) for i, _ in gaz.lookup(key, loose_ok=False)]
        hits = [p for p in hits if p.kind in ("city", "admin2")]
        hits.sort(key=lambda p: -p.population)
        return hits[:SUPPORT_TOP]
    return []


def support_share(p: Place, support: list[list[Place]], skip_self: bool = False) -> float:
    """How many of the article's other names could be a place near p: each name counts by its
    nearest candidate, fully within SUPPORT_NEAR_KM and fading to nothing at SUPPORT_KM, so that
    a county's seat ("Richmond" with "Madison County") beats a namesake merely in the region.
    (Weighting each name by the population share of its candidates near p, so that "Washington"
    lends less, was tried: it cost LGL 1.5 points for a tenth of one on GeoWebNews.) With `skip_self`,
    p itself is none of its own neighbours (the town "Glenrock Lagoon" may be read as)."""
    got = 0.0
    for cands in support:
        best = 0.0
        for q in cands:
            if abs(q.lat - p.lat) < 2 and (q.id != p.id or not skip_self):
                d = haversine_km(p.lat, p.lon, q.lat, q.lon)
                if d < SUPPORT_KM:
                    best = max(best, 1.0 if d <= SUPPORT_NEAR_KM else (SUPPORT_KM - d) / (SUPPORT_KM - SUPPORT_NEAR_KM))
        got += best
    return got / len(support)


def inside_share(gaz: Gazetteer, row: int, support: list[list[Place]]) -> float:
    """Share of the article's other names that could be a town or county inside region `row`
    ("Florida" beside "Parkland" and "Broward County" is the state, not Florida, New York)."""
    got = 0
    for cands in support:
        if any(gaz.parent_index(j) == row for j in (gaz.index_of(q.id) for q in cands) if j is not None):
            got += 1
    return got / len(support)
