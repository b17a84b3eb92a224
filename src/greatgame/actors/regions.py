"""Names spaCy tagged as organisations that are places: regions, administrative regions, towns of the article's state.

What: `region_place(linker, doc, text, start, end, out)` returns the place a name spaCy labelled ORG stands for,
else None:
- a name the gazetteer knows as a region or continent (its regions include seas, deserts, mountain ranges and
  valleys), when the knowledge base knows no actor of that name, the name is no acronym nor organisation-shaped
  ("... Council", "... Watch") and the sentence does not make it a speaker ("the Caucasus said");
- a name ending in an administrative region's head word ("Gorno-Badakhshan Autonomous Oblast", "Mangystau
  Region", "Kherson Governorate": `admin_region`): the gazetteer's admin region named by the rest of the name
  when it has one, else an unresolved place that the linker later makes approximate (approx.py);
- a one-word name the gazetteer knows as a town or district IN THE ARTICLE'S STATE (the state it names most,
  context.dominant_state), with the same checks ("Rushon" in an article about Tajikistan).
Why: the small model tags "the Caucasus", "Gorno-Badakhshan Autonomous Oblast (GBAO)" or a small mountain town
as an organisation, and the linker then made a new organisation actor of a place, which later took part in
events as a protest's target. Cities that stand for their governments ("Washington said") keep their metonym
handling, and a town abroad of an organisation's name ("Apple") is not touched.
"""
from __future__ import annotations

import re
from collections import Counter

from .context import dominant_state, local_institution
from .naming import unresolved_place
from .rules import ORG_HEADS, org_headed, span_root

REGION_KINDS = ("region", "continent")
ADMIN_KINDS = ("admin1", "admin2", "region")
TOWN_KINDS = ("city", "admin1", "admin2")
_SPEECH_LEMMAS = {"say", "tell", "announce", "report", "state", "claim", "deny", "warn", "add", "write",
                  "publish", "declare", "urge", "call", "reply", "respond", "insist", "argue"}
# The head words of an administrative region's name, after the region's own name.
_ADMIN_HEAD = re.compile(r"^(?P<core>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}?)[ \t]+"
                         r"(?:Autonomous[ \t]+)?(?:Oblast|Province|Region|Krai|Kray|Governorate|District|Okrug|"
                         r"Prefecture|Voivodeship|Oblys|Viloyat|Vilayat|Autonomous[ \t]+Republic)$")


def _speaker(doc, start: int, end: int) -> bool:
    """The name is the subject of a verb of saying: an organisation or a metonym, not a region."""
    root = span_root(doc, start, end) if doc is not None else None
    return root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH_LEMMAS


def _states(linker, out) -> list[str]:
    """ISO3 codes of the states the article has linked so far, most mentioned first."""
    counts = Counter(a.country for m in out.mentions if m.actor_id
                     for a in [out.actors.get(m.actor_id)] if a is not None and a.kind == "state" and a.country)
    return [c for c, _ in counts.most_common()]


def admin_region(linker, name: str, out, unknown: bool = False):
    """The place an administrative region's name ("Gorno-Badakhshan Autonomous Oblast") stands for: the
    gazetteer's admin region called like the name without its head words (one of the article's states first,
    then the most populous), else, with `unknown`, an unresolved place of the whole name; None for other names."""
    m = _ADMIN_HEAD.match(name) if isinstance(name, str) else None
    if m is None:
        return None
    found = [p for p in linker.gaz.candidates(m.group("core")) if p.kind in ADMIN_KINDS]
    if found:
        states = _states(linker, out) if out is not None else []
        rank = {c: k for k, c in enumerate(states)}
        return min(found, key=lambda p: (rank.get(p.country, len(rank)), -p.population))
    return unresolved_place(name) if unknown else None


def _home_town(linker, name: str, out):
    """The town or district of the article's state that a one-word name stands for, or None."""
    if " " in name or "-" in name or out is None:
        return None
    state = dominant_state(out, linker.kb)
    country = getattr(linker.kb.get(state), "country", None) if state else None
    if not country or name in ORG_HEADS or local_institution(linker, name, state) is not None:
        return None                       # "Congress" in an article about the United States: its congress
    found = [p for p in linker.gaz.candidates(name) if p.kind in TOWN_KINDS and p.country == country]
    return max(found, key=lambda p: p.population) if found else None


def region_place(linker, doc, text: str, start: int, end: int, out):
    """The place the name at [start, end) stands for (see the module doc), or None."""
    name = text[start:end] if isinstance(text, str) else ""
    if not name or name.isupper() or linker.by_alias(name) or _speaker(doc, start, end):
        return None
    admin = admin_region(linker, name, out, unknown=True)
    if admin is not None or org_headed(name):
        return admin
    if any(p.kind in REGION_KINDS for p in linker.gaz.candidates(name)):
        place = linker._place(name, text, out)
        if place is not None and place.kind in REGION_KINDS:
            return place
    return _home_town(linker, name, out)
