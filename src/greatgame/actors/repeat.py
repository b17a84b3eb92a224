"""A name linked once is the same name elsewhere in the article: its unclaimed repeats.

What: `repeat_names` links the unclaimed occurrences of names the linker linked elsewhere in the article
(KB aliases, gazetteer places, acronyms, organisations spaCy tagged once) and the bare surnames and
first names of people named in full (by any step: people.py), each to the link its name got most often; a
single word inside a longer capitalised name ("Explorer" of "Internet Explorer") is no repeat, nor is a new
actor's name inside the title of a cited work (works.py). "The Church"
after "the Church of Scientology" is that organisation when it is the article's only one with that head word.
Why: the small spaCy model tags a name in one sentence and misses it in the next; one sense per name
per article is right far more often than a sentence-by-sentence guess.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from ..textscan import has_word, occurrences
from .people import inside_longer_name, named_people
from .rules import GENERIC_PLACE_WORDS, JUNK, NOT_PLACES, ORG_HEADS, not_a_name, trim_span
from .bibliography import in_venue
from .works import in_cited_work

_REPEATABLE = {"alias", "surname", "gazetteer", "acronym", "first name"}


def _repeatable(name: str) -> bool:
    """A name worth looking for again: capitalised, not a common or generic word."""
    low = name.lower()
    return (len(name) >= 3 and name[:1].isupper() and low not in STOP_WORDS and low not in NOT_PLACES
            and low not in GENERIC_PLACE_WORDS and low not in JUNK)


def repeat_names(linker, text: str, out, persons: dict, add) -> None:
    """Unclaimed occurrences of names linked elsewhere in the article (spaCy tags a name in one sentence
    and misses it in the next), and bare surnames of people named in full, take the same link."""
    votes: dict[str, Counter] = {}
    for m in out.mentions:
        if (m.method in _REPEATABLE or (m.method == "new" and (m.text.isupper() or m.label == "ORG"))) \
                and m.label != "NORP":
            name = text[m.start:m.end] if m.label != "PERSON" else trim_span(m.start, m.end, text)[2]
            votes.setdefault(name, Counter())[(m.label, m.method, m.actor_id, m.place_id)] += 1
    people = ({a.id: a for a in persons.values()} | named_people(text, out, persons)).values()
    firsts = Counter(a.name.split()[0] for a in people)
    for a in people:                        # full names too, so that "Shalev" does not split "Aner Shalev"
        if " " in a.name and a.name in text:
            votes.setdefault(a.name, Counter())[("PERSON", "repeat", a.id, None)] += 1
    for a in people:
        first, last = a.name.split()[0], a.name.split()[-1]
        for word, method in ((last, "surname"), (first, "first name")):
            if " " in a.name and word[:1].isupper() and not word.isupper() and len(word) > 2 \
                    and (method == "surname" or (firsts[word] == 1 and not linker.by_alias(word))) \
                    and not has_word(text, word.lower(), hyphen=False):   # "santorum", "poet": a word too
                votes.setdefault(word, Counter())[("PERSON", method, a.id, None)] += 1
    for name, counter in sorted(votes.items(), key=lambda kv: -len(kv[0].split())):   # longer names first
        if not _repeatable(name):
            continue
        (label, method, actor_id, place_id), _ = counter.most_common(1)[0]
        actor, place = out.actors.get(actor_id or ""), out.places.get(place_id or "")
        if actor is None and actor_id is not None:
            actor = next((a for a in people if a.id == actor_id), None)
        if actor is None and place is None:
            continue
        for start in occurrences(text, name, not_before="w.-", not_after="w-"):   # as (?<![\w.-])name(?![\w-])
            end = start + len(name)
            if " " not in name and (not_a_name(text, start, end) or inside_longer_name(text, start, end)):
                continue                  # "Image: Nick Moreau" after "Captain America Image"; "Internet Explorer"
            if actor is not None and actor.origin != "kb" and (in_cited_work(text, start, end) or (
                    label == "PERSON" and in_venue(text, start, end))):
                continue                  # words of a cited work's title or a note's venue, not the new actor
            add(start, end, label, "repeat" if method != "surname" else "surname", 0.5,
                actor=actor, place=place)
    head_repeats(text, out, add)


_HEAD_FORM = re.compile(r"(?<![\w-])[Tt]he\s+([A-Z][a-z]+)(?![\w'’-])(?!\s+(?:(?:of|for|on|and)\b|&|[A-Z]))")


def head_repeats(text: str, out, add) -> None:
    """"the Church" after "the Church of Scientology", "the Council" after "the Refugee Council": a capitalised
    organisation head word after "the" is the one organisation of the article whose name that head word
    begins (before "of") or ends; when two organisations share it, it stays unlinked."""
    heads: dict[str, set[str]] = {}
    for m in out.mentions:
        words = m.text.split()
        if m.label != "ORG" or not m.actor_id or len(words) < 2 or m.actor_id not in out.actors:
            continue
        for w in {words[-1], words[0] if len(words) > 2 and words[1] in ("of", "for", "on") else ""} & ORG_HEADS:
            heads.setdefault(w, set()).add(m.actor_id)
    for found in _HEAD_FORM.finditer(text) if heads else ():
        ids = heads.get(found.group(1), set())
        if len(ids) == 1:
            add(found.start(1), found.end(1), "ORG", "repeat", 0.5, actor=out.actors[next(iter(ids))])
