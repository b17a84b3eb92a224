"""Full-text search with the analyst's filters: actor mentioned, event type and domain, date, site.

What: `search_articles(store, q, actor=, type=, domain=, since=, until=, site=)` returns matching articles
with a snippet whose hits are wrapped in `marks`; an empty query with filters lists the filtered articles.
Why: "articles on the CSTO that mention Tokayev and report an ASSAULT in January 2022" is one question;
the filters are EXISTS clauses over the same store the rest of the workbench reads.
"""
from __future__ import annotations

import sqlite3

from .events import date_bounds, resolve_actor


def search_articles(store, q: str = "", actor: str | None = None, type: str | None = None,
                    domain: str | None = None, since: str | None = None, until: str | None = None,
                    site: str | None = None, limit: int = 50, marks: tuple[str, str] = ("[", "]")) -> list[dict]:
    where, params = [], []
    if actor:
        ids = sorted(resolve_actor(store, actor))
        where.append(f"EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.actor_id IN"
                     f" ({','.join('?' * len(ids))}))")
        params += ids
    if type or domain:
        cond, vals = [], []
        if type:
            types = sorted({t.strip().upper() for t in type.split(",") if t.strip()})
            cond.append(f"e.type IN ({','.join('?' * len(types))})")
            vals += types
        if domain:
            cond.append("e.domain = ?")
            vals.append(domain.strip().lower())
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND " + " AND ".join(cond) + ")")
        params += vals
    if since:
        where.append("a.published >= ?")
        params.append(date_bounds(since)[0])
    if until:
        where.append("a.published <= ?")
        params.append(date_bounds(until)[1] + "~")
    if site:
        where.append("a.site = ? COLLATE NOCASE")
        params.append(site)
    filters = (" AND " + " AND ".join(where)) if where else ""
    if q.strip():
        sql = ("SELECT a.id, a.title, a.site, a.published, a.duplicate_of,"
               f" snippet(articles_fts, 1, '{marks[0]}', '{marks[1]}', ' … ', 14) AS snippet"
               " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
               f" WHERE articles_fts MATCH ?{filters} ORDER BY rank LIMIT ?")
        try:
            return [dict(r) for r in store.query(sql, (q, *params, limit))]
        except sqlite3.OperationalError:        # not valid FTS syntax: search it as a phrase
            phrase = '"' + q.replace('"', '""') + '"'
            return [dict(r) for r in store.query(sql, (phrase, *params, limit))]
    sql = ("SELECT a.id, a.title, a.site, a.published, a.duplicate_of, substr(a.text, 1, 200) AS snippet"
           f" FROM articles a WHERE 1 = 1{filters} ORDER BY a.published DESC, a.rowid LIMIT ?")
    return [dict(r) for r in store.query(sql, (*params, limit))]
