"""Listing stored statements: quotes by speaker, quantities by unit or subject, frames by frame or actor,
citations by article.

What: `find_quotes`, `find_quantities`, `find_frames`, `find_citations` return dict rows with the article
title and the actor's name joined in, each row keeping its offsets so it leads back to the words.
Why: the CLI (`greatgame quotes|numbers|frames|citations`), the API and the workbench answer the same
question with the same function, as for events.
"""
from __future__ import annotations

import json

from .events import _in, resolve_actor


def _extra(rows: list[dict]) -> list[dict]:
    for r in rows:
        r.update(json.loads(r.pop("data", None) or "{}"))
    return rows


def _select(store, base: str, where: list[str], params: list, order: str, limit: int | None) -> list[dict]:
    """Rows of `base` (a SELECT ... FROM ... JOIN ...) filtered by the AND of `where`, ordered, limited."""
    sql = (base + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order
           + (f" LIMIT {int(limit)}" if limit else ""))
    return _extra([dict(r) for r in store.query(sql, tuple(params))])


def find_quotes(store, speaker: str | None = None, text: str | None = None, direct: bool | None = None,
                nationals: bool = False, limit: int | None = None) -> list[dict]:
    """Quotes, optionally by a speaker (id, name or alias; a state with its nationals) or containing words."""
    where, params = [], []
    if speaker:
        clause, values = _in("q.speaker_actor_id", resolve_actor(store, speaker, nationals))
        where.append(clause)
        params += values
    if text:
        where.append("q.text LIKE ?")
        params.append(f"%{text}%")
    if direct is not None:
        where.append("q.direct = ?")
        params.append(1 if direct else 0)
    return _select(store, "SELECT q.*, ac.name AS speaker_name, a.title AS article_title FROM quotes q"
                   " JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.speaker_actor_id",
                   where, params, "q.article_id, q.start", limit)


def find_quantities(store, unit: str | None = None, subject: str | None = None, min_value: float | None = None,
                    limit: int | None = None) -> list[dict]:
    where, params = [], []
    if unit:
        where.append("q.unit = ? COLLATE NOCASE")
        params.append(unit)
    if subject:
        where.append("q.subject LIKE ?")
        params.append(f"%{subject}%")
    if min_value is not None:
        where.append("q.value >= ?")
        params.append(min_value)
    return _select(store, "SELECT q.*, a.title AS article_title FROM quantities q"
                   " JOIN articles a ON a.id = q.article_id",
                   where, params, "q.article_id, q.start", limit)


def find_frames(store, frame: str | None = None, actor: str | None = None, nationals: bool = False,
                limit: int | None = None) -> list[dict]:
    where, params = [], []
    if frame:
        where.append("f.frame = ?")
        params.append(frame)
    if actor:
        clause, values = _in("f.actor_id", resolve_actor(store, actor, nationals))
        where.append(clause)
        params += values
    return _select(store, "SELECT f.*, ac.name AS actor_name, a.title AS article_title FROM frames f"
                   " JOIN articles a ON a.id = f.article_id LEFT JOIN actors ac ON ac.id = f.actor_id",
                   where, params, "f.article_id, f.start", limit)


def frame_counts(store) -> list[dict]:
    """How often each frame is applied, in how many articles, and by how many distinct actors."""
    return [dict(r) for r in store.query(
        "SELECT frame, count(*) AS uses, count(DISTINCT article_id) AS articles,"
        " count(DISTINCT actor_id) AS actors FROM frames GROUP BY frame ORDER BY uses DESC")]


def find_citations(store, article: str | None = None, limit: int | None = None) -> list[dict]:
    where, params = [], []
    if article:
        where.append("c.article_id = ?")
        params.append(article)
    return _select(store, "SELECT c.*, a.title AS article_title FROM citations c"
                   " JOIN articles a ON a.id = c.article_id",
                   where, params, "c.article_id, c.start, c.id", limit)


def article_statements(store, article_id: str) -> dict[str, list[dict]]:
    """One article's quotes (with speaker names), quantities, frames (with actor names) and citations."""
    return {
        "quotes": find_quotes_of(store, article_id),
        "quantities": _extra([dict(r) for r in store.query(
            "SELECT * FROM quantities WHERE article_id = ? ORDER BY start", (article_id,))]),
        "frames": _extra([dict(r) for r in store.query(
            "SELECT f.*, ac.name AS actor_name FROM frames f LEFT JOIN actors ac ON ac.id = f.actor_id"
            " WHERE f.article_id = ? ORDER BY f.start", (article_id,))]),
        "citations": find_citations(store, article=article_id),
    }


def find_quotes_of(store, article_id: str) -> list[dict]:
    return _extra([dict(r) for r in store.query(
        "SELECT q.*, ac.name AS speaker_name FROM quotes q LEFT JOIN actors ac ON ac.id = q.speaker_actor_id"
        " WHERE q.article_id = ? ORDER BY q.start", (article_id,))])
