"""Typed records that flow between pipeline stages.

What: frozen, slotted dataclasses for every unit the pipeline passes on:
a Document (a file), a Page (one page inside it), an Extracted article (what a
cleaner found on a page), an Article (stored), and a Skip (bad input with its
coded reason).
Why: stages are generators over these records, so each stage can be tested
alone and run unchanged inside a Spark partition; immutability keeps stages
from reaching into each other's state.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """One input file (or one named member of an archive)."""

    id: str          # first 16 hex digits of sha256 of the raw bytes
    path: str
    sha256: str
    format: str      # text | html | warc | jsonl (gzip is transparent)
    size: int = 0


@dataclass(frozen=True, slots=True)
class Page:
    """One page of content inside a document: a whole file, a WARC response, a JSONL line."""

    document_id: str
    index: int                 # position of the page inside its document
    kind: str                  # "html" or "text"
    content: str               # decoded text or HTML
    url: str | None = None
    meta: dict = field(default_factory=dict)   # title/author/published/site/language given by the container


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article as a cleaner cut it from a page, before it gets an id."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None   # ISO date (YYYY-MM-DD) or None
    site: str | None = None
    url: str | None = None
    extractor: str = ""            # which method produced it (e.g. "trafilatura", "plaintext")


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article as stored and exported."""

    id: str
    document_id: str
    page: int
    index: int                      # position among the articles of its page
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    duplicate_of: str | None = None
    text_sha256: str = ""
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class Skip:
    """Input that was passed over, with a coded one-line reason."""

    path: str
    code: str
    reason: str

    def line(self) -> str:
        return f"{self.code} {self.path}: {self.reason}; skipped"


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor record as stored: from the knowledge base, or discovered in the corpus."""

    id: str
    name: str
    kind: str                      # state | person | organization | group | other
    country: str | None = None     # ISO3
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    origin: str = "kb"             # "kb" (knowledge base) or "corpus" (discovered)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's text linked to one actor or one place."""

    article_id: str
    start: int                     # character offsets into Article.text
    end: int
    text: str
    actor_id: str | None = None
    place_id: str | None = None
    label: str = ""                # NER-style label: PERSON, ORG, GPE, LOC, NORP, ...
    method: str = ""               # why this link: alias, acronym, title, surname, metonym, demonym, fuzzy, new
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression resolved to a date at its precision."""

    start: int                     # offsets into the article text
    end: int
    text: str
    value: str | None              # YYYY, YYYY-MM or YYYY-MM-DD; None when it cannot be resolved
    precision: str = ""            # year | month | day
    relative: bool = False         # resolved against an anchor (publication date or narrative time)


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when and where, with the evidence for each field (offsets into the article)."""

    id: str
    article_id: str
    type: str                      # PLOVER event type, upper case
    sentence: str
    start: int                     # the sentence's span in the article text
    end: int
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1
    mode: str | None = None
    cameo: str | None = None
    domain: str | None = None      # security | economic | diplomatic | cultural | legal | domestic
    date: str | None = None
    date_text: str | None = None
    date_start: int = -1
    date_end: int = -1
    source_actor_id: str | None = None
    source_text: str | None = None
    source_start: int = -1
    source_end: int = -1
    source_actor_ids: tuple[str, ...] = ()     # all actors when several act together
    target_actor_id: str | None = None
    target_text: str | None = None
    target_start: int = -1
    target_end: int = -1
    target_actor_ids: tuple[str, ...] = ()
    place_id: str | None = None
    place_text: str | None = None
    place_start: int = -1
    place_end: int = -1
    modality: str = "asserted"     # asserted | negated | future | hypothetical | alleged | historical
    attributed_to: str | None = None
    attributed_actor_id: str | None = None
    confidence: float = 0.5
    rule: str = ""                 # the pattern that fired, so an analyst can ask "why this code?"
