"""The analyst's workbench: a local, read-only web app over a greatgame database.

What: `create_app(db)` builds a FastAPI app with server-rendered pages (dashboard, search, events, article
reader, actor, dyad, influence matrix, quotes and numbers), each with a JSON twin (`?format=json`), behind a strict
Content-Security-Policy; `serve(db, host, port)` runs it on 127.0.0.1 by default.
Why: analysts check every figure against its sentences; the pages are thin views over `analysis/`, the same
functions the CLI and the Python API call, so all three agree. Source text is hostile input: templates
autoescape, highlighted text is built from escaped pieces (`render.py`), the database is opened read-only,
and the CSP forbids inline script, so a `<script>` in an article renders as text.
"""
from __future__ import annotations

import json
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..analysis.dyads import dyad
from ..analysis.events import EventQuery, find_events
from ..analysis.influence import influence
from ..analysis.network import network, place_map, timeline
from ..analysis.sources import compare_sources
from ..analysis.overview import actor_page, overview
from ..analysis.search import search_articles
from ..analysis.statements import article_statements, find_quantities, find_quotes
from ..errors import GGError
from .render import Span, highlight, safe_url

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
MARKS = ("\ue000", "\ue001")
SEARCH_FILTERS = ("actor", "type", "domain", "since", "until", "site")
EVENT_FILTERS = ("actor", "recipient", "either", "type", "domain", "since", "until", "place", "modality")


def _jsonable(obj):
    return json.loads(json.dumps(obj, default=str))


def create_app(db: str | Path) -> FastAPI:
    from ..store.sqlite import Store

    db = str(db)
    Store(db, readonly=True).close()           # fail at start, with GG201, if the database is missing
    local = threading.local()

    def store() -> Store:
        if getattr(local, "store", None) is None:
            local.store = Store(db, readonly=True)
        return local.store

    @asynccontextmanager
    async def lifespan(_app):
        """Compute the whole-corpus aggregates in the background at start, so the first visitor does not wait."""
        def run():
            try:
                cached(overview)
                cached(influence, top=8)
                cached(compare_sources)
            except Exception:      # a warm-up failure only means the first request computes it
                pass
        threading.Thread(target=run, daemon=True, name="greatgame-warm-up").start()
        yield

    app = FastAPI(title="greatgame workbench", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    cache: dict[tuple, object] = {}
    cache_lock = threading.Lock()

    def cached(fn, *args, **kwargs):
        """fn(store, *args) memoised until the database changes (an ingest adds rows); the app never writes.

        Why: aggregate pages (dashboard, matrix, sources, dyads, actor pages) scan every event; analysts
        revisit them far more often than they ingest.
        """
        version = tuple(next(store().query(
            "SELECT (SELECT max(rowid) FROM events) AS e, (SELECT count(*) FROM events) AS n,"
            " (SELECT max(rowid) FROM documents) AS d, (SELECT max(rowid) FROM articles) AS a,"
            " (SELECT max(rowid) FROM mentions) AS m, (SELECT count(*) FROM mentions) AS k,"
            " (SELECT max(rowid) FROM actors) AS c, (SELECT max(rowid) FROM skips) AS s")).values())
        key = (fn.__name__, args, tuple(sorted(kwargs.items())), version)
        with cache_lock:
            if key in cache:
                return cache[key]
        value = fn(store(), *args, **kwargs)
        with cache_lock:
            if len(cache) > 128:
                cache.clear()
            cache[key] = value
        return value

    def page(request: Request, template: str, ctx: dict, status: int = 200):
        if request.query_params.get("format") == "json":
            return JSONResponse(_jsonable({k: v for k, v in ctx.items() if not k.startswith("_")}), status)
        return templates.TemplateResponse(request, template, {"db": Path(db).name, **ctx}, status_code=status)

    @app.exception_handler(GGError)
    async def coded_error(request: Request, exc: GGError):
        return page(request, "error.html", {"error": str(exc)}, 400)

    @app.get("/", response_class=HTMLResponse)
    def dashboard(request: Request):
        return page(request, "dashboard.html", cached(overview))

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "", limit: int = 50):
        filters = {k: v for k in SEARCH_FILTERS if (v := request.query_params.get(k))}
        hits = search_articles(store(), q, limit=limit, marks=MARKS, **filters) if (q.strip() or filters) else []
        for h in hits:       # FTS marks hits with private-use characters; the template escapes, then marks them
            h["snippet_parts"] = _snippet_parts(h.pop("snippet") or "")
        return page(request, "search.html", {"q": q, "hits": hits, "filters": filters})

    @app.get("/events", response_class=HTMLResponse)
    def events(request: Request, nationals: bool = False, limit: int = 500):
        filters = {k: v for k in EVENT_FILTERS if (v := request.query_params.get(k))}
        rows = find_events(store(), EventQuery(nationals=nationals, limit=limit, **filters))
        return page(request, "events.html", {"filters": filters, "nationals": nationals, "events": rows})

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str):
        rows = list(store().query("SELECT * FROM articles WHERE id = ?", (article_id,)))
        if not rows:
            raise HTTPException(404, "no such article")
        art = rows[0]
        doc = next(store().query("SELECT id, path, format FROM documents WHERE id = ?", (art["document_id"],)), {})
        mentions = list(store().query(
            "SELECT m.start, m.end, m.text, m.actor_id, m.place_id, m.method, coalesce(a.name, p.name) AS name"
            " FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id LEFT JOIN places p ON p.id = m.place_id"
            " WHERE m.article_id = ? ORDER BY m.start", (article_id,)))
        evs = list(store().query(
            "SELECT id, type, cameo, domain, date, modality, source_text, target_text, start, end, confidence,"
            " data FROM events WHERE article_id = ? ORDER BY start", (article_id,)))
        spans = [Span(m["start"], m["end"], "place" if m["place_id"] else "actor",
                      f"{m['name'] or m['text']} ({m['method'] or 'linked'})",
                      f"/actor/{m['actor_id']}" if m["actor_id"] else "") for m in mentions]
        for e in evs:
            extra = json.loads(e.pop("data") or "{}")
            e["trigger"], e["rule"] = extra.get("trigger"), extra.get("rule")
            if extra.get("trigger_start", -1) >= 0:
                spans.append(Span(extra["trigger_start"], extra["trigger_end"], "event",
                                  f"{e['type']} ({e['cameo'] or '-'}, {e['domain'] or '-'}, {e['modality']}): "
                                  f"{e['source_text'] or '?'} -> {e['target_text'] or '-'} [{e['rule']}]"))
        statements = article_statements(store(), article_id)
        for q in statements["quotes"]:
            spans.append(Span(q["start"], q["end"], "quote", f"{'direct' if q['direct'] else 'indirect'} quote, "
                              f"{q['cue'] or 'no cue'}: {q['speaker_name'] or q['speaker_text'] or 'speaker unknown'}"))
        for n in statements["quantities"]:
            spans.append(Span(n["start"], n["end"], "quantity",
                              f"{n['value']:g} {n['unit'] or ''} of {n['subject'] or '?'}".replace("  ", " ")))
        for f in statements["frames"]:
            spans.append(Span(f["start"], f["end"], "frame",
                              f"frame {f['frame']} applied by {f['actor_name'] or f.get('actor_text') or 'the article'}"))
        for c in statements["citations"]:
            for off in c.get("marker_offsets") or []:
                width = len(str(c["marker"])) + (2 if art["text"][off:off + 1] in "[(" else 0)
                spans.append(Span(off, off + width, "citation",
                                  f"[{c['marker']}] {c['author'] or ''} {c['title'] or ''} {c['year'] or ''}".strip()))
        ctx = {"article": {k: art[k] for k in ("id", "title", "author", "published", "site", "language", "url",
                                                 "duplicate_of", "text")},
               "document": doc, "source_url": safe_url(art["url"]), "mentions": mentions, "events": evs,
               **statements,
               "_body": highlight(art["text"], spans)}
        return page(request, "article.html", ctx)

    @app.get("/actor/{actor_id}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str):
        data = cached(actor_page, actor_id)
        if data is None:
            raise HTTPException(404, "no such actor")
        return page(request, "actor.html", data)

    @app.get("/actors", response_class=HTMLResponse)
    def actors(request: Request, q: str = "", limit: int = 200):
        return page(request, "actors.html", {"q": q, "actors": store().actors(q, limit=limit)})

    @app.get("/statements", response_class=HTMLResponse)
    def statements_page(request: Request, speaker: str = "", words: str = "", direct: bool = False,
                        nationals: bool = False, unit: str = "", subject: str = "", limit: int = 300):
        """Quotes by speaker or words, and numbers by unit or subject, across the corpus."""
        quotes = find_quotes(store(), speaker=speaker or None, text=words or None, direct=True if direct else None,
                             nationals=nationals, limit=limit)
        numbers = find_quantities(store(), unit=unit or None, subject=subject or None, limit=limit)
        return page(request, "statements.html", {"speaker": speaker, "words": words, "direct": direct,
                                                  "nationals": nationals, "unit": unit, "subject": subject,
                                                  "quotes": quotes, "numbers": numbers, "limit": limit})

    @app.get("/dyad", response_class=HTMLResponse)
    def dyad_page(request: Request, a: str, b: str):
        return page(request, "dyad.html", cached(dyad, a, b))

    @app.get("/matrix", response_class=HTMLResponse)
    def matrix(request: Request, top: int = 8):
        m = cached(influence, top=top)
        grid = {(c["power"], c["target"], c["domain"]): c for c in m["cells"]}
        return page(request, "matrix.html", {**m, "_grid": grid})

    def vendor(*names: str) -> bool:
        return all((HERE / "static" / "vendor" / n).exists() for n in names)

    @app.get("/network", response_class=HTMLResponse)
    def network_page(request: Request, type: str | None = None, since: str | None = None, until: str | None = None):
        data = network(store(), type=type, since=since, until=until)
        return page(request, "network.html", {**data, "_drawn": vendor("cytoscape.min.js")})

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request):
        return page(request, "map.html", {**place_map(store()), "_drawn": vendor(
            "d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js", "countries-110m.json")})

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, nationals: bool = False):
        filters = {k: v for k in EVENT_FILTERS if (v := request.query_params.get(k))}
        return page(request, "timeline.html", {**timeline(store(), nationals=nationals, **filters),
                                               "filters": filters})

    @app.get("/sources", response_class=HTMLResponse)
    def sources_page(request: Request):
        return page(request, "sources.html", cached(compare_sources))

    return app


def _snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """An FTS snippet "a <hit> b" (MARKS around hits) as [("a ", False), ("hit", True), (" b", False)] for safe rendering."""
    parts, marked, buf = [], False, ""
    for ch in snippet:
        if ch in MARKS:
            if buf:
                parts.append((buf, marked))
            buf, marked = "", ch == MARKS[0]
        else:
            buf += ch
    if buf:
        parts.append((buf, marked))
    return parts


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
