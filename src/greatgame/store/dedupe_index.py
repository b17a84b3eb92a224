"""The deduplicator's index kept in the store: text hashes and LSH bands answered by SQLite.

What: `SqliteDedupeIndex(conn)` implements the Deduper's index over the `articles` table (index on
text_sha256), `article_minhash` (signatures) and `article_bands` (one row per band key of each stored
signature). Articles marked but not yet written (those of the document being ingested) are held in
memory until `document_done`. `write_bands` files signatures under their band keys (inside the caller's
transaction), and `backfill_bands` does it for signatures stored without bands (older stores, imports).
Why: kept in memory, the index of a 100k-article corpus costs ~1 GB and grows with every article; on disk
memory stays flat, a second run needs no loading, and a crash never leaves an article half-indexed because
its bands are written in the transaction that writes it.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

from ..dedupe import MemoryIndex
from ..lshbands import band_keys

_ORIGINAL = ("SELECT id FROM articles WHERE text_sha256 = ? AND duplicate_of IS NULL"
             " ORDER BY rowid LIMIT 1")


class SqliteDedupeIndex:
    """The Deduper's memory read from the store, plus the current document's not yet written articles
    (held in a MemoryIndex, emptied at `document_done`)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._pending = MemoryIndex()

    def original(self, sha: str) -> str | None:
        """The first stored original with this text hash, else one of the pending articles."""
        row = self.conn.execute(_ORIGINAL, (sha,)).fetchone()
        return row[0] if row else self._pending.original(sha)

    def candidates(self, keys: list[int]) -> dict[str, bytes]:
        """Articles (stored or pending) filed under any of these band keys, with their signatures."""
        sql = ("SELECT DISTINCT b.article_id, m.signature FROM article_bands b"
               " JOIN article_minhash m ON m.article_id = b.article_id"
               f" WHERE b.key IN ({','.join('?' * len(keys))})")
        out = {article_id: bytes(sig) for article_id, sig in self.conn.execute(sql, keys)}
        for article_id, sig in self._pending.candidates(keys).items():
            out.setdefault(article_id, sig)
        return out

    def add_hash(self, sha: str, article_id: str) -> None:
        # a stored original with this hash wins over any pending one (see `original`), so no lookup here
        self._pending.add_hash(sha, article_id)

    def add_signature(self, article_id: str, sig: bytes, keys: list[int]) -> None:
        self._pending.add_signature(article_id, sig, keys)

    def document_done(self) -> None:
        """Forget the pending articles: the store now answers for those written; the rest were not."""
        self._pending = MemoryIndex()


def write_bands(conn: sqlite3.Connection, pairs: Iterable[tuple[str, bytes]]) -> int:
    """File each (article id, signature) under its band keys, in the caller's transaction; rows added."""
    rows = [(k, article_id) for article_id, sig in pairs for k in band_keys(bytes(sig))]
    before = conn.total_changes
    conn.executemany("INSERT OR IGNORE INTO article_bands(key, article_id) VALUES (?,?)", rows)
    return conn.total_changes - before


def backfill_bands(conn: sqlite3.Connection, chunk: int = 2000) -> int:
    """Band rows for every stored signature that has none (a store from before v5); rows added.

    Reads in rowid chunks so a large store is brought forward without holding its signatures in memory.
    A malformed signature (wrong length) is left unindexed rather than stopping the upgrade.
    """
    added, last = 0, 0
    while True:
        rows = conn.execute("SELECT rowid, article_id, signature FROM article_minhash WHERE rowid > ?"
                            " ORDER BY rowid LIMIT ?", (last, chunk)).fetchall()
        if not rows:
            return added
        last = rows[-1][0]
        good = []
        for _rowid, article_id, sig in rows:
            try:
                band_keys(bytes(sig))
            except (TypeError, ValueError):
                continue
            good.append((article_id, sig))
        added += write_bands(conn, good)
