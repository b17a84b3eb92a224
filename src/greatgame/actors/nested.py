"""Names inside longer names: "Canada" in "Fan Expo Canada", "U.S." in "U.S. Air Force", "Copenhagen" in
"University of Copenhagen", "Andy Warhol" in "Andy Warhol Foundation"; and people's names widened over
their titles ("President Obama", "U.S. President Donald Trump").

What: `nested_mentions(linker, text, linked)` returns extra mentions that lie strictly inside the linker's
(flat, non-overlapping) mentions: knowledge-base states and organisations found by the trie inside the longer
name, gazetteer places after "of" or before an organisation's head word, and people named elsewhere in the same
article, and the leader in "<leader>'s government"; never another state's body named by the bare head of an
organisation of some state ("State Committee ..." in "Tajik State Committee ..."). They carry method "nested"
and go to `Linked.nested`, never to `Linked.mentions`; their actor and place ids are the knowledge base's, the
gazetteer's or an actor already in `Linked.actors`.
`extend_titles` widens person mentions over the title written before the name and a state naming that
office, as GUM and ACE annotate them; the state then comes back as a nested mention.
Why: a flat mention list must choose one span ("the U.S. Department of Agriculture"), yet the name inside
it also says something (the department is American); annotated corpora such as GUM mark both, and an
analyst searching for Canada may want "Fan Expo Canada". Keeping them apart leaves every consumer of flat
mentions (events, store) unchanged.
"""
from __future__ import annotations

import re

from ..records import Mention
from ..textscan import has_word, occurrences
from .naming import label_of, to_actor
from .rules import GENERIC_PLACE_WORDS, ORG_HEADS, PERSON_TITLES, title_start, trim_span

_OF_TAIL = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)$")
_TITLE_AT = re.compile(r"(?:Former\s+|Deputy\s+|Vice\s+)?(?:%s)\b"
                       % "|".join(sorted(map(re.escape, PERSON_TITLES), key=len, reverse=True)))
_TITLE_NEXT = re.compile(r"(?:['’]s)?\s+" + _TITLE_AT.pattern)      # "U.S." + " President" in a person's span
_NESTABLE = {"ORG", "FAC", "GPE", "LOC", "PERSON", "EVENT"}
_HEADISH = ORG_HEADS | {"Sun", "Paper", "Star", "Mail", "Chronicle", "Gazette", "Magazine", "Weekly", "Daily",
                        "Airport", "Station", "Stadium", "Museum", "Hospital", "Center", "Centre", "School"}


def nested_mentions(linker, text: str, linked) -> list[Mention]:
    """Mentions strictly inside the linked mentions (see the module docstring), in text order."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    flat = {(m.start, m.end) for m in linked.mentions}
    people = _people(text, linked)
    countries = {p.country for p in linked.places.values()} | {a.country for a in linked.actors.values()
                                                               if a.kind == "state"}

    def add(s: int, e: int, label: str, outer: Mention, actor=None, place=None) -> None:
        if e <= s or (s, e) in flat or any(s < b and a < e for a, b in taken):
            return
        taken.append((s, e))
        out.append(Mention(outer.article_id, s, e, text[s:e], actor.id if actor else None,
                           place.id if place else None, label, "nested", 0.5))

    for m in linked.mentions:
        if m.label not in _NESTABLE or not re.search(r"\w\W+\w", m.text):
            continue
        outer = linker.kb.get(m.actor_id) if m.actor_id else None
        leader = m.method == "leader"                # "Erdogan's government": the state, and its leader inside
        if outer is not None and outer.kind == "state" and not leader:
            continue                                 # "North Korea" holds no other name
        country = getattr(linked.actors.get(m.actor_id or ""), "country", None)
        town = m.label in ("GPE", "LOC") or (m.label == "FAC" and linker._primary_place(m.text) is not None)
        for hit in linker.trie.scan(text, m.start, m.end, inner=True):
            if m.label == "PERSON" and not _TITLE_NEXT.match(text, hit.end, m.end):
                continue                             # only "U.S." of "U.S. President Donald Trump"
            fields = {f.field for f in hit.forms}
            if town and (hit.start != m.start or "metonyms" in fields):
                continue                             # "Mexico City", not "North America" nor "Washington D.C."
            ids = list(dict.fromkeys(f.actor_id for f in hit.forms))
            if fields & {"name", "aliases"}:
                actors = [linker.kb.get(i) for i in ids if i != m.actor_id]
                actors = [a for a in actors if a is not None and (a.kind in ("state", "organization")
                                                                  or (leader and a.kind == "person"))
                          and not (a.kind == "organization" and hit.end == m.end and a.country != country)]
                if len(actors) == 1:
                    add(hit.start, hit.end, label_of(actors[0]), m, actor=to_actor(actors[0]))
            elif fields == {"metonyms"}:              # a capital: "Moscow" in "Moscow State University"
                place = linker._place(hit.text, text, linked)
                if place is not None:
                    add(hit.start, hit.end, "GPE", m, place=place)
        if m.label in ("ORG", "FAC"):
            for s, e, min_pop, near in _place_slots(m) if not town else ():
                name = text[s:e]
                if linker._primary_place(name, min_pop) is not None and name.lower() not in GENERIC_PLACE_WORDS \
                        and not has_word(text, name.lower()):   # "Home Office": a word too
                    place = linker._place(name, text, linked)
                    if place is not None and (not near or (place.country in countries
                                                           and place.population >= min_pop)):
                        add(s, e, "GPE", m, place=place)
            for name, actor in people.items():
                for p in occurrences(m.text, name):        # as (?<!\w)name(?!\w)
                    add(m.start + p, m.start + p + len(name), "PERSON", m, actor=actor)
    out.sort(key=lambda x: x.start)
    return out


def _place_slots(m: Mention) -> list[tuple[int, int, int, bool]]:
    """(start, end, least population, only in a country the article names) where an organisation's name
    usually holds a place, longest first: after "of" at its end ("University of Sheffield"), any place;
    the first words of that tail ("Texas" of "University of Texas Arlington") and of the name ("Brooklyn
    Paper", "New York Times", "Irving Police Department", "Massachusetts Institute of Technology"), a
    region or a town of 100,000 people or more ("Skidmore College" is no town's college) in a country the
    article names elsewhere, also after resolution ("Kennedy Space Center" is not Bogota's Kennedy, nor a
    village of that name)."""
    slots = []
    tail = _OF_TAIL.search(m.text)
    if tail:
        slots.append((m.start + tail.start(1), m.start + tail.end(1), 0, False))
        inner = list(re.finditer(r"\S+", tail.group(1)))[:-1][:3]
        slots += [(m.start + tail.start(1), m.start + tail.start(1) + w.end(), 100_000, True)
                  for w in reversed(inner)]
    words = list(re.finditer(r"\S+", m.text))
    if 2 <= len(words) <= 6:
        lead = words[:min(3, len(words) - 1)]
        slots += [(m.start + words[0].start(), m.start + lead[k - 1].end(), 100_000, True)
                  for k in range(len(lead), 0, -1) if all(w.group()[:1].isupper() for w in lead[:k])]
    return slots


def _people(text: str, linked) -> dict:
    """Full names (two words or more) of the people linked in the article -> their actor."""
    people = {}
    for m in linked.mentions:
        if m.label == "PERSON" and m.actor_id and m.method != "nested":
            name = trim_span(m.start, m.end, text)[2]
            actor = linked.actors.get(m.actor_id)
            if " " in name and actor is not None:
                people.setdefault(name, actor)
    return people


def extend_titles(text: str, mentions: list[Mention], kb, with_state: bool = True, linked=None) -> list[Mention]:
    """The mentions (sorted by start) with people's mentions widened over a title right before them, a
    post-nominal after them ("Tom Molomby, SC", whose "SC" mention is dropped) and (with `with_state`) a
    state mention right before that title ("U.S." or "New Zealand's"), which is dropped from the list. With
    `linked`, the actors and places only the dropped mentions named are dropped from it too."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue                                 # inside the post-nominal just taken: "SC" of "X, SC"
        s = title_start(text, m.start) if m.label == "PERSON" and m.method not in ("title", "context") else m.start
        prev = out[-1] if out else None
        if s < m.start and prev is not None and prev.end > s:
            s = m.start                              # the title is already part of another mention
        if with_state and (s < m.start or _TITLE_AT.match(m.text)) and prev is not None and prev.actor_id \
                and prev.label == "GPE" and getattr(kb.get(prev.actor_id), "kind", "") == "state" \
                and re.fullmatch(r"(?:['’]s)?\s+", text[prev.end:s]):
            s = out.pop().start                      # "U.S. President Donald Trump"
        post = _POST_NOMINAL.match(text, m.end) if m.label == "PERSON" and m.method not in ("title", "context") \
            else None
        e = post.end() if post else m.end           # "Mark Tedeschi, QC": the honour is part of the name
        out.append(m if (s, e) == (m.start, m.end) else Mention(m.article_id, s, e, text[s:e], m.actor_id,
                                                                  m.place_id, m.label, m.method, m.confidence))
    if linked is not None and len(out) < len(mentions):
        kept = {(m.actor_id, m.place_id) for m in out} | {(m.actor_id, m.place_id) for m in linked.nested}
        used = {x for pair in kept for x in pair}
        for m in mentions:
            if m.actor_id not in used:
                linked.actors.pop(m.actor_id, None)
            if m.place_id not in used:
                linked.places.pop(m.place_id, None)
    return out


# Post-nominal honours, degrees and generational suffixes written after a person's name and a comma.
_POST_NOMINAL = re.compile(r", (?:QC|KC|SC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|Ph\.D\.|MD|M\.D\.|Jr\.?|Sr\.?|"
                           r"Esq\.?)(?![\w.-])")
