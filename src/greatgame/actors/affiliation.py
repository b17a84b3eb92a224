"""The country of actors the knowledge base does not know, read off their names and the words around them.

What: `affiliate(linker, text, doc, linked)` gives corpus actors (people, organisations, groups the linker
discovered) a country when the article says it unambiguously:
- an organisation's or group's own name holds one state's demonym or name ("Nigerian Union of Teachers",
  "National Union for the Total Independence of Angola"), a capital before a local body's head word
  ("Baghdad University Medical School") or a big city after "of" ("United Bus Company of Tehran"); a
  group named by a plural demonym ("Palestinians", "Liberians") belongs to that demonym's state;
- a modifier before the name: a demonym, a possessive or a state in a title ("Iranian Foreign Minister X",
  "Nigeria's President X", "Kremlin spokesman X"), but not a topic ("Iran envoy X" may be anyone's envoy);
- an apposition ("X, Algeria's leading rights activist", "Qatar's emir, Sheikh X", "X, the Iranian
  minister"; "the Russian ambassador to Kazakhstan, X", which the parser hangs on "Kazakhstan", is the
  ambassador's) or an "of" phrase ("King Hassan of Morocco", "the Albanians of southern Serbia");
- a group's place: "of" always, "in" for an ethnic group ("ethnic Albanians in south Serbia" live in
  Serbia; "Americans in Iraq" are still Americans); a group's place outranks its demonym;
- an organisation's place ("the Esfahan facility in central Iran"), only when nothing else speaks.
All mentions of one actor in the article vote; the actor gets a country only when the votes name exactly
one (two states, as in "Russian-born American scientist X", leave it unknown). Last, a person named with a
national office and no state ("President X", "Interior Minister X") holds it in the article's country when
the article names exactly one country (its states, demonyms, places and actors' countries) or names one at
least twice as often as any other (and three times or more); otherwise it stays unknown. Mentions are unchanged.
Why: news introduces most people and organisations by nationality or office once ("Brazilian President X",
"the Sudanese rebel group Y") and the knowledge base cannot list them all; without a country their
events have no state on one side, and dyads, exports and the country filters miss them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

# Titles that name a subject matter, not an allegiance, when a bare state name precedes them: an "Iran
# envoy" or a "Russia analyst" may be anyone's.
TOPIC_TITLES = {"envoy", "envoys", "representative", "expert", "experts", "analyst", "analysts", "correspondent",
                "specialist", "scholar", "researcher", "observer", "observers", "watcher", "watchers", "czar",
                "tsar", "coordinator", "reporter", "editor", "negotiator", "hawk", "hawks", "critic", "critics",
                "hand", "desk", "director", "chief", "adviser", "advisor", "bureau"}
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
_QUOTES = {'"', "“", "”", "‘", "’", "'", "``", "''", "«", "»"}
# Head words of bodies that belong to the city in their name ("Baghdad University", "Kabul Police"),
# unlike "the Paris Club" or "the Minsk Group".
LOCAL_HEADS = {"University", "School", "College", "Hospital", "Police", "Municipality", "Court", "Airport",
               "Academy", "Museum", "Council", "Exchange", "Zoo", "Library", "Conservatory", "Polytechnic"}
_REGION_WORDS = {"North", "South", "East", "West", "Central", "Latin", "Southeast", "Northeast", "Southwest",
                 "Northwest", "Middle", "Southern", "Northern", "Eastern", "Western", "Pan", "Inter", "Sub"}
_COLLECTIVE = re.compile(r"\s+(?:States|Nations|Republics|Countries|Peoples)\b")
_OF_TAIL = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
_KINDS = {"person", "organization", "group"}
_ETHNIC = re.compile(r"(?i)\bethnic\s+$")
# A national office written before its holder's name without a state ("President X", "the Minister for
# Interior X"); its holder belongs to the one country an article names.
_OFFICE_WORDS = r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Vv]ice[- ][Pp]resident|King|Queen|Emir|Sultan|" \
    r"[Cc]hancellor|[Mm]inister(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z]\w+)?)"
_OFFICE = re.compile(rf"(?<![\w-]){_OFFICE_WORDS}\s+$")
_OFFICE_IN = re.compile(rf"{_OFFICE_WORDS}\s+[A-Z]")


def affiliate(linker, text: str, doc, linked):
    """`linked` with countries on the corpus actors whose country the article states (module docstring)."""
    todo = {i: a for i, a in linked.actors.items()
            if a.origin == "corpus" and not a.country and a.kind in _KINDS}
    if not todo:
        return linked
    mine = [m for m in linked.mentions if m.actor_id in todo]
    named: dict[str, set[str]] = {}                 # actor -> countries its own name gives
    for m in mine:
        if todo[m.actor_id].kind != "person":
            c = name_country(linker, text, m.start, m.end, todo[m.actor_id].kind == "group")
            if c:
                named.setdefault(m.actor_id, set()).add(c)
    known = {i: next(iter(c)) for i, c in named.items() if len(c) == 1}
    placed: dict[str, set[str]] = {}
    around: dict[str, set[str]] = {}
    where: dict[str, set[str]] = {}                 # an organisation's "in <place>": weaker than the rest
    if doc is not None:
        marks = _token_countries(doc, linked, known)
        for m in mine:
            kind = todo[m.actor_id].kind
            ethnic = kind == "group" and bool(_ETHNIC.search(text, max(0, m.start - 10), m.start))
            near, place = context_countries(doc, m.start, m.end, marks, ethnic and kind == "group")
            around.setdefault(m.actor_id, set()).update(near)
            if kind == "group":
                placed.setdefault(m.actor_id, set()).update(place)
                if ethnic:                          # an ethnic group: its demonym says nothing of its state
                    named.pop(m.actor_id, None)
            else:
                around[m.actor_id].update(place)
            if kind == "organization":
                where.setdefault(m.actor_id, set()).update(
                    country for country, _ in _of_places(_root(doc, m.start, m.end), marks, prep="in"))
    unclear = set()
    for aid, actor in todo.items():
        votes = placed.get(aid) or (named.get(aid, set()) | around.get(aid, set())) or where.get(aid, set())
        if len(votes) == 1:
            linked.actors[aid] = replace(actor, country=next(iter(votes)))
        elif votes:
            unclear.add(aid)
    counts = _article_countries(linked)
    home = _home_country(counts)
    top = counts.most_common(1)[0][0] if counts else None
    if home or top:                                 # "President X" in an article about one country
        for m in mine:
            actor = linked.actors[m.actor_id]
            if actor.kind == "person" and not actor.country and m.actor_id not in unclear \
                    and (_OFFICE.search(text, max(0, m.start - 40), m.start) or _OFFICE_IN.match(m.text)
                         or _OFFICE_IN.search(m.text)):      # "Interior Minister X" with its title
                country = home or (top if _sentence_states(text, m, linked) == {top} else None)
                if country:
                    linked.actors[m.actor_id] = replace(actor, country=country)
    return linked


def _sentence_states(text: str, m, linked) -> set[str]:
    """The states named by name or capital in the sentence of mention `m` ("Interior Minister X said that
    Kazakhstan would ..."): with the article's most-named country alone there, that is the office's country,
    even when the article names another often (a story of Russians arriving in Kazakhstan)."""
    lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
    hi = min(ends) if ends else len(text)
    return {a.id for n in linked.mentions if lo <= n.start < hi and n.actor_id and n.label == "GPE"
            for a in [linked.actors.get(n.actor_id)] if a is not None and a.kind == "state"}


def _home_country(counts: Counter) -> str | None:
    """The country an article is about: the only one it names, or one named at least three times and at least
    twice as often as any other (states, demonyms, places and actors' countries count; corpus people do not)."""
    top = counts.most_common(2)
    if len(top) == 1 or (top and top[0][1] >= 3 and top[0][1] >= 2 * top[1][1]):
        return top[0][0]
    return None


def _article_countries(linked) -> Counter:
    """Every country the article names (states, demonyms, places, actors with a country), with its mentions;
    people the knowledge base lacks do not count ("the Russian ambassador, X" says nothing of the topic)."""
    out: Counter = Counter()
    for m in linked.mentions:
        a = linked.actors.get(m.actor_id) if m.actor_id else None
        if a is not None and a.origin == "corpus" and a.kind == "person":
            continue
        if a is not None:
            country = a.id if a.kind == "state" else a.country
        else:
            country = getattr(linked.places.get(m.place_id), "country", None) if m.place_id else None
        if country:
            out[country] += 1
    return out


def name_country(linker, text: str, start: int, end: int, group: bool = False) -> str | None:
    """The one state whose demonym or name is inside an organisation's or group's name, else None; a
    hyphenated part ("Inter-American", "Sino-Russian"), a longer place ("New Mexico") or a state name that
    is also a bigger place elsewhere ("Georgia") does not count."""
    kb = linker.kb
    found = set()
    local = text[start:end].split()[-1:] and text[start:end].split()[-1] in LOCAL_HEADS
    for hit in linker.trie.scan(text, start, end):
        if text[hit.start - 1:hit.start] == "-" or text[hit.end:hit.end + 1] == "-":
            continue
        before = re.search(r"(\w+)\s+$", text[start:hit.start])
        for f in hit.forms:
            a = kb.get(f.actor_id)
            if a is None or a.kind != "state" or f.field not in ("name", "aliases", "demonyms", "metonyms"):
                continue
            tail = hit.end == end and re.search(r"\bof\s+$", text[start:hit.start])
            if f.field == "metonyms" and not (local or tail):
                continue                            # "Paris Club", "Minsk Group": named after a city
            if f.field == "demonyms" and (before and before.group(1) in _REGION_WORDS
                                          or _COLLECTIVE.match(text, hit.end)):
                continue                            # "Latin American", "Organization of American States"
            if f.field in ("name", "aliases") and (_bigger_elsewhere(linker, hit.text, a.id) or
                                                   _inside_place(linker, text, start, hit.start, hit.text, a.id)):
                continue
            found.add(a.id)
    if not found:
        tail = _OF_TAIL.search(text, start, end)    # "United Bus Company of Tehran"
        place = linker._primary_place(tail.group(1), 100_000) if tail else None
        if place is not None and place.kind == "city" and place.country:
            found.add(place.country)
    if not found and group:
        found |= _plural_demonym(kb, text[start:end])
    return next(iter(found)) if len(found) == 1 else None


def _plural_demonym(kb, name: str) -> set[str]:
    """{state} for a plural demonym ("Palestinians", "Kazakhs"), as the last word of a group's name."""
    words = name.split()
    if not words or not words[-1].endswith("s") or len(words[-1]) < 4:
        return set()
    index = _demonyms(kb)
    return set(index.get(words[-1][:-1].lower(), ()))


_DEMONYMS: dict[int, dict[str, list[str]]] = {}


def _demonyms(kb) -> dict[str, list[str]]:
    key = id(kb)
    if key not in _DEMONYMS:
        index: dict[str, list[str]] = {}
        for a in kb:
            if a.kind == "state":
                for d in a.demonyms:
                    index.setdefault(d.lower(), []).append(a.id)
        _DEMONYMS.clear()
        _DEMONYMS[key] = {d: ids for d, ids in index.items() if len(ids) == 1}
    return _DEMONYMS[key]


def _bigger_elsewhere(linker, name: str, state: str) -> bool:
    """Is the state's name also a place of a million people or more in another country ("Georgia")?"""
    return any(p.kind != "country" and p.country != state and p.population >= 1_000_000
               for p in linker.gaz.candidates(name))


def _inside_place(linker, text: str, lo: int, start: int, name: str, state: str) -> bool:
    """Is the state's name the end of a longer place name in another country ("New Mexico", "New Jersey")?"""
    m = re.search(r"([A-Z][\w.'’]*)\s+$", text[lo:start])
    if not m:
        return False
    return any(p.country != state for p in linker.gaz.candidates(f"{m.group(1)} {name}"))


def _token_countries(doc, linked, known: dict[str, str]) -> dict[int, tuple[str, str, object]]:
    """Token index -> (country, what, mention): states and demonyms ("state"), places ("place"), and actors
    with a country, from the knowledge base or their own name ("actor", "person" for people)."""
    out: dict[int, tuple[str, str, object]] = {}
    for m in linked.mentions:
        a = linked.actors.get(m.actor_id) if m.actor_id else None
        if a is not None and a.kind == "state":
            what, country = "state", a.id
        elif a is not None and (a.country or known.get(a.id)):
            what, country = ("person" if a.kind == "person" else "actor"), a.country or known[a.id]
        elif a is None and m.place_id and m.place_id in linked.places:
            p = linked.places[m.place_id]
            what, country = ("state" if p.kind == "country" else "place"), p.country
        else:
            continue
        if not country:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span if span is not None else ():
            out[t.i] = (country, what, m)
    return out


def context_countries(doc, start: int, end: int, marks: dict, ethnic: bool = False) -> tuple[set[str], set[str]]:
    """(countries of the words around a mention: its title, apposition and "of <state>"; countries of its
    place: "of <place>", and "in <place>" when `ethnic`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return set(), set()
    root, inside = span.root, {t.i for t in span}
    near: set[str] = set()
    for c in root.children:                         # "Iranian Foreign Minister X", "Nigeria's President X"
        if c.dep_ in _MODIFIER_DEPS and c.i < span.start:
            near |= _modifier_countries(c, inside, marks, topic=c.lower_ in TOPIC_TITLES)
    appos = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        appos.append(root.head)
        if root.head.dep_ == "pobj" and root.head.head.lower_ in ("to", "for", "in"):
            appos.append(root.head.head.head)       # "the Russian ambassador to Kazakhstan, X": the ambassador
    for a in appos:                                 # "X, Algeria's leading activist", "Qatar's emir, X"
        if a.i in inside or (a.i in marks and marks[a.i][1] in ("actor", "person")) or a.tag_ not in {"NN", "NNS"}:
            continue                                # another named actor: a list, not an apposition
        lo, hi = sorted((a.left_edge.i, root.i))
        if any(t.text in _QUOTES for t in doc[lo:hi + 1]):
            continue                                # a title in quotes: "X, “China's Repression of ...”"
        for c in a.children:
            if c.dep_ in _MODIFIER_DEPS:
                near |= _modifier_countries(c, inside, marks, topic=a.lower_ in TOPIC_TITLES)
        near |= {country for country, what in _of_places(a, marks) if what == "state"}
    place = {country for country, _ in _of_places(root, marks)}
    if ethnic:
        place |= {country for country, _ in _of_places(root, marks, prep="in")}
    near |= {country for country, what in _of_places(root, marks) if what == "state"}
    return near, place


def _modifier_countries(tok, inside: set[int], marks: dict, topic: bool) -> set[str]:
    """Countries named in a modifier's subtree; before a topic title only a demonym or a possessive counts
    ("Iranian envoy", "Iran's envoy", not "Iran envoy")."""
    out = set()
    for t in tok.subtree:
        if t.i in inside or t.i not in marks:
            continue
        country, what, m = marks[t.i]
        if what == "place":
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and t.idx + len(t.text) == nxt.idx and nxt.text == "-":
            continue                                # "US-backed", "Saudi-led": someone else's doing
        possessive = nxt is not None and nxt.tag_ == "POS"
        if topic and not (possessive or m.method == "demonym" or t.tag_ == "JJ"):
            continue
        if what == "person" and not possessive:
            continue                                # "Xi Chen" split in two names; "Putin's spokesman" counts
        out.add(country)
    return out


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _of_places(tok, marks: dict, prep: str = "of") -> list[tuple[str, str]]:
    """(country, what) of the state or place in the token's "of"/"in" phrase: "of Morocco", "of southern
    Serbia"."""
    out = []
    for p in tok.children if tok is not None else ():
        if p.dep_ == "prep" and p.lower_ == prep:
            for o in p.children:
                if o.dep_ == "pobj":
                    for t in [o] + [c for c in o.children if c.dep_ == "compound"]:
                        if t.i in marks and marks[t.i][1] in ("state", "place"):
                            out.append(marks[t.i][:2])
                            break
    return out
