"""The export contract: each file's fields and the query that fills them.

What: TABLES maps a contract name (documents, articles, ...) to its SQL;
`rows(store, name)` yields dicts with the contract's fields in order.
Why: one place defines the contract, shared by every writer (JSON Lines, CSV,
later Parquet and the Spark job), so the formats cannot drift apart.
"""
from __future__ import annotations

import json
from typing import Iterator

TABLES: dict[str, str] = {
    "documents": "SELECT id, path, sha256, format, size FROM documents ORDER BY rowid",
    "articles": (
        "SELECT id, document_id, title, author, published, site, language, text, duplicate_of,"
        " url, page, idx AS \"index\", extractor FROM articles ORDER BY rowid"
    ),
    "actors": "SELECT id, name, kind, country, sector, aliases, wikidata FROM actors ORDER BY rowid",
    "mentions": (
        "SELECT article_id, actor_id, place_id, text, start, end, label, method, confidence"
        " FROM mentions ORDER BY article_id, start"
    ),
    "places": "SELECT id, name, country, lat, lon, geonames_id, approx_of FROM places ORDER BY rowid",
    "events": (
        "SELECT id, article_id, type, mode, cameo, domain, date, date_text, source_actor_id, source_text,"
        " target_actor_id, target_text, place_id, modality, attributed_to, sentence, start, end, confidence, data"
        " FROM events ORDER BY article_id, start"
    ),
    "quotes": (
        "SELECT article_id, speaker_actor_id, speaker_text, text, cue, direct, start, end"
        ", data FROM quotes ORDER BY article_id, start"
    ),
    "quantities": (
        "SELECT article_id, value, unit, text, subject, sentence, start, end"
        ", data FROM quantities ORDER BY article_id, start"
    ),
    "frames": "SELECT article_id, frame, actor_id, evidence, start, end, data FROM frames ORDER BY article_id, start",
    "citations": (
        "SELECT article_id, marker, text, author, title, publisher, year, url, doi"
        ", data FROM citations ORDER BY article_id, start"
    ),
}

# Fields kept in a table's JSON `data` column, exported after the contract's own (the evidence spans an
# analyst highlights, the rule that fired, every actor of a joint action); missing spans export as null.
EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "events": ("trigger", "trigger_start", "trigger_end", "rule", "date_start", "date_end", "source_start",
               "source_end", "source_actor_ids", "target_start", "target_end", "target_actor_ids", "place_text",
               "place_start", "place_end", "attributed_actor_id"),
    "quotes": ("speaker_start", "speaker_end", "cue_start", "cue_end", "how"),
    "quantities": ("qualifier", "approximate", "subject_start", "subject_end", "verb", "verb_start", "event_id"),
    "frames": ("cue", "actor_text"),
    "citations": ("start", "end", "marker_offsets"),
}

_JSON_COLUMNS = {("actors", "aliases")}
_BOOL_COLUMNS = {("quotes", "direct")}


def rows(store, name: str) -> Iterator[dict]:
    """Rows of one contract file, JSON columns decoded, booleans as booleans."""
    for row in store.query(TABLES[name]):
        for table, col in _JSON_COLUMNS:
            if table == name and isinstance(row.get(col), str):
                row[col] = json.loads(row[col])
        if name in EXTRA_FIELDS:
            data = json.loads(row.pop("data", None) or "{}")
            for f in EXTRA_FIELDS[name]:
                value = data.get(f)
                row[f] = None if f.endswith(("_start", "_end")) and isinstance(value, int) and value < 0 else value
        for table, col in _BOOL_COLUMNS:
            if table == name and row.get(col) is not None:
                row[col] = bool(row[col])
        yield row
