"""Names that look like new actors but are not, and misspelt names of known ones.

What: three checks the linker runs before it makes a corpus actor of a name nothing else knew:
`in_quoted_title` (the name lies inside a quoted title of a cited work: “Kazakh Language Schools Shift
from English to Chinese”), `attributive_word` (a lone capitalised word modifying a lower-case noun:
"a Trojan horse", "Romanov rule") and `transposed_alias` (one pair of adjacent letters swapped in a
long name the knowledge base knows: "Kazkahs" for "Kazakhs").
Why: reading the sample pages' actor list showed article titles from the footnotes as organisations,
an idiom as a person and a typo as a new group; analysts then count actors that do not exist. Each
check only stops or redirects the creation of an unknown actor, so names the knowledge base links
are untouched.
"""
from __future__ import annotations

import re

from .rules import trim_span, untitled

_OPEN, _CLOSE = "“\"«", "”\"»"
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*")
_WORD = re.compile(r"[\w'’-]+")
_SMALL = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "from", "with", "at", "by", "as",
          "vs", "versus", "into", "under", "over", "between", "after", "before", "amid", "about"}
MAX_TITLE = 300


def _quoted_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation ( “…” / "…" / «…» ) on the same line that encloses [start, end), if any."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - MAX_TITLE)
    for i in range(start - 1, lo - 1, -1):
        ch = text[i]
        if ch in _CLOSE and ch != '"':
            return None                       # a quotation closes before the name: it is outside
        if ch in _OPEN:
            close = _CLOSE[_OPEN.index(ch)]
            j = text.find(close, end, min(line_end, end + MAX_TITLE))
            return (i + 1, j) if j >= 0 else None
    return None


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a quoted headline-style title longer than the name itself
    (three or more words, every word of four letters or more capitalised): the title of a cited work,
    not an organisation. A quoted name alone (“Amanat”) or a quoted sentence is not a title."""
    if not isinstance(text, str) or not (0 <= start < end <= len(text)):
        return False
    span = _quoted_span(text, start, end)
    if span is None:
        return False
    inner = text[span[0]:span[1]].strip(" ,.;:")
    return len(inner) > (end - start) + 2 and headline_title(inner)


def headline_title(inner: str) -> bool:
    """A quotation's content is a headline-style title: three or more words, every word of four letters or
    more capitalised."""
    words = _WORD.findall(inner)
    if len(words) < 3:
        return False
    content = [w for w in words if w.lower() not in _SMALL and len(w) >= 4]
    return bool(content) and all(_TITLE_WORD.fullmatch(w) for w in content)


def attributive_word(doc, start: int, end: int) -> bool:
    """True when the span is one capitalised token modifying a lower-case common noun right after it
    ("a Trojan horse"): an adjective-like use, not a reference to somebody."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ not in ("compound", "amod") or tok.head.i != tok.i + 1:
        return False
    head = tok.head
    return head.pos_ == "NOUN" and head.text[:1].islower()


def transposed_alias(kb, surface: str):
    """The one knowledge-base actor whose name or alias is `surface` with two adjacent letters swapped
    back ("Kazkahs" -> Kazakhs), for words of six letters or more, first letter kept; else None.
    A single transposition at that length rarely turns one real name into another, unlike a changed or
    missing letter ("Austria"/"Australia")."""
    if not isinstance(surface, str) or " " in surface or len(surface) < 6 or not surface.isalpha() \
            or surface.isupper():
        return None
    found = {}
    for i in range(1, len(surface) - 1):
        if surface[i] == surface[i + 1]:
            continue
        variant = surface[:i] + surface[i + 1] + surface[i] + surface[i + 2:]
        for actor in kb.by_alias(variant):
            found[actor.id] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def someone_else(kb, hit, people: list[tuple[int, int]], text: str) -> bool:
    """True when a knowledge-base person's one-word name ("Mattis", "Xi") lies inside a longer person
    name of somebody else ("Peter Mattis", "Xi Chen"): none of the other words of that name starts like
    a word of the actor's own name. A variant spelling of the actor's given name ("Kassym-Zhomart
    Tokayev") and a title ("Mr. Putin") keep the link."""
    if " " in hit.text or not hit.forms or not all(kb.get(f.actor_id).kind == "person" for f in hit.forms):
        return False
    for s, e in people:
        if s <= hit.start and hit.end <= e and e - s > hit.end - hit.start:
            others = [w for w in _WORD.findall(untitled(trim_span(s, e, text)[2])) if w != hit.text]
            if not others:
                return False                          # only a title or honorific around the name
            own = {w[:1].lower() for f in hit.forms for w in _WORD.findall(kb.get(f.actor_id).name)
                   if w != hit.text}
            return not any(w[:1].lower() in own for w in others)
    return False


def in_longer_name(kb, hit, longer: list[tuple[int, int]], people: list[tuple[int, int]], text: str) -> bool:
    """A state's name, demonym or capital inside a longer name of something else ("University of Helsinki");
    a person's one-word name inside somebody else's full name (`someone_else`: "Peter Mattis" is not Jim
    Mattis). Moved here from link.py, which is at its size limit."""
    if someone_else(kb, hit, people, text):
        return True
    if not all(f.field in ("metonyms", "demonyms") or kb.get(f.actor_id).kind == "state" for f in hit.forms):
        return False                  # a person's or organisation's own name stays
    return any(s <= hit.start and hit.end <= e and (e - s) > (hit.end - hit.start) for s, e in longer)
