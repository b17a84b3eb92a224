"""Schema versions and the migrations between them.

What: SCHEMA_VERSION, and MIGRATIONS mapping a version to the SQL that takes
a store from the version before it to that version.
Why: users keep their databases across upgrades; a store written by an older
greatgame is brought forward in place, and one written by a newer greatgame is
refused with GG202 instead of being damaged.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from .dedupe_index import backfill_bands

SCHEMA_VERSION = 6

BANDS_TABLE = """
    CREATE TABLE IF NOT EXISTS article_bands (
        key        INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
"""


def _v5(conn: sqlite3.Connection) -> None:
    """5: the deduplicator's LSH bands on disk, filled from the signatures already stored."""
    conn.executescript(BANDS_TABLE)
    backfill_bands(conn)


def _add_column(conn: sqlite3.Connection, table: str, column: str, decl: str) -> None:
    """ALTER TABLE ... ADD COLUMN, unless a half-finished earlier upgrade already added it."""
    if column not in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


# version -> SQL, or a function of the connection, run to reach it from version - 1.
# schema.sql is always the newest full schema; a new database starts there.
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    # 2: mentions say how they were linked (the workbench shows why).
    2: """
        ALTER TABLE mentions ADD COLUMN label TEXT;
        ALTER TABLE mentions ADD COLUMN method TEXT;
        ALTER TABLE mentions ADD COLUMN confidence REAL;
    """,
    # 3: statements (quotes, quantities, frames, citations) keep their evidence spans and extra fields as JSON.
    3: """
        ALTER TABLE quotes ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE quantities ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE frames ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE citations ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
    """,
    # 4: indexes for the workbench's questions (events by actor, recipient, place, date, type).
    4: """
        CREATE INDEX IF NOT EXISTS events_source ON events(source_actor_id);
        CREATE INDEX IF NOT EXISTS events_target ON events(target_actor_id);
        CREATE INDEX IF NOT EXISTS events_place ON events(place_id);
        CREATE INDEX IF NOT EXISTS events_date ON events(date);
        CREATE INDEX IF NOT EXISTS events_type ON events(type);
        CREATE INDEX IF NOT EXISTS events_dyad ON events(source_actor_id, target_actor_id, type, domain, date,
                                                         modality);
    """,
    5: _v5,
    # 6: a place the gazetteer lacks (a street, a venue) may inherit the point of the town it is tied to.
    6: lambda conn: _add_column(conn, "places", "approx_of", "TEXT"),
}
