"""People in one article: which names are people's, and which later short forms refer to them.

What: `titled` tells a name preceded by a title or a lower-case role noun ("Home Secretary X", "writer
Aner Shalev"), which makes an unknown capitalised pair a person; `not_a_person` rejects a multiword
"person" whose first word the same text also writes in lower case ("Space Shuttle Atlantis" beside "the
shuttle's space flight") and a dynasty's name before "rule", "dynasty", "era" ("under Romanov and Soviet rule");
`person_pieces` splits a run of proper nouns that names several things ("Mario
J. Lucero and Isabel Ruiz of Heaven Sent Gaming") into its parts and types the people among them;
`named_people` lists the people the linker found in full by any step (the knowledge base, spaCy, a name's
shape), so that their later surnames and given names ("Ruiz", "Isabel") can be linked to them;
`name_start` widens a surname the tagger took alone back over the full name written there ("Galil" of
"Oren Galil"); `inside_longer_name` tells a single word that is only part of a longer capitalised name
("Explorer" in "Internet Explorer").
Why: the small spaCy model calls vehicles and products people and misses most names of people it has
not seen; an article names a person in full once and by one word afterwards, and interviews use the
given name. Each rule looks only at the article itself, so it holds for any page.
"""
from __future__ import annotations

import re

from ..textscan import has_word
from .rules import GIVEN_NAMES, PERSON_TITLES, context_label, looks_like_name, org_headed, title_start, trim_span

_PREV_WORD = re.compile(r"([A-Z][\w'’-]*) $")
_NEXT_WORD = re.compile(r" (?:[A-Z][a-z][\w'’-]*)")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\[\n]\s*)$")


ROLE_NOUNS = frozenset("""
writer author novelist poet journalist reporter columnist editor publisher photographer artist painter sculptor
actor actress singer songwriter musician composer director producer filmmaker comedian cartoonist illustrator
designer architect curator historian philosopher mathematician scientist physicist chemist biologist researcher
economist analyst professor lecturer academic scholar teacher student doctor surgeon nurse lawyer attorney
barrister solicitor judge prosecutor spokesman spokeswoman spokesperson minister senator governor mayor
councillor councilor lawmaker politician diplomat ambassador envoy candidate nominee activist campaigner
blogger entrepreneur businessman businesswoman founder co-founder chairman chairwoman ceo coach manager player
goalkeeper striker midfielder defender captain referee athlete officer soldier commander interviewee cosplayer
magician priest bishop imam rabbi pilot astronaut engineer
""".split())
_ROLE_BEFORE = re.compile(r"(?<![\w-])(?:%s)\s+$" % "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)))


def titled(text: str, start: int) -> bool:
    """A title ("Professor", "Home Secretary") or a lower-case role noun ("writer Aner Shalev", "goalkeeper
    X") stands right before the name starting at `start`: a person's name follows."""
    return title_start(text, start) < start or _ROLE_BEFORE.search(text, max(0, start - 30), start) is not None


# After a dynasty's or a ruler's name: "under Romanov and Soviet rule", "the Qing dynasty", "the Timurid era".
_DYNASTY_AFTER = re.compile(r"(?:[ \t]+(?:and|or|&)[ \t]+[A-Z][\w-]+)?[ \t]+(?:rule|dynasty|dynasties|era|reign|"
                            r"empire|period|times)(?![\w-])")


def not_a_person(text: str, name: str, end: int | None = None) -> bool:
    """A name tagged PERSON that is no person's name: a multiword name whose first word is not a known given name
    and that the text also writes in lower case ("Space Shuttle Discovery"); with the name's `end` offset, one
    word before "rule", "dynasty", "era" ("under Romanov and Soviet rule": a dynasty, not a person)."""
    words = name.split()
    if len(words) == 1 and end is not None and _DYNASTY_AFTER.match(text, end):
        return True
    if len(words) < 2:
        return False
    first = words[0]
    return first not in GIVEN_NAMES and first.lower() != first and has_word(text, first.lower())


def person_pieces(text: str, start: int, words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, "PERSON") of the people in a proper-noun run starting at `start` whose words are joined by
    "and"/"of"/"for" and that is no one name as a whole: each piece between the joining words is typed by its
    own shape ("Isabel Ruiz" in "Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming")."""
    offsets, pos = [], start
    for w in words:                       # each word's place in the text (tokens may touch: "d'Ettorre")
        pos = text.find(w, pos)
        if pos < 0:
            return []
        offsets.append((pos, pos + len(w)))
        pos += len(w)
    pieces, first = [], 0
    for i, w in enumerate(words + ["and"]):
        if w in ("and", "of", "for", "&"):
            if i > first:
                pieces.append((first, i))
            first = i + 1
    if len(pieces) < 2:
        return []
    return [(offsets[a][0], offsets[b - 1][1], "PERSON") for a, b in pieces
            if context_label(words[a:b], False) == "PERSON"]


def named_people(text: str, out, persons: dict) -> dict:
    """Surname-index entries (as `persons`) for the people linked in full by later steps (a name's shape,
    spaCy's new names) that the index lacks: actor id -> actor."""
    known = {a.id for a in persons.values()}
    found = {}
    for m in out.mentions:
        if m.label != "PERSON" or m.method not in ("shape", "new") or not m.actor_id or m.actor_id in known:
            continue
        name = trim_span(m.start, m.end, text)[2]
        actor = out.actors.get(m.actor_id)
        if actor is not None and " " in name and looks_like_name(name) and not org_headed(name):
            found[m.actor_id] = actor
    return found


def name_start(text: str, start: int, end: int, name: str) -> int:
    """Where a person's mention ending at `end` starts when the person's full `name` is written there and the
    tagger took only its last word ("Galil" of "Oren Galil"); else `start`."""
    return end - len(name) if end - len(name) < start and text.startswith(name, end - len(name)) else start


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """The single word at [start, end) stands inside a longer capitalised name: a capitalised word other than
    a title comes right before it (not opening a sentence), or one comes right after it."""
    if _NEXT_WORD.match(text, end):
        return True
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if m is None or m.group(1) in PERSON_TITLES:
        return False
    return _SENTENCE_END.search(text, max(0, m.start() - 3), m.start()) is None
