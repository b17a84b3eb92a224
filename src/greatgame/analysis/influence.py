"""The influence matrix: which power acts on which state, through which domain, how cooperatively.

What: `influence(store)` counts events by (power, target, domain), where a power or target is a state
standing for all its nationals (Xi Jinping and the Chinese Ministry of Commerce count as China) or an
organisation with no country of its own (CSTO, EU); each cell carries the event count, the net
cooperation (mean PLOVER score) and the filter that lists its events, so every figure leads to sentences.
Why: the claim "Russia for security, China for the economy" is a claim about this table; analysts must be
able to check each cell against the evidence behind it.
"""
from __future__ import annotations

from collections import defaultdict

from .scores import score

DOMAINS = ("security", "economic", "diplomatic", "cultural", "legal", "domestic")


SIDE = ("CASE WHEN {a}.country IS NOT NULL AND {a}.kind IN ('state', 'person', 'organization')"
        " THEN {a}.country ELSE {a}.id END")


def _names(store) -> dict[str, str]:
    """side -> display name: a state's name for its country code, an actor's own name otherwise."""
    names = {}
    for r in store.query("SELECT id, name, kind, country FROM actors ORDER BY kind != 'state'"):
        if r["kind"] == "state" and r["country"]:
            names.setdefault(r["country"], r["name"])
        names.setdefault(r["id"], r["name"])
    return names


def influence(store, powers: list[str] | None = None, targets: list[str] | None = None,
              min_events: int = 1, top: int = 8) -> dict:
    """The matrix as {powers, targets, domains, cells: [{power, target, domain, events, net, ...}]}.

    Without `powers`/`targets`, the `top` sides with the most events as source and as target are used.
    Events inside one side (Kazakh police against Kazakh protesters) are domestic, not influence: left out.
    Counting is done by SQLite (grouped by side, domain and type), so the matrix stays fast on large stores.
    """
    names = _names(store)
    cells: dict[tuple[str, str, str], list] = defaultdict(lambda: [0, 0.0, 0])   # events, score sum, scored
    sql = (f"SELECT {SIDE.format(a='sa')} AS s, {SIDE.format(a='ta')} AS t, coalesce(e.domain, 'other') AS d,"
           " e.type, count(*) AS n FROM events e JOIN actors sa ON sa.id = e.source_actor_id"
           " JOIN actors ta ON ta.id = e.target_actor_id GROUP BY s, t, d, e.type")
    for r in store.query(sql):
        if r["s"] == r["t"]:
            continue
        cell = cells[(r["s"], r["t"], r["d"])]
        cell[0] += r["n"]
        sc = score(r["type"])
        if sc is not None:
            cell[1] += sc * r["n"]
            cell[2] += r["n"]
    by_power, by_target = defaultdict(int), defaultdict(int)
    for (s, t, _d), (n, _sum, _k) in cells.items():
        by_power[s] += n
        by_target[t] += n
    powers = powers or sorted(by_power, key=lambda k: (-by_power[k], k))[:top]
    targets = targets or sorted(by_target, key=lambda k: (-by_target[k], k))[:top]
    domains = [d for d in DOMAINS if any(k[2] == d for k in cells)] + sorted(
        {k[2] for k in cells} - set(DOMAINS))
    out = []
    for (s, t, d), (n, total, scored) in sorted(cells.items()):
        if s in powers and t in targets and n >= min_events:
            out.append({"power": s, "power_name": names.get(s, s), "target": t, "target_name": names.get(t, t),
                        "domain": d, "events": n, "net": round(total / scored, 2) if scored else None,
                        "filter": {"actor": s, "recipient": t, "domain": d, "nationals": True}})
    return {"powers": [{"id": p, "name": names.get(p, p)} for p in powers],
            "targets": [{"id": t, "name": names.get(t, t)} for t in targets],
            "domains": domains, "cells": out}
