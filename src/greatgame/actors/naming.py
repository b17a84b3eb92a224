"""How linked things are named: NER labels of KB actors, actor records, corpus actor and place ids.

What: `label_of` (the NER-style label of a KB actor), `to_actor` (a KB record as a stored Actor),
`corpus_actor_id` (the id of an actor the KB lacks), `disambiguate` (one of several actors sharing a
form), `unresolved_place` (a place the gazetteer lacks).
Why: the linker and its helpers (nested names, article context) must name things the same way, so that
one person is one actor across articles whichever step found them.
"""
from __future__ import annotations

from ..geo.gazetteer import Place
from ..records import Actor
from .kb import KBActor, normalize

KIND_LABEL = {"state": "GPE", "person": "PERSON", "organization": "ORG", "group": "NORP", "other": "ORG"}
GROUP_NORP_SECTORS = {"ETH", "REL", None}


def label_of(actor) -> str:
    """NER-style label: parties and armed groups are ORG, ethnic and religious groups NORP."""
    if actor.kind == "group" and actor.sector not in GROUP_NORP_SECTORS:
        return "ORG"
    return KIND_LABEL[actor.kind]


def to_actor(a: KBActor) -> Actor:
    return Actor(id=a.id, name=a.name, kind=a.kind, country=a.country, sector=a.sector,
                 aliases=tuple(a.aliases), wikidata=a.wikidata, origin="kb",
                 roles=tuple((r.title, r.of, r.start, r.end) for r in a.roles))


def disambiguate(actors: list[KBActor], date) -> list[KBActor]:
    """Several actors share a form: prefer one in office at the date, then a state, else give up. In an
    undated article, people sharing a surname ("Aliyev") are read as today's: the one still in office."""
    if date:
        active = [a for a in actors if any(r.valid_at(date) for r in a.roles)]
        if len(active) == 1:
            return active
    elif actors and all(a.kind == "person" for a in actors):
        current = [a for a in actors if any(r.end is None for r in a.roles)]
        if len(current) == 1:
            return current
    states = [a for a in actors if a.kind == "state"]
    return states if len(states) == 1 else actors


def corpus_actor_id(kind: str, name: str) -> str:
    """Deterministic id of an actor the knowledge base lacks: the same name gives the same id in every
    article. People are keyed by first and last name, so "Joseph S. Nye" and "Joseph Nye" are one."""
    words = normalize(name).split()
    if kind == "person" and len(words) > 2:
        words = [words[0], words[-1]]
    return f"x-{kind[0]}-" + ("-".join(words) or "unnamed")


def unresolved_place(name: str) -> Place:
    """A place the gazetteer does not know: kept as a mention, without coordinates."""
    return Place(id="x-place-" + "-".join(normalize(name).split()), name=name, country="", lat=None, lon=None,
                 geonames_id=None, kind="unknown")


def forget_unused(linked, gone) -> None:
    """Drop from `linked.actors` and `linked.places` what only the removed mentions `gone` named, so an
    article's actors and places are exactly those its remaining mentions link to."""
    used = {m.actor_id for m in linked.mentions} | {m.place_id for m in linked.mentions}
    for m in gone:
        if m.actor_id not in used:
            linked.actors.pop(m.actor_id, None)
        if m.place_id not in used:
            linked.places.pop(m.place_id, None)
