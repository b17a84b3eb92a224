"""Acronyms defined in an article: what each stands for, and how a use of one is linked.

What: `defined_thing(long_form, hits, acro)` is what an acronym defined in the text stands for: the one
knowledge-base actor its long form names, else a facility's place when the long form names a building or
site ("Kennedy Space Center (KSC)"), else an administrative region's place ("Gorno-Badakhshan Autonomous
Oblast (GBAO)"), else a new organisation; `mention_args(thing, ...)` gives the label
and the actor or place a mention of it carries; `fuzzy_acronym` finds the defined acronym an all-caps word is one
letter off ("OSTO" for "CSTO") or two letters swapped ("GKBN" for "GKNB").
Why: "KSC" and "JSC" are where things happen, as their long forms are; linked as organisations they made
one site both a place and an actor. Keeping these rules here keeps the linker's steps short.
"""
from __future__ import annotations

import re

from ..geo.gazetteer import Place
from ..records import Actor
from .naming import corpus_actor_id, label_of, to_actor, unresolved_place
from .regions import admin_region
from .rules import facility_name


def defined_thing(long_form: str, hits: list, acro: str, linker=None) -> Actor | Place:
    """The actor or place an acronym defined as `long_form` stands for (`hits`: the KB actors of that name;
    with `linker`, an administrative region's name is its place: regions.admin_region)."""
    if len(hits) == 1:
        return to_actor(hits[0])
    region = admin_region(linker, long_form, None, unknown=True) if linker is not None else None
    if region is not None:
        return region
    if facility_name(long_form):
        return unresolved_place(long_form)
    return Actor(corpus_actor_id("organization", long_form), long_form, "organization", aliases=(acro,),
                 origin="corpus")


def mention_args(thing: Actor | Place, method: str, confidence: float) -> tuple:
    """(label, method, confidence, actor, place) of a mention of what an acronym stands for, in the order the
    linker's `add` takes them."""
    if isinstance(thing, Place):
        return "FAC" if facility_name(thing.name) else "GPE", method, confidence, None, thing
    return label_of(thing), method, confidence, thing, None


def fuzzy_acronym(surface: str, local: dict) -> Actor | Place | None:
    """'OSTO' for 'CSTO', 'GKBN' for 'GKNB': an all-caps word one letter off, or with two neighbouring letters
    swapped, an acronym used in this article."""
    if not re.fullmatch(r"[A-Z]{3,8}", surface):
        return None
    close = {a.id: a for acro, a in local.items() if len(acro) == len(surface) and _one_off(acro, surface)}
    return next(iter(close.values())) if len(close) == 1 else None


def _one_off(acro: str, word: str) -> bool:
    """One letter replaced, or one pair of neighbouring letters swapped (same length)."""
    diff = [i for i, (x, y) in enumerate(zip(acro, word)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and acro[diff[0]] == word[diff[1]] and acro[diff[1]] == word[diff[0]])
