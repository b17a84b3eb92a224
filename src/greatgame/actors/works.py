"""Capitalised word runs that are no organisation: titles of cited works, headings, fields of study.

What: `cited_title_spans(text)` finds the titles of the works an article cites: quoted headline-style titles
(“China and the Steppe: A New Order”), the unquoted title after the author of a footnote entry ("[3]", "3."
or "^"; "[3] Jane Roe. Steppe Empires: A History (London: Verso, 2001)", short form "[4] Roe, Steppe Empires, 12.";
not "[5] Roe, Steppe Weekly, 2021.", where an outlet follows the author) and a book's title after "in" before
its editors ("in Eurasian Futures. The Road Ahead, eds. J. Roe"), and the titles of numbered notes and
bibliography entries (bibliography.py).
`in_cited_work(text, start, end)` says a span lies inside one of those titles; `not_an_org(text, start, end)`
says a name the linker would make a NEW organisation is none: it lies in a cited title, repeats a name that
occurs inside one (the short form “China and the Steppe” of “China and the Steppe: A New Order”), names a
field of study after a degree ("an M.A. in International Relations") or is a run of words capitalised only
because its line is a title-case heading ("Water Sharing Division of Labour in Central Asia"; "Beijing Watch" in
"Moscow and Beijing Watch Closely", where an adverb makes the head word a verb).
Why: reading the think-tank pages' actor lists showed book and article titles, subjects of study and words
of section headings as organisations; an analyst counting organisations counts things that do not exist.
Knowledge-base actors and places are decided before these checks, so they are untouched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .bibliography import entry_title_spans, in_venue
from .noise import headline_title
from .rules import org_headed, title_cased_line

__all__ = ["cited_title_spans", "in_cited_work", "not_an_org", "field_of_study", "heading_line"]

MAX_TITLE = 300
_QUOTED = re.compile(r"[“\"«]([^”\"»\n]{3,%d})[”\"»]" % MAX_TITLE)
# A footnote entry: "[12] " or "^ " opening a line.
_ENTRY = re.compile(r"^[ \t]*(?:\[\d{1,3}\]|\^)[ \t]*", re.M)
_NOTE_OPEN = re.compile(r"^[ \t]*(?:\[\d{1,3}\]|\^|\d{1,3}\.[ \t])[ \t]*", re.M)     # also "12. "
# Its author(s): capitalised words and initials ("Joseph S. Nye", "L.N. Gumilyov", "A. Roe and B. Poe"), the
# last one a word ending in a small letter, then "." or "," and the work's title unless a quotation opens it.
_AUTHOR = re.compile(r"(?:(?:[A-Z][\w'’.-]*|and|&|de|van|von|al|le)[ \t]+){0,6}?[A-Z][\w'’-]*[a-z][.,]"
                     r"(?:[ \t]+eds?\.,)?[ \t]+(?=[A-Z])")         # "Jane Roe, ed., Title"
# The title ends before "(", before ", <page>" / ", <year>", or at a full stop ending a sentence or the line.
_TITLE_END = re.compile(r"[ \t]*\(|,[ \t]*(?:p\.[ \t]*)?\d|[.;][ \t]*$|\.[ \t]+(?=\S)|$", re.M)
# What follows a work's title, not an outlet's name: its publication details in brackets ("(London: Verso,
# 2001)", "(2nd Edition)") or, in a short-form citation, a page ("Nye, Soft Power, 61."; a year is no page).
_WORK_AFTER = re.compile(r"[ \t]*\(|,[ \t]*(?:pp?\.[ \t]*)?\d{1,3}(?!\d)")
# "in <book title>, eds. X" / ", ed. X" / ", edited by X": the book an essay appeared in.
_IN_BOOK = re.compile(r"(?<![\w-])in[ \t]+([A-Z][^“”\"()\n]{2,%d}?),?[ \t]+(?:eds?\.|edited[ \t]+by)" % MAX_TITLE)
_DEGREE = re.compile(r"(?:(?<![\w.])(?:M\.?A|B\.?A|M\.?Sc?|B\.?Sc?|Ph\.?D|M\.?Phil|MBA|LL\.?M|D\.?Phil)\.?"
                     r"|\b(?:degrees?|major|majored|majoring|diploma|doctorate|master['’]?s|bachelor['’]?s"
                     r"|specialization|specialisation)"
                     r"(?:[ \t]+degree)?)[ \t]+in[ \t]+(?:the[ \t]+)?$")
MAX_HEADING_WORDS = 16


@lru_cache(maxsize=16)
def cited_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every title of a cited work in `text`, in text order."""
    if not isinstance(text, str):
        return ()
    spans = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text) if headline_title(m.group(1))]
    for entry in _NOTE_OPEN.finditer(text):
        author = _AUTHOR.match(text, entry.end())
        if author is None:
            continue
        start = author.end()
        end = _TITLE_END.search(text, start)
        stop = end.start() if end is not None else len(text)
        if stop - start > 3 and "\n" not in text[start:stop] and _WORK_AFTER.match(text, stop):
            spans.append((start, stop))
    spans += [(m.start(1), m.end(1)) for m in _IN_BOOK.finditer(text)]
    spans += entry_title_spans(text)                # "1." notes' quoted titles, bibliography entries
    return tuple(sorted(set(spans)))


def in_cited_work(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside the title of a work the text cites."""
    return any(s <= start and end <= e for s, e in cited_title_spans(text))


def _in_some_title(text: str, name: str) -> bool:
    """The name occurs as whole words inside some cited title (its short-form citations and repeats are the
    title too), unless its shape says organisation ("... University", "... Watch")."""
    spans = cited_title_spans(text)
    if not spans or org_headed(name):
        return False                             # most articles cite no titles: no pattern to build
    pat = _whole_name(name)
    return any(pat.search(text, s, e) for s, e in spans)


@lru_cache(maxsize=4096)
def _whole_name(name: str) -> re.Pattern:
    """The name as whole words, compiled once (re's own cache of 512 patterns overflowed on long articles)."""
    return re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")


def field_of_study(text: str, start: int) -> bool:
    """The span follows a degree or study word and "in": "an M.A. in International Relations", "a degree in
    Oriental Studies", "she majored in Political Science"."""
    return _DEGREE.search(text, max(0, start - 60), start) is not None


def _heading_shape(line: str) -> bool:
    """Short, (nearly) every longer word capitalised, no closing punctuation, not a footnote entry."""
    line = line.strip()
    if not line or line[-1] in ".!?;:,\"”»)]" or _ENTRY.match(line) or len(line.split()) > MAX_HEADING_WORDS:
        return False
    return title_cased_line(line, 0)


def _neighbour_line(text: str, start: int, end: int, step: int) -> str:
    """The nearest non-blank line before (step -1) or after (step 1) the line [start, end)."""
    lines = text[:start].split("\n")[::-1][1:] if step < 0 else text[end:].split("\n")[1:]
    return next((ln for ln in lines[:6] if ln.strip()), "")


def heading_line(text: str, pos: int) -> bool:
    """The line around `pos` is a lone title-case heading: short, (nearly) every longer word capitalised, no
    closing punctuation, and neither line next to it has that shape too (a list of names is no heading)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not _heading_shape(text[start:end]):
        return False
    return not any(_heading_shape(_neighbour_line(text, start, end, step)) for step in (-1, 1))


def not_an_org(text: str, start: int, end: int, label: str = "ORG") -> bool:
    """A capitalised name the linker would make a new organisation but that is none (see the module doc);
    for another label (a person, a group) only a name inside a cited title is none."""
    if not isinstance(text, str) or not (0 <= start < end <= len(text)):
        return False
    if label != "ORG":                              # a note's venue ("Eurasia Papers") is no person either
        return in_cited_work(text, start, end) or in_venue(text, start, end)
    name = text[start:end]
    if in_cited_work(text, start, end) or field_of_study(text, start) or _in_some_title(text, name):
        return True
    return heading_line(text, start) and not (org_headed(name) and not _ADVERB_AFTER.match(text, end))


# A heading's word after a name that makes the name's last word a verb: "Moscow and Beijing Watch Closely".
_ADVERB_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+ly(?![\w-])")
