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


def _sides(store) -> tuple[dict[str, str], dict[str, str]]:
    """actor id -> the side it counts for (its country's ISO3, or itself), and side -> display name."""
    side, names = {}, {}
    for r in store.query("SELECT id, name, kind, country FROM actors"):
        key = r["country"] if r["country"] and r["kind"] in ("state", "person", "organization") else r["id"]
        side[r["id"]] = key
        if r["kind"] == "state" or key == r["id"]:
            names.setdefault(key, r["name"])
    return side, names


def influence(store, powers: list[str] | None = None, targets: list[str] | None = None,
              min_events: int = 1, top: int = 8) -> dict:
    """The matrix as {powers, targets, domains, cells: [{power, target, domain, events, net, ...}]}.

    Without `powers`/`targets`, the `top` sides with the most events as source and as target are used.
    Events inside one side (Kazakh police against Kazakh protesters) are domestic, not influence: left out.
    """
    side, names = _sides(store)
    cells: dict[tuple[str, str, str], list[float | None]] = defaultdict(list)
    for r in store.query("SELECT source_actor_id AS s, target_actor_id AS t, domain, type FROM events"
                         " WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL"):
        s, t = side.get(r["s"], r["s"]), side.get(r["t"], r["t"])
        if s == t:
            continue
        cells[(s, t, r["domain"] or "other")].append(score(r["type"]))
    by_power, by_target = defaultdict(int), defaultdict(int)
    for (s, t, _d), scores in cells.items():
        by_power[s] += len(scores)
        by_target[t] += len(scores)
    powers = powers or sorted(by_power, key=lambda k: (-by_power[k], k))[:top]
    targets = targets or sorted(by_target, key=lambda k: (-by_target[k], k))[:top]
    domains = [d for d in DOMAINS if any(k[2] == d for k in cells)] + sorted(
        {k[2] for k in cells} - set(DOMAINS))
    out = []
    for (s, t, d), values in sorted(cells.items()):
        if s in powers and t in targets and len(values) >= min_events:
            known = [v for v in values if v is not None]
            out.append({"power": s, "power_name": names.get(s, s), "target": t, "target_name": names.get(t, t),
                        "domain": d, "events": len(values),
                        "net": round(sum(known) / len(known), 2) if known else None,
                        "filter": {"actor": s, "recipient": t, "domain": d, "nationals": True}})
    return {"powers": [{"id": p, "name": names.get(p, p)} for p in powers],
            "targets": [{"id": t, "name": names.get(t, t)} for t in targets],
            "domains": domains, "cells": out}
