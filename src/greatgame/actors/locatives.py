"""Places read from the words around a name: "a fisherman from Aralsk", "the Kokaral dam", "the Volga region".

What: `from_place(linker, ent, surface, text, out)` is the town a one-word name after "from" (or "in", "at",
"near"...) denotes when the gazetteer knows it only by another spelling (Aralsk is an alternate name of Aral)
and that town lies in a country the article names; `noun_place(linker, surface, text, out)` is the gazetteer
place of a name a place noun follows ("the Volga and Urals regions"), when it is a region, or a town in a
country the article names; `noun_names(text)` finds the capitalised names spaCy did not tag that a lower-case
place or facility noun follows ("the Kokaral dam", "the Zangezur corridor", "the Hairatan crossing").
Why: the small model tags such names as people or organisations, or not at all, and the linker had made
"Aralsk" an organisation, the Volga a small town in Yaroslavl oblast, and found no Kokaral dam. A town by
another spelling is taken only in a named country, so "support from Kaspi" finds no far-away namesake.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_BEFORE = {"in", "at", "near", "across", "outside", "inside", "around", "from"}
_KINDS = ("city", "admin1", "admin2", "region")

# "the Kokaral dam", "the Zangezur corridor", "the Hairatan border crossing": the noun is lower case.
_NOUN_NAME = re.compile(
    r"(?<![\w.’'-])(?P<name>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?)\s+(?:border\s+)?"
    r"(?:dam|reservoir|canal|river|lake|valley|gorge|pass|corridor|crossing|checkpoint|steppe|desert|oasis|"
    r"basin|delta|plateau|mountains|peninsula|strait|border post|district|region|province|oblast|village|"
    r"town|county|prefecture|raion|rayon)s?\b")


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


def noun_names(text: str):
    """(start, end, name) of each capitalised name a lower-case place or facility noun follows."""
    if not isinstance(text, str):
        return
    for m in _NOUN_NAME.finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in STOP_WORDS:
            continue                                 # "The river", "This valley"
        yield m.start("name"), m.end("name"), name
