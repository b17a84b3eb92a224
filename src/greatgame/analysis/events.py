"""Filtering stored events: by actor, recipient, type, domain, date range, place and modality.

What: `EventQuery` holds the filters; `find_events(store, query)` returns one dict per matching event with the
actor, recipient and place names joined in and the evidence (sentence, trigger, rule, confidence) kept.
Why: analysts ask "what did Russia do to Kazakhstan in January 2022?" and want every answer with the sentence
behind it; the CLI, the API and the workbench all call this one read-only function, so they agree.

Actor filters accept an actor id ("KAZ", "tokayev-kassym-jomart"), a name or any alias, case-insensitive
("Kazakhstan", "Toqayev"); `nationals=True` widens a state to every actor of its country (Chinese officials,
ministries and companies count as "China"). Partial dates are ranges: an event dated "2022-01" overlaps
`since="2022-01-15"`, so month- and year-precision events are not lost to a day filter.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass

from ..errors import GGError

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

_COLUMNS = ("e.id, e.article_id, e.type, e.mode, e.cameo, e.domain, e.date, e.date_text, e.source_actor_id,"
            " e.source_text, e.target_actor_id, e.target_text, e.place_id, e.modality, e.attributed_to,"
            " e.sentence, e.start, e.end, e.confidence, e.data,"
            " sa.name AS source_name, ta.name AS target_name, p.name AS place_name, a.title AS article_title")


# The columns a table, a CSV or a DataFrame of events shows first, in order.
EVENT_COLUMNS = ("id", "date", "type", "cameo", "domain", "source_actor_id", "source_name", "source_text",
                 "target_actor_id", "target_name", "target_text", "place_id", "place_name", "modality",
                 "attributed_to", "confidence", "trigger", "rule", "article_id", "article_title", "start", "end",
                 "sentence")


@dataclass(frozen=True, slots=True)
class EventQuery:
    actor: str | None = None          # the source side
    recipient: str | None = None      # the target side
    either: str | None = None         # on either side
    type: str | None = None           # PLOVER type, any case; comma-separated for several
    domain: str | None = None
    since: str | None = None          # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    place: str | None = None          # place id or name
    modality: str | None = None
    min_confidence: float = 0.0
    nationals: bool = False
    limit: int | None = None
    newest_first: bool = False
    dated_only: bool = False


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision covers: "2022-02" -> ("2022-02-01", "2022-02-28")."""
    m = _DATE_RE.match(value.strip())
    if not m:
        raise GGError("GG301", f"date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= calendar.monthrange(
            int(year), int(month))[1]:
        raise GGError("GG301", f"date {value!r}: no such month or day")
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def resolve_actor(store, term: str, nationals: bool = False) -> set[str]:
    """Actor ids a filter term names: by id, name or alias (case-insensitive); a state's nationals if asked.

    Raises GG301 when nothing matches, so a typo is reported rather than returning an empty table.
    """
    term = term.strip()
    low = term.casefold()
    ids: set[str] = set()
    countries: set[str] = set()
    for row in store.query("SELECT id, name, kind, country, aliases FROM actors"):
        aliases = [a.casefold() for a in json.loads(row["aliases"] or "[]")]
        if row["id"].casefold() == low or (row["name"] or "").casefold() == low or low in aliases:
            ids.add(row["id"])
            if row["kind"] == "state" and row["country"]:
                countries.add(row["country"])
    if not ids:
        raise GGError("GG301", f"no actor named {term!r}; try 'greatgame actors {term}'")
    if nationals and countries:
        marks = ",".join("?" * len(countries))
        ids |= {r["id"] for r in store.query(f"SELECT id FROM actors WHERE country IN ({marks})", tuple(countries))}
    return ids


def _in(column: str, values) -> tuple[str, list]:
    values = sorted(values)
    return f"{column} IN ({','.join('?' * len(values))})", values


def find_events(store, q: EventQuery) -> list[dict]:
    """Events matching every filter of `q`, ordered by date (undated last), then article and position."""
    where, params = [], []

    def add(clause: str, values: list) -> None:
        where.append(clause)
        params.extend(values)

    if q.actor:
        add(*_in("e.source_actor_id", resolve_actor(store, q.actor, q.nationals)))
    if q.recipient:
        add(*_in("e.target_actor_id", resolve_actor(store, q.recipient, q.nationals)))
    if q.either:
        ids = resolve_actor(store, q.either, q.nationals)
        c1, v1 = _in("e.source_actor_id", ids)
        c2, v2 = _in("e.target_actor_id", ids)
        add(f"({c1} OR {c2})", v1 + v2)
    if q.type:
        add(*_in("e.type", {t.strip().upper() for t in q.type.split(",") if t.strip()}))
    if q.domain:
        add(*_in("e.domain", {d.strip().lower() for d in q.domain.split(",") if d.strip()}))
    if q.modality:
        add(*_in("e.modality", {m.strip().lower() for m in q.modality.split(",") if m.strip()}))
    if q.place:
        add("(e.place_id = ? OR p.name = ? COLLATE NOCASE)", [q.place, q.place])
    if q.min_confidence:
        add("e.confidence >= ?", [q.min_confidence])
    since = date_bounds(q.since)[0] if q.since else None
    until = date_bounds(q.until)[1] if q.until else None
    if q.dated_only and not (since or until):
        where.append("e.date IS NOT NULL")
    if since or until:
        # a coarse bound in SQL (the index on date), the exact range overlap in Python below
        where.append("e.date IS NOT NULL")
        if since:
            add("e.date >= ?", [since[:4]])
        if until:
            add("e.date <= ?", [until + "~"])
    order = ("e.date IS NULL, e.date DESC, e.article_id, e.start" if q.newest_first
             else "e.date IS NULL, e.date, e.article_id, e.start")
    sql = (f"SELECT {_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
           " LEFT JOIN actors sa ON sa.id = e.source_actor_id LEFT JOIN actors ta ON ta.id = e.target_actor_id"
           " LEFT JOIN places p ON p.id = e.place_id"
           + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}")
    if q.limit and not (since or until):
        sql += f" LIMIT {int(q.limit)}"
    out = []
    for row in store.query(sql, tuple(params)):
        if since or until:
            try:
                low, high = date_bounds(row["date"])
            except GGError:
                continue
            if (since and high < since) or (until and low > until):
                continue
        extra = json.loads(row.pop("data") or "{}")
        row["trigger"] = extra.get("trigger", "")
        row["rule"] = extra.get("rule", "")
        out.append(row)
        if q.limit and len(out) >= q.limit:
            break
    return out
