"""What a corpus holds at a glance: sizes, coverage, top actors, recent events, sources.

What: `overview(store)` for the workbench's dashboard and `greatgame stats`-like summaries; `actor_page`
for one actor: record, roles, events as actor and recipient by month, co-occurring actors.
Why: the first screen an analyst sees should say how much there is and where the evidence comes from.
"""
from __future__ import annotations

import json

from .events import EventQuery, find_events


def overview(store, top: int = 10) -> dict:
    stats = store.stats()
    q = lambda sql, *p: list(store.query(sql, p))  # noqa: E731
    linked = q("SELECT count(DISTINCT article_id) AS n FROM mentions")[0]["n"]
    with_events = q("SELECT count(DISTINCT article_id) AS n FROM events")[0]["n"]
    return {
        "stats": stats,
        "coverage": {"articles_with_mentions": linked, "articles_with_events": with_events},
        "top_actors": store.actors("", limit=top),
        "recent_events": find_events(store, EventQuery(dated_only=True, newest_first=True, limit=top)),
        "event_types": q("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC"),
        "domains": q("SELECT coalesce(domain, '-') AS domain, count(*) AS n FROM events GROUP BY domain"
                     " ORDER BY n DESC"),
        "sources": q("SELECT coalesce(site, '(unknown)') AS site, count(*) AS articles, min(published) AS first,"
                     " max(published) AS last FROM articles GROUP BY site ORDER BY articles DESC LIMIT ?", top),
    }


def actor_page(store, actor_id: str) -> dict | None:
    rows = list(store.query("SELECT * FROM actors WHERE id = ?", (actor_id,)))
    if not rows:
        return None
    actor = rows[0]
    actor["aliases"] = json.loads(actor["aliases"] or "[]")
    actor["data"] = json.loads(actor.pop("data") or "{}")
    as_source = find_events(store, EventQuery(actor=actor_id))
    as_target = find_events(store, EventQuery(recipient=actor_id))
    mentions = list(store.query(
        "SELECT m.article_id, m.text, m.start, m.end, m.method, a.title FROM mentions m JOIN articles a"
        " ON a.id = m.article_id WHERE m.actor_id = ? ORDER BY m.article_id, m.start LIMIT 200", (actor_id,)))
    co = list(store.query(
        "SELECT o.actor_id AS id, ac.name, count(DISTINCT o.article_id) AS articles FROM mentions m"
        " JOIN mentions o ON o.article_id = m.article_id AND o.actor_id IS NOT NULL AND o.actor_id != m.actor_id"
        " JOIN actors ac ON ac.id = o.actor_id WHERE m.actor_id = ? GROUP BY o.actor_id"
        " ORDER BY articles DESC, ac.name LIMIT 15", (actor_id,)))
    quotes_by = [dict(r) for r in store.query(
        "SELECT q.article_id, q.text, q.cue, q.direct, q.start, a.title FROM quotes q JOIN articles a"
        " ON a.id = q.article_id WHERE q.speaker_actor_id = ? ORDER BY q.article_id, q.start LIMIT 200", (actor_id,))]
    quotes_about = [dict(r) for r in store.query(
        "SELECT DISTINCT q.article_id, q.text, q.cue, q.speaker_text, ac.name AS speaker_name, q.start, a.title"
        " FROM quotes q JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m.end <= q.end"
        " JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.speaker_actor_id"
        " WHERE m.actor_id = ? AND coalesce(q.speaker_actor_id, '') != ? ORDER BY q.article_id, q.start LIMIT 200",
        (actor_id, actor_id))]
    frames_applied = [dict(r) for r in store.query(
        "SELECT frame, count(*) AS uses, count(DISTINCT article_id) AS articles FROM frames WHERE actor_id = ?"
        " GROUP BY frame ORDER BY uses DESC", (actor_id,))]
    periods: dict[str, list[int]] = {}
    for side, rows in ((0, as_source), (1, as_target)):
        for e in rows:
            key = (e["date"] or "undated")[:7]
            periods.setdefault(key, [0, 0])[side] += 1
    over_time = [{"period": k, "as_actor": v[0], "as_recipient": v[1]}
                 for k, v in sorted(periods.items(), key=lambda kv: (kv[0] == "undated", kv[0]))]
    return {"actor": actor, "as_source": as_source, "as_target": as_target, "over_time": over_time,
            "quotes_by": quotes_by, "quotes_about": quotes_about, "frames_applied": frames_applied,
            "mentions": mentions,
            "co_occurring": co, "aliases_seen": sorted({m["text"] for m in mentions})}
