"""People whose names the tagger split or took for places: "Carly Simon" tagged as "Simon"; "Lena Dakar, a
nurse from Lyon, said ... Dakar said".

What: `surname_people(text, out)` rewrites a linked article (a `Linked`) in three steps. A one-word person the
tagger took without the given name written right before it ("Carly Simon" tagged as "Simon") gets it back,
with every mention of that one-word actor. A capitalised pair followed by an appositive that describes a
person ("Lena Dakar, a nurse", "Tom Hanover, an Australian woman", "Lena Dakar, 34,") becomes one person
mention, there and wherever the article writes it again, when the linker had split it into other mentions
(a place for "Dakar", nothing or a place for "Lena"). Last, every one-word place mention that repeats the
surname of a person the article names in full (a knowledge-base person, one so described, or a name starting
with a common given name) becomes a mention of that person, unless a preposition of place introduces it
("flew to Dakar") or the article also writes that place with its country or state ("Dakar, Senegal").
Actors and places left without a mention are dropped.
Why: news names a person in full once and by surname afterwards; when that surname is also a capital's or
a city's name, the gazetteer and the capital-as-state rule claim it first, and an article about one woman
becomes an article about a city and a state. A reader tells them apart by exactly these cues.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.dates_grammar import MONTH_NAMES, WEEKDAYS
from ..records import Actor, Mention
from ..textscan import has_word, occurrences
from .naming import corpus_actor_id, forget_unused
from .people import ROLE_NOUNS
from .rules import GIVEN_NAMES, PERSON_TITLES, looks_like_name, org_headed, untitled

PERSON_NOUNS = ROLE_NOUNS | frozenset("""
woman man girl boy mother father wife husband son daughter widow widower grandmother grandfather resident
citizen national mother-of-two father-of-two teenager pensioner retiree survivor victim witness member
""".split())
_PAIR = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w'’-]*) ([A-Z][a-z][\w'’-]*)"
                   r"(?=, (?:(?:a|an|the) (?P<desc>[\w -]+)|\d{1,3},))")
_PLACE_PREP = re.compile(r"(?<![\w-])(?:in|at|near|from|to|into|across|outside|inside|around|of|via|toward|towards"
                         r"|through|across|over|visit|visited|visiting)\s+(?:the\s+)?$", re.I)
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def appositive_people(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of capitalised pairs that an appositive describes as a person."""
    out = []
    for m in _PAIR.finditer(text):
        desc = m.group("desc")                         # "Australian woman and former ...": a person noun
        name = f"{m.group(1)} {m.group(2)}"           # among its first four words
        if (desc is None or PERSON_NOUNS.intersection(desc.split()[:4])) and looks_like_name(name) \
                and not org_headed(name):
            out.append((m.start(1), m.end(2), name))
    return out


_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w-]*) $")
_ADVERBS = {"yesterday", "today", "tonight", "tomorrow", "earlier", "later", "recently", "previously", "currently",
            "instead", "finally", "eventually", "separately", "overall", "initially", "officially", "publicly"}
_NOT_GIVEN = ({w.capitalize() for w in STOP_WORDS | MONTH_NAMES | WEEKDAYS | _ADVERBS}
              | {t.split()[-1] for t in PERSON_TITLES})


def given_name_before(text: str, mentions: list) -> dict:
    """Person mentions of one word that the tagger took without the given name written right before them
    ("Carly Simon", "Enver Solomon" tagged as "Simon", "Solomon") -> the start of that given name. The word
    before must be capitalised, no title, function word, adverb ("Yesterday Smith said"), month or weekday, no
    word the text also writes in lower case, and no part of another mention."""
    taken = [(m.start, m.end) for m in mentions]
    out = {}
    for m in mentions:
        if m.label != "PERSON" or m.method != "new" or " " in m.text:
            continue
        g = _GIVEN_BEFORE.search(text, max(0, m.start - 30), m.start)
        if g is None or g.group(1) in _NOT_GIVEN or has_word(text, g.group(1).lower()) \
                or any(s < g.end(1) and g.start(1) < e for s, e in taken):
            continue
        out[m] = g.start(1)
    return out


def surname_people(text: str, out):
    """`out` with split appositive people joined and place mentions of their surnames made theirs."""
    if not isinstance(text, str) or not out.mentions:
        return out
    mentions = list(out.mentions)
    renamed = {}                                               # a one-word actor -> the full name's actor
    for m, start in given_name_before(text, mentions).items():
        name = text[start:m.end]
        actor = renamed.setdefault(m.actor_id, Actor(corpus_actor_id("person", name), name, "person",
                                                     origin="corpus"))
        out.actors.setdefault(actor.id, actor)
        mentions[mentions.index(m)] = replace(m, start=start, text=name, actor_id=actor.id)
    mentions = [replace(m, actor_id=renamed[m.actor_id].id) if m.actor_id in renamed else m for m in mentions]
    found = {name for _, _, name in appositive_people(text)}
    spans = [(p, p + len(name), name) for name in sorted(found) for p in occurrences(text, name)]
    for s, e, name in spans:                                   # the described pair and its other uses
        inside = [m for m in mentions if m.start < e and s < m.end]
        if any(m.label == "PERSON" for m in inside) or not any(m.label in _PLACE_LABELS for m in inside) \
                or any(m.start < s or m.end > e for m in inside):
            continue                     # spaCy saw the person, or nothing was claimed, or a longer name holds it
        actor = Actor(corpus_actor_id("person", name), name, "person", origin="corpus")
        out.actors.setdefault(actor.id, actor)
        mentions = [m for m in mentions if m not in inside]
        mentions.append(Mention(out.mentions[0].article_id, s, e, name, actor.id, None, "PERSON", "appositive", 0.5))
    people: dict[str, Actor | None] = {}
    for m in mentions:
        a = out.actors.get(m.actor_id) if m.label == "PERSON" and m.actor_id else None
        words = untitled(m.text).split()
        sure = a is not None and (a.origin == "kb" or " ".join(words) in found or words[0] in GIVEN_NAMES)
        if sure and len(words) >= 2 and looks_like_name(" ".join(words)):    # not a mistagged "Kiev Moscow"
            people[words[-1]] = a if people.get(words[-1], a) is a else None     # two people: no one's
    placed = {m.text for m in mentions if m.label in _PLACE_LABELS} & set(people)
    with_state = {w for w in placed if re.search(rf"(?<![\w-]){re.escape(w)}, [A-Z]", text)}
    changed = []
    for m in mentions:
        a = people.get(m.text) if m.label in _PLACE_LABELS and m.text not in with_state else None
        if a is None or _PLACE_PREP.search(text, max(0, m.start - 20), m.start):
            changed.append(m)
            continue
        changed.append(replace(m, actor_id=a.id, place_id=None, label="PERSON", method="surname", confidence=0.5))
    if changed == list(out.mentions):
        return out
    gone = [m for m in out.mentions if m not in changed]
    out.mentions = sorted(changed, key=lambda m: m.start)
    forget_unused(out, gone)                             # what only the replaced mentions named
    return out
