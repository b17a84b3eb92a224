"""Numbered endnotes and bibliography entries: their authors, titles and venues.

What: for a text's citation entries, the spans that name no new actor and the authors that are people:
- an endnote opening "1. " (as works.py reads "[1] " notes): the quoted title right after its author
  ('2. Jane Roe, "Steppe Empires: An Ethnographic View," Eurasia Papers 8 (2011).') is a title whatever its
  capitals, and the venue after it ("Eurasia Papers", a column's name) is no person;
- a bibliography entry: a line after a "Bibliography" / "References" / "Sources" / "Works Cited" heading, or any
  line shaped "Surname, Given. Title. Place: Publisher, Year." that opens with an inverted author
  ("Roe, Jane." / "Poe, Lara K."): the author is one person mention "Roe, Jane" named "Jane Roe"
  (`cited_authors`), the title after it (up to its full stop, or its quotation) is a cited title
  (`entry_title_spans`).
Why: the think-tank pages end with notes and a bibliography; read as prose, "Lemon, Edward." made two people
"Lemon" and "Edward", "Markowitz, Lawrence P. State Erosion" a person "Lawrence P. State", and words of book
titles ("Societal Transformations") organisations.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..records import Actor
from .naming import corpus_actor_id

_NOTE = re.compile(r"^[ \t]*\d{1,3}\.[ \t]+", re.M)
# A note's author(s) then, optionally, "ed." / "eds.", then a quotation opening the title.
_NOTE_AUTHOR = re.compile(r"(?:(?:[A-Z][\w'’.-]*|and|&|de|van|von|al|le)[ \t]+){0,6}?[A-Z][\w'’-]*[a-z],"
                          r"(?:[ \t]+eds?\.,)?[ \t]+(?=[“\"])")
_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,300})[”\"]")
# A venue after a note's quoted title: capitalised words up to a comma, a bracket or a volume number.
_VENUE = re.compile(r"[ \t]*,?[ \t]*([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|on|in|for)){0,6}?)"
                    r"[ \t]*(?=[,(]|\d)")
_HEADING = re.compile(r"^[ \t]*(?:Bibliography|References|Sources|Works [Cc]ited|Further [Rr]eading|Literature)"
                      r"[ \t]*:?[ \t]*$", re.M)
# "Roe, Jane." / "Poe, Lara K." / "Van Dyke, Ann Marie." at the start of a line.
_INVERTED = re.compile(r"^[ \t]*(?P<sur>(?:(?:van|von|de|al|Van|Von|De|Al)[ \t]+)?[A-Z][\w'’-]*[a-z][\w'’-]*)"
                       r",[ \t]+(?P<given>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?(?:[ \t]+[A-Z]\.)*)"
                       r"(?:(?<=\.)|\.)[ \t]+(?=[A-Z“\"])", re.M)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_TITLE_STOP = re.compile(r"\.[ \t]+(?=\S)|\.?[ \t]*$", re.M)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _entries(text: str) -> list[re.Match]:
    """Inverted-author matches of the bibliography entries: under a bibliography heading, or entry-shaped."""
    heading = _HEADING.search(text)
    after = heading.end() if heading else len(text)
    out = []
    for m in _INVERTED.finditer(text):
        line = text[m.start():_line_end(text, m.start())].rstrip()
        if m.start() >= after or (_YEAR.search(line) and line.endswith(".") and ":" in line[m.end() - m.start():]):
            out.append(m)
    return out


def _note_quotes(text: str) -> Iterator[re.Match]:
    """The quoted title right after the author of each numbered endnote ("4. Author, \"Title,\" ...")."""
    for note in _NOTE.finditer(text):
        author = _NOTE_AUTHOR.match(text, note.end())
        quote = _QUOTE.match(text, author.end()) if author else None
        if quote is not None:
            yield quote


@lru_cache(maxsize=16)
def entry_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the titles of numbered endnotes and bibliography entries (module doc)."""
    if not isinstance(text, str):
        return ()
    spans = [(quote.start(1), quote.end(1)) for quote in _note_quotes(text)]
    for m in _entries(text):
        quote = _QUOTE.match(text, m.end())
        if quote is not None:
            spans.append((quote.start(1), quote.end(1)))
            continue
        stop = _TITLE_STOP.search(text, m.end())
        end = stop.start() if stop else _line_end(text, m.end())
        if end > m.end():
            spans.append((m.end(), end))
    return tuple(sorted(set(spans)))


@lru_cache(maxsize=16)
def venue_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the venue names after the quoted titles of numbered endnotes: no people."""
    if not isinstance(text, str):
        return ()
    venues = (_VENUE.match(text, quote.end()) for quote in _note_quotes(text))
    return tuple((v.start(1), v.end(1)) for v in venues if v is not None and v.group(1))


def in_venue(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside the venue of a numbered endnote."""
    return any(s <= start and end <= e for s, e in venue_spans(text))


def cited_authors(text: str) -> list[tuple[int, int, str, str, Actor]]:
    """(start, end, "PERSON", "author", actor) for each inverted author opening a bibliography entry: the
    mention is "Surname, Given", the actor named "Given Surname" (one person with the prose's "Given Surname")."""
    if not isinstance(text, str):
        return []
    out = []
    for m in _entries(text):
        end = m.end("given")
        name = f"{m.group('given')} {m.group('sur')}"
        out.append((m.start("sur"), end, "PERSON", "author",
                    Actor(corpus_actor_id("person", name), name, "person", origin="corpus")))
    return out
