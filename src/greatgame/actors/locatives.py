"""Places read from the words around a name: "a fisherman from Aralsk", "the Kokaral dam", "the Volga region".

What: `from_place(linker, ent, surface, text, out)` is the town a one-word name after "from" (or "in", "at",
"near"...) denotes when the gazetteer knows it only by another spelling (Aralsk is an alternate name of Aral)
and that town lies in a country the article names; `noun_place(linker, surface, text, out)` is the gazetteer
place of a name a place noun follows ("the Volga and Urals regions"), when it is a region, or a town in a
country the article names; `noun_names(text)` finds the capitalised names spaCy did not tag that a lower-case
place or facility noun follows ("the Kokaral dam", "the Zangezur corridor", "the Hairatan crossing").
`known_place(linker, ent, surface, text, out)` reads a one-word name the gazetteer cannot resolve as a place
when it is another name of a place the article already placed ("Kashi" after "Kashgar"), follows "in" or
"near" ("In Stepanakert, ..."), or is joined by "and"/"or" to a placed name ("between Termez and Hairatan").
Why: the small model tags such names as people or organisations, or not at all, and the linker had made
"Aralsk" an organisation, the Volga a small town in Yaroslavl oblast, and found no Kokaral dam. A town by
another spelling is taken only in a named country, so "support from Kaspi" finds no far-away namesake.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .naming import unresolved_place
from .rules import GENERIC_PLACE_WORDS, NOT_PLACES

_BEFORE = {"in", "at", "near", "across", "outside", "inside", "around", "from", "between", "via", "through"}
_KINDS = ("city", "admin1", "admin2", "region")

# "the Kokaral dam", "the Torugart and Irkeshtam passes", "the Hairatan border crossing": the noun is lower case.
_WORD = r"[A-Z][a-z]+(?:['’-](?!s\b)[A-Za-z][a-z]*)*"            # "Zamyn-Uud", not "Armenia's"
_NAME = rf"{_WORD}(?: {_WORD})?"
_NOUNS = (r"(?:border\s+)?(?:dams?|reservoirs?|canals?|rivers?|lakes?|valleys?|gorges?|pass(?:es)?|corridors?|"
          r"crossings?|checkpoints?|steppes?|deserts?|oasis|oases|basins?|deltas?|plateaus?|mountains|peninsulas?|"
          r"straits?|posts?|exclaves?|enclaves?|districts?|regions?|provinces?|oblasts?|villages?|towns?|county|counties|"
          r"prefectures?|raions?|rayons?|customs posts?|(?:special\s+|free\s+)?(?:economic|trade)\s+zones?)\b")
_NOUN_NAME = re.compile(rf"(?<![\w.’'-])(?P<name>{_NAME})(?=(?:\s*(?:,|\band\b|\bor\b)\s*{_NAME})*\s+(?P<noun>{_NOUNS}))")
# Wide areas: an unknown name before one is no point worth guessing ("the Asia-Pacific region" is not the focus town).
_WIDE = re.compile(r"(?:regions?|provinces?|steppes?|deserts?|basins?|plateaus?|mountains|peninsulas?|rivers?|lakes?|"
                   r"valleys?|deltas?|straits?|oblasts?|prefectures?|counties|county)\b")
_IN = {"in", "near", "outside", "inside", "around"}
_JOINED_BEFORE = re.compile(rf"(?<![\w’'-])({_NAME})\s+(?:and|or)\s+$")
_JOINED_AFTER = re.compile(rf"\s+(?:and|or)\s+({_NAME})(?![\w’'-])")


def _named_countries(out) -> set[str]:
    return {a.country for a in out.actors.values() if a.kind == "state" and a.country}


def from_place(linker, ent, surface: str, text: str, out):
    """The town a one-word name after a preposition of place denotes, by any spelling, in a named country."""
    i = ent[0].i
    if " " in surface or i == 0 or ent.doc[i - 1].lower_ not in _BEFORE or not surface[:1].isupper():
        return None
    if not any(p.kind in _KINDS for p in linker.gaz.candidates(surface)):
        return None
    place = linker._place(surface, text, out)
    if place is None or place.kind not in _KINDS or place.country not in _named_countries(out):
        return None
    return place


def noun_place(linker, surface: str, text: str, out):
    """The gazetteer place of a name a place noun follows: a region, or a town in a country the article names."""
    place = linker._place(surface, text, out) if linker.gaz.candidates(surface) else None
    if place is None or place.kind not in _KINDS:
        return None
    if place.kind == "city" and place.country not in _named_countries(out):
        return None
    return place


def noun_names(text: str, nouns: bool = False):
    """(start, end, name) of each capitalised name a lower-case place or facility noun follows (with the noun
    after the name when `nouns`)."""
    if not isinstance(text, str):
        return
    for m in _NOUN_NAME.finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in STOP_WORDS:
            continue                                 # "The river", "This valley"
        yield (m.start("name"), m.end("name"), name) + ((re.sub(r"^border\s+", "", m.group("noun")),) if nouns else ())


def untagged_places(linker, text: str, out, ok, add) -> None:
    """Link through `add` each untagged name a place noun follows (`noun_names`) that `ok(start, end, name)`
    allows and that is no month, generic word or KB name: the gazetteer's place, else an unresolved one."""
    for s, e, name, noun in noun_names(text, nouns=True):
        low = name.lower()
        if ok(s, e, name) and low not in NOT_PLACES and low not in GENERIC_PLACE_WORDS \
                and not linker.by_alias(name) and not linker.kb.state_for(name):
            place = noun_place(linker, name, text, out)
            if place is None and _WIDE.match(noun):
                continue
            add(s, e, "LOC", "gazetteer" if place else "unresolved", 0.6 if place else 0.5,
                place=place or unresolved_place(name))


def known_place(linker, ent, surface: str, text: str, out):
    """A place for a one-word name spaCy tagged a person or organisation (module doc), or None: the place the
    article already placed under another of its names, else an unresolved place (approx.py may tie it to a
    neighbour)."""
    placed_at = {m.text: out.places[m.place_id] for m in out.mentions if m.place_id in out.places}
    if " " in surface or not surface[:1].isupper():
        return None
    if surface in placed_at:
        return placed_at[surface]                    # "at Hairatan" after "between Termez and Hairatan"
    placed = {p.id: p for p in out.places.values() if p.lat is not None}
    for p in linker.gaz.candidates(surface):
        if p.id in placed:
            return placed[p.id]                      # "Kashi" after "Kashgar"
    i, doc = ent[0].i, ent.doc
    after = text[ent.end_char:ent.end_char + 2]
    before = _JOINED_BEFORE.search(text, max(0, ent.start_char - 40), ent.start_char)
    joined = _JOINED_AFTER.match(text, ent.end_char)
    if (i > 0 and doc[i - 1].lower_ in _IN and after[:1] not in ("'", "’")) \
            or any(m is not None and m.group(1) in placed_at for m in (before, joined)):
        place = linker._place(surface, text, out) if linker.gaz.candidates(surface) else None
        return place if place is not None and place.kind in _KINDS else "unresolved"   # "In Stepanakert, ..."
    return None                                      # "between Termez and Hairatan": as its neighbour


_HYPHENED = re.compile(r"[A-Z][\w’']*(?:-[\w’']+)+")


def hyphen_place(linker, text: str, start: int, end: int, out):
    """(start, end, place) of the hyphenated place name a tagged piece belongs to ("Mazar" of
    "Mazar-i-Sharif", which the small model cuts into a place and a person), or None."""
    if not isinstance(text, str) or not (text[start - 1:start] == "-" or text[end:end + 1] == "-"):
        return None
    lo = start
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "-’'"):
        lo -= 1
    m = _HYPHENED.match(text, lo)
    if m is None or not (m.start() <= start and end <= m.end()) or not linker.gaz.candidates(m.group()):
        return None
    place = linker._place(m.group(), text, out)
    return (m.start(), m.end(), place) if place is not None and place.kind in _KINDS else None
