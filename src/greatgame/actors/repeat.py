"""A name linked once is the same name elsewhere in the article: its unclaimed repeats.

What: `repeat_names` links the unclaimed occurrences of names the linker linked elsewhere in the article
(KB aliases, gazetteer places, acronyms, organisations spaCy tagged once) and the bare surnames and
first names of people named in full, each to the link its name got most often.
Why: the small spaCy model tags a name in one sentence and misses it in the next; one sense per name
per article is right far more often than a sentence-by-sentence guess.
"""
from __future__ import annotations

from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from ..textscan import has_word, occurrences
from .rules import GENERIC_PLACE_WORDS, JUNK, NOT_PLACES, not_a_name, trim_span

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
    people = {a.id: a for a in persons.values()}.values()
    firsts = Counter(a.name.split()[0] for a in people)
    for a in people:
        first, last = a.name.split()[0], a.name.split()[-1]
        for word, method in ((last, "surname"), (first, "first name")):
            if " " in a.name and word[:1].isupper() and not word.isupper() and len(word) > 2 \
                    and (method == "surname" or (firsts[word] == 1 and not linker.by_alias(word))) \
                    and not has_word(text, word.lower(), hyphen=False):   # "santorum", "poet": a word too
                votes.setdefault(word, Counter())[("PERSON", method, a.id, None)] += 1
    for name, counter in votes.items():
        if not _repeatable(name):
            continue
        (label, method, actor_id, place_id), _ = counter.most_common(1)[0]
        actor, place = out.actors.get(actor_id or ""), out.places.get(place_id or "")
        if actor is None and actor_id is not None:
            actor = next((a for a in persons.values() if a.id == actor_id), None)
        if actor is None and place is None:
            continue
        for start in occurrences(text, name, not_before="w.-", not_after="w-"):   # as (?<![\w.-])name(?![\w-])
            end = start + len(name)
            if " " not in name and not_a_name(text, start, end):
                continue                  # "Image: Nick Moreau" after "Captain America Image"
            add(start, end, label, "repeat" if method != "surname" else "surname", 0.5,
                actor=actor, place=place)
