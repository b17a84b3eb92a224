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
    roles: tuple[tuple[str, str, str | None, str | None], ...] = ()   # (title, of, from, to), ISO dates


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


# ---- statements: quotes, quantities, frames, citations ----------------------------------------------
@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: a direct or indirect quote with its cue and the speaker linked to an actor."""

    article_id: str
    speaker_actor_id: str | None
    speaker_text: str | None       # the name that identifies the speaker (a pronoun's antecedent when resolved)
    text: str                      # the quoted content (article.text[start:end])
    cue: str                       # the cue verb or phrase ("said", "according to"); "" for a continuation
    direct: bool                   # the content is in quotation marks
    start: int
    end: int
    speaker_start: int = -1        # offsets of speaker_text in the article
    speaker_end: int = -1
    cue_start: int = -1
    cue_end: int = -1
    how: str = ""                  # subject | pronoun | according | noun | continuation | colon


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and the thing it counts ("at least 164 people were killed")."""

    article_id: str
    value: float                   # normalised: "$19.2 billion" -> 19200000000.0, "26%" -> 26.0
    unit: str | None               # ISO currency (USD, KZT, ...), "%", or a measure ("barrels per day", "km")
    text: str                      # the quantity as written, qualifier included
    subject: str | None            # the counted or measured thing ("people", "Kazakh students")
    sentence: str
    start: int
    end: int
    qualifier: str | None = None   # at least | more than | less than | about | up to | ...
    approximate: bool = False
    subject_start: int = -1
    subject_end: int = -1
    verb: str | None = None        # the governing verb ("killed", "invested"), for tying to an event
    verb_start: int = -1
    event_id: str | None = None    # filled by quantities.tie_to_events once events exist


@dataclass(frozen=True, slots=True)
class Frame:
    """A framing an article (or an actor in it) applies, with the span that shows it."""

    article_id: str
    frame: str                     # frame id from data/frames/*.yaml ("colour_revolution", ...)
    actor_id: str | None           # the actor applying the frame, None when it is the article's own voice
    evidence: str                  # the sentence holding the cue
    start: int                     # the cue's span in the article
    end: int
    cue: str = ""
    actor_text: str | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """One footnote, endnote or reference-list entry, parsed, with its markers in the text."""

    article_id: str
    marker: str                    # "1", "12", "*"
    text: str                      # the whole entry
    author: str | None = None
    title: str | None = None
    publisher: str | None = None   # publisher, journal, or outlet
    year: str | None = None
    url: str | None = None
    doi: str | None = None
    start: int = -1                # the entry's span in the article
    end: int = -1
    marker_offsets: tuple[int, ...] = ()   # start offsets of the in-text markers citing this entry
