"""The article's own author named in its text: "Zhakupova's earlier brief" is the byline's Madina Zhakupova.

What: `by_author(article, out)` relinks each mention of one of the byline's people that the linker made a
one-word corpus actor or a place it could not resolve ("Zhakupova" tagged ORG) to the author as a person
(the corpus actor of the author's full name, so every article by that author shares it). Authors come
from the article's `author` field ("A and B", "A, B" and "A & B" are several); only full names of two or
more capitalised words count, and a mention already linked to the knowledge base or to a person named in
full is left alone.
Why: bylines and author boxes are cut from the body, so a think-tank analysis that cites its author's
earlier work by surname had no full name to tie the surname to, and the author became a junk organisation.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Actor
from .naming import corpus_actor_id, forget_unused

_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")
_FULL_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+")


def _authors(author) -> dict[str, str]:
    """Surname -> full name of each person in a byline; a surname two authors share is dropped."""
    out: dict[str, str] = {}
    for name in _SPLIT.split(author) if isinstance(author, str) else []:
        name = " ".join(name.split())
        if _FULL_NAME.fullmatch(name):
            surname = name.split()[-1]
            out[surname] = name if surname not in out else ""
    return {k: v for k, v in out.items() if v}


def by_author(article, out):
    """`out` with the byline's people found in the text linked to them (see the module's docstring)."""
    names = _authors(getattr(article, "author", None))
    if not names:
        return out
    mentions, gone = [], []
    for m in out.mentions:
        surface = re.sub(r"['’]s?$", "", m.text)
        full = names.get(surface) or (surface if surface in names.values() else None)
        actor = out.actors.get(m.actor_id) if m.actor_id else None
        corpus_word = actor is not None and actor.origin == "corpus" and " " not in actor.name
        unresolved = m.actor_id is None and (m.place_id or "").startswith("x-place-")
        if full is None or not (corpus_word or unresolved):
            mentions.append(m)
            continue
        person = Actor(corpus_actor_id("person", full), full, "person", origin="corpus")
        out.actors.setdefault(person.id, person)
        mentions.append(replace(m, actor_id=person.id, place_id=None, label="PERSON", method="author",
                                confidence=0.7))
        gone.append(m)
    out.mentions = mentions
    forget_unused(out, gone)
    return out
