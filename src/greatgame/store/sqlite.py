"""The embedded SQLite store.

What: open (and create or migrate) a greatgame database, write one document
with its articles in one transaction, and answer the read queries the CLI,
exports and analysis need (search, stats, table rows).
Why: SQLite in WAL mode is the laptop default: one file that Datasette,
pandas and the sqlite3 shell open directly, readers never blocked by the
writer, and a crash mid-ingest leaves whole documents or nothing.
"""
from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import GGError
from ..records import Article, Document, Skip
from .dedupe_index import SqliteDedupeIndex, write_bands
from .migrations import MIGRATIONS, SCHEMA_VERSION


_EVENT_COLUMNS = {"id", "article_id", "type", "mode", "cameo", "domain", "date", "date_text", "source_actor_id",
                  "source_text", "target_actor_id", "target_text", "place_id", "modality", "attributed_to",
                  "sentence", "start", "end", "confidence"}


def _event_extras(event) -> dict:
    """Event fields without a column of their own (evidence spans, actor lists, rule), kept as JSON."""
    out = {}
    for name in event.__dataclass_fields__:
        if name not in _EVENT_COLUMNS:
            value = getattr(event, name)
            out[name] = list(value) if isinstance(value, tuple) else value
    return out


STATEMENT_TABLES = ("quotes", "quantities", "frames", "citations")


def _schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


class Store:
    """A greatgame database on disk."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._column_cache: dict[str, set[str]] = {}
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise GGError("GG201", f"no database at {self.path}; run 'greatgame ingest' first")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=30000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise GGError("GG201", f"{self.path}: {exc}") from None

    # -- schema ---------------------------------------------------------
    def schema_version(self) -> int:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise GGError("GG202", f"{self.path} has schema {version}, this greatgame knows {SCHEMA_VERSION}")
        if version == SCHEMA_VERSION or self.readonly:
            if self.readonly and version < SCHEMA_VERSION:
                # Migrations only add; bring an older database forward once, then read it as asked.
                try:
                    Store(self.path).close()
                except GGError as exc:
                    raise GGError("GG201", f"{self.path} has schema {version} and could not be upgraded"
                                           f" ({exc.detail})") from None
            return
        with self.conn:
            if version == 0:
                self.conn.executescript(_schema_sql())
                version = SCHEMA_VERSION
            for target in range(version + 1, SCHEMA_VERSION + 1):
                step = MIGRATIONS[target]
                if callable(step):
                    step(self.conn)
                else:
                    self.conn.executescript(step)
            self.conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------
    def find_document(self, sha256: str) -> str | None:
        row = self.conn.execute("SELECT path FROM documents WHERE sha256=?", (sha256,)).fetchone()
        return row[0] if row else None

    def write_document(
        self,
        doc: Document,
        articles: Iterable[Article],
        signatures: dict[str, bytes] | None = None,
        skips: Iterable[Skip] = (),
        layers: Iterable = (),
    ) -> int:
        """Store a document, its articles, their layers (Linked results) and its skips atomically."""
        signatures = signatures or {}
        n = 0
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT OR IGNORE INTO documents(id, path, sha256, format, size) VALUES (?,?,?,?,?)",
                    (doc.id, doc.path, doc.sha256, doc.format, doc.size),
                )
                for a in articles:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO articles(id, document_id, page, idx, title, author, published,"
                        " site, url, language, text, text_sha256, duplicate_of, extractor)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (a.id, a.document_id, a.page, a.index, a.title, a.author, a.published, a.site,
                         a.url, a.language, a.text, a.text_sha256, a.duplicate_of, a.extractor),
                    )
                    if a.id in signatures:
                        self.conn.execute(
                            "INSERT OR IGNORE INTO article_minhash(article_id, signature) VALUES (?,?)",
                            (a.id, signatures[a.id]),
                        )
                        write_bands(self.conn, [(a.id, signatures[a.id])])
                    n += 1
                for s in skips:
                    self.conn.execute(
                        "INSERT OR IGNORE INTO skips(path, code, reason) VALUES (?,?,?)", (s.path, s.code, s.reason)
                    )
                for linked in layers:
                    self._write_linked(linked)
        except sqlite3.DatabaseError as exc:
            raise GGError("GG201", f"{self.path}: {exc}") from None
        except ValueError as exc:            # a signature of the wrong size: nothing of the document is kept
            raise GGError("GG201", f"{self.path}: {exc}") from None
        return n

    def dedupe_index(self) -> SqliteDedupeIndex:
        """The deduplicator's index over this store: `Deduper(store.dedupe_index())` finds copies of every
        stored article without loading them into memory."""
        return SqliteDedupeIndex(self.conn)

    def index_signatures(self, pairs: Iterable[tuple[str, bytes]]) -> int:
        """File stored (article id, signature) pairs under their LSH bands, in the caller's transaction
        (used when signatures arrive other than through `write_document`, e.g. a Parquet import)."""
        return write_bands(self.conn, pairs)

    def _write_linked(self, linked) -> None:
        """Actors, places and mentions of one article (inside the caller's transaction)."""
        for a in linked.actors.values():
            self.conn.execute(
                "INSERT INTO actors(id, name, kind, country, sector, aliases, wikidata, data)"
                " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING",
                (a.id, a.name, a.kind, a.country, a.sector, json.dumps(list(a.aliases), ensure_ascii=False),
                 a.wikidata, json.dumps({"origin": a.origin, "roles": [
                     {"title": t, "of": o, "from": f, "to": e} for t, o, f, e in getattr(a, "roles", ())]},
                     ensure_ascii=False)),
            )
        for p in linked.places.values():
            self.conn.execute(
                "INSERT OR IGNORE INTO places(id, name, country, lat, lon, geonames_id, approx_of)"
                " VALUES (?,?,?,?,?,?,?)",
                (p.id, p.name, p.country, p.lat, p.lon, p.geonames_id, getattr(p, "approx_of", "") or None),
            )
        self.conn.executemany(
            "INSERT INTO mentions(article_id, actor_id, place_id, text, start, end, label, method, confidence)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(m.article_id, m.actor_id, m.place_id, m.text, m.start, m.end, m.label, m.method, m.confidence)
             for m in linked.mentions],
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO events(id, article_id, type, mode, cameo, domain, date, date_text,"
            " source_actor_id, source_text, target_actor_id, target_text, place_id, modality, attributed_to,"
            " sentence, start, end, confidence, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(e.id, e.article_id, e.type, e.mode, e.cameo, e.domain, e.date, e.date_text, e.source_actor_id,
              e.source_text, e.target_actor_id, e.target_text, e.place_id, e.modality, e.attributed_to,
              e.sentence, e.start, e.end, e.confidence, json.dumps(_event_extras(e), ensure_ascii=False))
             for e in getattr(linked, "events", ())],
        )
        for table in STATEMENT_TABLES:
            self._write_records(table, getattr(linked, table, ()))

    def _write_records(self, table: str, records) -> None:
        """Statement records into their table: fields named like a column go there, the rest into `data` JSON."""
        records = list(records)
        if not records:
            return
        columns = self._columns(table)
        names = [f for f in records[0].__dataclass_fields__ if f in columns and f not in ("id", "data")]
        sql = (f"INSERT INTO {table}({', '.join(names)}, data) VALUES ({', '.join('?' * (len(names) + 1))})")
        rows = []
        for r in records:
            extra = {f: (list(v) if isinstance(v, tuple) else v) for f in r.__dataclass_fields__
                     if f not in names and f != "data" for v in [getattr(r, f)]}
            rows.append([getattr(r, f) for f in names] + [json.dumps(extra, ensure_ascii=False)])
        self.conn.executemany(sql, rows)

    def _columns(self, table: str) -> set[str]:
        if table not in self._column_cache:
            self._column_cache[table] = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
        return self._column_cache[table]

    def replace_layers(self, article_ids: list[str], layers: Iterable) -> None:
        """Re-linking: drop the mentions of these articles and store new ones, in one transaction."""
        try:
            with self.conn:
                for table in ("mentions", "events") + STATEMENT_TABLES:
                    self.conn.executemany(f"DELETE FROM {table} WHERE article_id=?", [(i,) for i in article_ids])
                for linked in layers:
                    self._write_linked(linked)
        except sqlite3.DatabaseError as exc:
            raise GGError("GG201", f"{self.path}: {exc}") from None

    def add_skip(self, skip: Skip) -> None:
        with self.conn:
            self.conn.execute("INSERT OR IGNORE INTO skips(path, code, reason) VALUES (?,?,?)",
                              (skip.path, skip.code, skip.reason))

    # -- reading --------------------------------------------------------
    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.conn.execute("SELECT article_id, signature FROM article_minhash ORDER BY rowid")

    def text_hashes(self) -> Iterator[tuple[str, str]]:
        """(text_sha256, article_id) of every original article."""
        yield from self.conn.execute(
            "SELECT text_sha256, id FROM articles WHERE duplicate_of IS NULL ORDER BY rowid"
        )

    def search(self, query: str, limit: int = 20, marks: tuple[str, str] = ("[", "]")) -> list[dict]:
        """Full-text search; FTS5 syntax is accepted, and a plain phrase always works. `marks` wrap each hit."""
        sql = (
            "SELECT a.id, a.title, a.site, a.published, a.duplicate_of,"
            f" snippet(articles_fts, 1, '{marks[0]}', '{marks[1]}', ' … ', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            phrase = '"' + query.replace('"', '""') + '"'
            rows = self.conn.execute(sql, (phrase, limit)).fetchall()
        return [dict(r) for r in rows]

    def actors(self, query: str = "", limit: int = 30) -> list[dict]:
        """Actors by mention count; `query` filters on id, name and aliases (case-insensitive)."""
        like = f"%{query.strip()}%"
        rows = self.conn.execute(
            "SELECT a.id, a.name, a.kind, a.country, a.sector, a.aliases, count(m.id) AS mentions"
            " FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id"
            " WHERE ? = '%%' OR a.id LIKE ? OR a.name LIKE ? OR a.aliases LIKE ?"
            " GROUP BY a.id ORDER BY mentions DESC, a.name LIMIT ?",
            (like, like, like, like, limit)).fetchall()
        out = [dict(r) for r in rows]
        for r in out:
            r["aliases"] = json.loads(r["aliases"] or "[]")
        return out

    def stats(self) -> dict:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        out = {
            "schema_version": self.schema_version(),
            "documents": q("SELECT count(*) FROM documents"),
            "articles": q("SELECT count(*) FROM articles"),
            "duplicates": q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "skipped": q("SELECT count(*) FROM skips"),
        }
        for table in ("actors", "mentions", "places", "events", "quotes", "quantities", "frames", "citations"):
            out[table] = q(f"SELECT count(*) FROM {table}")
        out["languages"] = {r[0] or "?": r[1] for r in self.conn.execute(
            "SELECT language, count(*) FROM articles GROUP BY language ORDER BY count(*) DESC")}
        out["sites"] = {r[0] or "?": r[1] for r in self.conn.execute(
            "SELECT site, count(*) FROM articles GROUP BY site ORDER BY count(*) DESC LIMIT 10")}
        out["skip_codes"] = {r[0]: r[1] for r in self.conn.execute(
            "SELECT code, count(*) FROM skips GROUP BY code ORDER BY code")}
        return out

    def query(self, sql: str, params: tuple = ()) -> Iterator[dict]:
        for row in self.conn.execute(sql, params):
            yield dict(row)

