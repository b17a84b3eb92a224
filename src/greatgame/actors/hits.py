"""One knowledge-base hit of the trie scan, linked: a metonym, a demonym, a name or alias (`link_hit`).

What: `link_hit(linker, hit, doc, date, add, local, named)` decides what a matched form denotes: a capital
acting for its state ("Beijing said") or the city; a demonym's state or its people; else the one actor the
form names. Several people sharing a form ("Aliyev": Heydar, president until 2003, and Ilham after him) are
told apart first by the one of them the article names in full (`named`: "Heydar Aliyev ... Aliyev"), then
by the role held at the article's date (naming.disambiguate). `language_word(text, s, e)` is True for a
demonym used as a language's name ("known in Kazakh as Oral", "in Russian and Kazakh"), which names no actor.
Why: moved out of link.py (at its size limit) when the shared-surname and language readings were added; the
KB lists a shared surname under both people, and an analyst counting the Kazakhs group expected no mention
for a word of the Kazakh language.
"""
from __future__ import annotations

import re

from .kb import loose
from .match import Hit
from .naming import disambiguate, label_of, to_actor
from .rules import demonym_role, metonym_acts

# "in Kazakh as ...", "in Russian,", "in Kazakh and Russian", "from Uzbek": the word ends its phrase there.
_LANG_BEFORE = re.compile(r"(?:\b(?:in|from|into|speak|speaks|spoke|speaking|spoken)\s+"
                          r"(?:[A-Z][a-z]+\s+(?:and|or)\s+)?)$")
_LANG_AFTER = re.compile(r"(?:\s*[,;:.)\"”’]|\s+(?:as|or|and\s+[A-Z][a-z]+\s*(?:[,;:.)]|as\b|$)|is|means|for)\b|\s*$)")


def language_word(text: str, start: int, end: int) -> bool:
    """True when the word at [start, end) is a language's name: after 'in'/'from'/'speak' and not followed by
    a noun it qualifies ('in Kazakh as Oral', 'in Russian,'; not 'in Russian hands', 'in Kazakh territory')."""
    if not isinstance(text, str) or not (0 <= start < end <= len(text)):
        return False
    return bool(_LANG_BEFORE.search(text, max(0, start - 40), start)) and bool(_LANG_AFTER.match(text, end))


def full_names(linker, hits: list[Hit]) -> frozenset[str]:
    """Ids of the KB people the article names with a multiword name or alias ('Heydar Aliyev')."""
    out = set()
    for hit in hits:
        ids = {f.actor_id for f in hit.forms if " " in f.text and f.field in ("name", "aliases")}
        if len(ids) == 1 and " " in hit.text:
            (aid,) = ids
            a = linker.kb.get(aid)
            if a is not None and a.kind == "person":
                out.add(aid)
    return frozenset(out)


def surname_owners(linker, hits: list[Hit], people: list[tuple[int, int]], text: str) -> dict[str, set[str]]:
    """Loose surname -> the people the article names in full: KB people by their multiword hits, people the
    KB lacks by spaCy's multiword PERSON entities ("x:" + the name)."""
    out: dict[str, set[str]] = {}
    for aid in full_names(linker, hits):
        out.setdefault(loose(linker.kb.get(aid).name.split()[-1]), set()).add(aid)
    for s, e in people:
        words = text[s:e].split()
        if len(words) >= 2 and words[-1][:1].isupper():
            found = linker.by_alias(text[s:e])
            key = found[0].id if len(found) == 1 else "x:" + " ".join(words)
            out.setdefault(loose(words[-1].rstrip("'’s")), set()).add(key)
    return out


def _one_off(a: str, b: str) -> bool:
    """a and b differ by one substituted, inserted or deleted letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def surname_owner(owners: dict[str, set[str]], word: str, ids, named: frozenset[str]) -> str | None:
    """The one person named in full whose surname a one-word mention of KB people `ids` writes, when none of
    those people is named in full: "Sargsyan" after "Dr. Lilit Sargsyan" is not Serzh Sargsyan, "Motaqi" after
    "Amir Khan Muttaqi" is not Manouchehr Mottaki. None when no such person or several."""
    if not owners or " " in word or set(ids) & named:
        return None
    key = loose(word)
    found = owners.get(key) or (set().union(*(v for k, v in owners.items() if len(key) >= 5 and _one_off(k, key)))
                                if len(key) >= 5 else set())
    return next(iter(found)) if len(found) == 1 and not set(ids) & found else None


def link_hit(linker, hit: Hit, doc, date, add, local, named: frozenset[str] = frozenset(), text: str = "",
             owners: dict | None = None) -> None:
    """Link one trie hit through `add` (see the module's docstring)."""
    kb = linker.kb
    forms = hit.forms
    fields = {f.field for f in forms}
    ids = list(dict.fromkeys(f.actor_id for f in forms))
    if fields <= {"metonyms"} and len(ids) == 1:
        state = kb.get(ids[0])
        if doc is not None and metonym_acts(doc, hit.start, hit.end):
            add(hit.start, hit.end, "GPE", "metonym", 0.8, actor=to_actor(state))
        else:
            place = linker._place(hit.text, linker._doc_text(doc) if doc is not None else "", None)
            if place is not None:
                add(hit.start, hit.end, "GPE", "gazetteer", 0.8, place=place)
        return
    if "demonyms" in fields and not ({"name", "aliases"} & fields and len(ids) == 1):
        if language_word(text, hit.start, hit.end):
            return                                   # "known in Kazakh as Oral": the language
        role = demonym_role(doc, hit.start, hit.end) if doc is not None else "state"
        states = [i for i in ids if kb.get(i).kind == "state"]
        groups = [i for i in ids if kb.get(i).kind == "group"]
        if role == "state" and len(states) == 1:
            add(hit.start, hit.end, "NORP", "demonym", 0.75, actor=to_actor(kb.get(states[0])))
        elif role == "group" and len(groups) == 1:
            add(hit.start, hit.end, "NORP", "demonym", 0.75, actor=to_actor(kb.get(groups[0])))
        return
    actors = [kb.get(i) for i in ids]
    if owners and all(a.kind == "person" for a in actors) \
            and (owner := surname_owner(owners, hit.text, ids, named)) is not None:
        if owner.startswith("x:"):
            return                                   # a person the KB lacks: the surname rule links it
        actors = [kb.get(owner)]
    if len(actors) > 1:
        full = [a for a in actors if a.id in named]
        actors = full if len(full) == 1 else disambiguate(actors, date)
    if len(actors) == 1:
        a = actors[0]
        if a.kind == "group" and "demonyms" in fields and language_word(text, hit.start, hit.end):
            return                                   # "known in Kazakh as Oral": the language
        add(hit.start, hit.end, label_of(a), "alias", 0.95, actor=to_actor(a))
        if a.kind == "organization" and re.fullmatch(r"[A-Z]{2,8}s?", hit.text):
            local.setdefault(hit.text, to_actor(a))
