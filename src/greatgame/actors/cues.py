"""Names the words around them show to be no actor nor place: vehicles, storms, works, currencies, things.

What: `refine(text, out, doc)` drops from a linked article (a `Linked`) the mentions that their cue words mark
as something else: the name of a ship, spacecraft or other vehicle ("the cruise ship Sea Lark", "Space Shuttle
Columbia"), of a storm ("Hurricane Katrina", "Cyclone Mira") or of a work ("the 1999 film Silent Harbour", "the
novel Blue Steppe"), each with its other uses in the article that no knowledge-base actor claims, since one
name keeps one sense in one text; a state written as a currency's prefix ("US$ 20,000", "HK$"); a one-word
person's name heading a noun phrase after a determiner ("he ordered a Kowalski", "their own Kowalski"), which
English writes only for a thing named after somebody ("the Kowalski family" keeps its person); an acronym the
text defines as a thing ("ROS [reactive oxygen species]"). Actors and places left without a mention are
dropped too. Then surnames.py tells people from the places their surnames name.
Why: spaCy's small model tags such names as people, organisations or places and the gazetteer then finds a
town called Columbia; an analyst counting actors would count ships, drinks and cyclones. The cue words are
the ones a reader of news uses to tell them apart, and nothing here touches a name without its cue.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.dates_grammar import MONTH_NAMES, WEEKDAYS
from ..textscan import has_word
from .naming import forget_unused
from .rules import FAC_HEADS, ORG_HEADS
from .surnames import surname_people

_NAME = r"[A-Z][\w'’-]*(?: +(?:[A-Z][\w'’-]*|[0-9]+))*"
# The noun before a vehicle's name ("the cruise ship Sea Lark", "Space Shuttle Columbia", "the rover Curiosity");
# not after "to"/a modal, where "ship" is a verb ("to ship Kazakh grain").
_VEHICLE = re.compile(rf"(?<![\w-])(?<!to )(?<!will )(?<!would )(?:[Ss]hip|[Vv]essel|[Yy]acht|[Ll]iner|[Tt]anker"
                      rf"|[Ff]rigate|[Dd]estroyer|[Ww]arship|[Ss]ubmarine|[Ss]pacecraft|[Ss]paceship|[Oo]rbiter"
                      rf"|[Ss]huttle|[Rr]over|[Ss]atellite|[Ll]ander|[Aa]irship) *,? +(?P<name>{_NAME})")
_STORM = re.compile(rf"(?<![\w-])(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Super Typhoon|Storm) +(?P<name>{_NAME})")
# The noun before a work's title ("the 1999 film Silent Harbour", "his graphic novel Blue Steppe").
_WORK = re.compile(rf"(?<![\w-])(?:film|movie|novel|album|song|poem|opera|painting|documentary|sitcom|musical"
                   rf"|book|memoir|essay|sculpture|symphony) +(?P<name>{_NAME})")
_DETERMINER = re.compile(r"(?<![\w'’-])(?:the|a|an|my|your|his|her|its|our|their|every|own)\s+$", re.I)
# Words that end a vehicle's, storm's or work's name before them: "the book I wrote", "space shuttle Tuesday",
# "the Space Shuttle Program" (a programme, not a shuttle).
_NOT_NAME_WORDS = (ORG_HEADS | FAC_HEADS | {w.capitalize() for w in MONTH_NAMES | WEEKDAYS}
                   | {"I", "Image", "File", "Photo", "Program", "Programme", "Mission", "Project", "Facility",
                      "Crew", "Fleet", "Orbiter", "Orbiters", "Processing", "The", "A", "In", "On", "At"})
_VEHICLE_WORDS = {"Space", "Shuttle", "Spacecraft", "Ship", "Rover", "Probe"}
_KEEP = {"title", "context"}          # "the President": a role the linker resolved, not a bare name


def cue_names(text: str, doc=None) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names a cue word before them marks as a vehicle, storm or work; with a parse,
    not the subject of a relative clause on that noun ("the book Smith wrote", "the ship Iran seized")."""
    if not isinstance(text, str):
        return []
    out = []
    for pattern in (_VEHICLE, _STORM, _WORK):
        for m in pattern.finditer(text):
            words = m.group("name").split(" ")
            k = next((i for i, w in enumerate(words) if w in _NOT_NAME_WORDS), len(words))
            j = next((i for i, w in enumerate(words[:k]) if w not in _VEHICLE_WORDS), k)
            name = " ".join(words[j:k])              # "Enterprise" of "the orbiter, Space Shuttle Enterprise"
            start = m.start("name") + len(" ".join(words[:j])) + (1 if j else 0)
            if name and not name.isdigit() and not (pattern is not _STORM
                                                    and _relative_subject(doc, start, start + len(name))):
                out.append((start, start + len(name), name))
    return out


def _relative_subject(doc, start: int, end: int) -> bool:
    """The name at [start, end) is the subject of a relative clause on the noun before it ("praised the book
    Smith wrote", "inspected the ship Iran seized"): a finite verb follows the name, and a verb or a preposition
    stands before the noun phrase the cue noun ends."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span) or span.end >= len(doc) or span.start == 0:
        return False
    if doc[span.end].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    i = span.start - 1                                    # the cue noun, then its determiner and modifiers
    while i > 0 and doc[i].tag_ in ("NN", "NNS", "JJ", "DT", "PRP$", "CD", "HYPH", "POS", "NNP"):
        i -= 1
    return i < span.start - 1 and (doc[i].tag_.startswith("VB") or doc[i].tag_ == "IN")


_ACRO_FIRST = re.compile(r"\b([A-Z]{2,6})s?\s*[(\[]\s*([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){1,6})")
_ACRO_IN_BRACKETS = re.compile(r"[(\[]\s*([A-Z]{2,6})s?\s*[)\]]")
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Za-z][\w'’-]*\s+){1,6}[A-Za-z][\w'’-]*)\s*$")
_LOOKBACK = 160                                  # characters before a bracketed acronym read for its long form


def acronym_things(text: str) -> set[str]:
    """Acronyms the text defines as a thing, not an organisation: "ROS [reactive oxygen species ...]", "iodine
    deficiency disorders (IDD)". The long form's initials spell the acronym and its head word is a common noun
    the text also writes in lower case ("species", "disorders"), not an organisation's head word."""
    out = set()
    if not isinstance(text, str):
        return out
    pairs = [(m.group(1), m.group(2).split()[:len(m.group(1))]) for m in _ACRO_FIRST.finditer(text)]
    for m in _ACRO_IN_BRACKETS.finditer(text):    # the long form before the bracket: read a short window only
        before = _WORDS_BEFORE.search(text[max(0, m.start() - _LOOKBACK):m.start()])
        if before:
            pairs.append((m.group(1), before.group(1).split()[-len(m.group(1)):]))
    for acro, words in pairs:
        if len(words) != len(acro) or "".join(w[0] for w in words).upper() != acro:
            continue
        head = words[-1]
        if head not in ORG_HEADS and head not in FAC_HEADS and has_word(text, head.lower()):
            out.add(acro)
    return out


def determined(text: str, start: int, end: int, doc=None) -> bool:
    """A determiner stands right before the word at [start, end) that heads its noun phrase ("a Santorum", "my
    Santorum was sweet", "their own Polaroid"), not one modifying the noun after it ("the Santorum cocktail",
    "a Hill administration": there the determiner belongs to that noun). Without a parse, only a word that no
    lower-case word other than a function word follows counts."""
    if _DETERMINER.search(text, max(0, start - 12), start) is None:
        return False
    if text[end:end + 1] == "-":
        return False                                  # "a Warhol-like wig"
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None and len(span):
        tok = span.root
        nxt = doc[span.end] if span.end < len(doc) else None
        return not ((tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i)
                    or (nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.text[:1].islower()))
    nxt = re.match(r" ([a-z]+)\b", text[end:end + 30])
    return nxt is None or nxt.group(1) in STOP_WORDS       # "a Kowalski at the bar", not "the Kowalski family"


def currency_prefix(text: str, end: int) -> bool:
    """The name ending at `end` is a currency's prefix: a dollar sign follows it ("US$", "HK$")."""
    return text[end:end + 1] == "$"


def refine(text: str, out, doc=None):
    """`out` (a Linked) without the mentions its cue words mark as no actor nor place (module docstring), then
    with people whose surname is a place's name told apart from that place (surnames.py)."""
    if not isinstance(text, str) or not out.mentions:
        return out
    cued = cue_names(text, doc)
    spans = [(s, e) for s, e, _ in cued]
    names = {n for _, _, n in cued}
    things = acronym_things(text)
    names |= things | {a + "s" for a in things}

    def kb_actor(m) -> bool:
        a = out.actors.get(m.actor_id) if m.actor_id else None
        return a is not None and a.origin == "kb"

    def drop(m) -> bool:
        if any(s < m.end and m.start < e for s, e in spans) and m.method not in _KEEP and not kb_actor(m):
            return True                                  # the cued name itself, or a mention holding it
        if m.text in names and not kb_actor(m):
            return True                                  # another use of that name in the article
        if m.label in ("GPE", "LOC") and currency_prefix(text, m.end):
            return True
        return (m.label == "PERSON" and " " not in m.text.strip() and m.method not in _KEEP
                and determined(text, m.start, m.end, doc))

    gone = [m for m in out.mentions if drop(m)]
    if not gone:
        return surname_people(text, out)
    out.mentions = [m for m in out.mentions if m not in gone]
    forget_unused(out, gone)                             # what only the dropped mentions named
    return surname_people(text, out)
