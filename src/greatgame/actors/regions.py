"""A region, continent, sea or mountain range that spaCy tagged as an organisation: the gazetteer's place.

What: `region_place(linker, doc, text, start, end, out)` returns the place a name spaCy labelled ORG stands for
when the gazetteer knows the name as a region or continent (its regions include seas, deserts, mountain ranges
and valleys), the knowledge base knows no actor of that name, the name is no acronym nor organisation-shaped
("... Council", "... Watch") and the sentence does not make it a speaker ("the Caucasus said"); else None.
Why: the small model tags "the Caucasus" or "the Balkans" as an organisation, and the linker then made a new
organisation actor of a region another sentence of the same article already resolved as a place. Cities that
stand for their governments ("Washington said") are no regions and keep their metonym handling.
"""
from __future__ import annotations

from .rules import org_headed, span_root

REGION_KINDS = ("region", "continent")
_SPEECH_LEMMAS = {"say", "tell", "announce", "report", "state", "claim", "deny", "warn", "add", "write",
                  "publish", "declare", "urge", "call", "reply", "respond", "insist", "argue"}


def _speaker(doc, start: int, end: int) -> bool:
    """The name is the subject of a verb of saying: an organisation or a metonym, not a region."""
    root = span_root(doc, start, end) if doc is not None else None
    return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH_LEMMAS


def region_place(linker, doc, text: str, start: int, end: int, out):
    """The region or continent the name at [start, end) stands for (see the module doc), or None."""
    name = text[start:end] if isinstance(text, str) else ""
    if not name or name.isupper() or org_headed(name) or linker.by_alias(name):
        return None
    if not any(p.kind in REGION_KINDS for p in linker.gaz.candidates(name)):
        return None
    if _speaker(doc, start, end):
        return None
    place = linker._place(name, text, out)
    return place if place is not None and place.kind in REGION_KINDS else None
