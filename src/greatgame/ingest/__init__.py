"""Input readers: from files on disk to Pages.

What: ``READERS`` maps a Document format (text, html, warc, jsonl) to a
generator ``reader(path, document)`` that yields Pages and Skips.
Why: the pipeline looks the reader up by the format ``open_document``
sniffed, so a new input format is one new module and one table entry.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from greatgame.ingest.html import read_html
from greatgame.ingest.jsonl import read_jsonl
from greatgame.ingest.text import read_text
from greatgame.ingest.warc import read_warc
from greatgame.records import Document, Page, Skip

READERS: dict[str, Callable[[str, Document], Iterator[Page | Skip]]] = {
    "text": read_text,
    "html": read_html,
    "warc": read_warc,
    "jsonl": read_jsonl,
}

__all__ = ["READERS"]
