"""A state's institutions written with the state's name, and leaders' governments: claimed whole before the KB scan.

What: `claimed_names(kb, text, date)` yields (start, end, label, method, actor) for the names the linker takes
as one mention before it matches shorter names inside them, in this order:
- "<State>'s <institution>" known to the knowledge base (longnames.possessive_institutions);
- a ministry written with its state: "the Kazakh defence ministry", "Kazakhstan's foreign ministry", "the
  Ministry of Defence of Kazakhstan", "the Ministry of Foreign Affairs of the People's Republic of China". It
  is the KB actor when the KB knows the ministry under any of its forms, else a corpus organisation with the
  state's country, named "Ministry of <Topic> of <State>" (foreign -> Foreign Affairs, defense -> Defence,
  interior -> Internal Affairs), so the variants of one ministry are one actor;
- a capitalised institution after a state's demonym or possessive ("the Tajik State Committee for National
  Security") whose bare name the KB holds only as another state's body (a state parent or a government,
  military, legislative, judicial, police or security sector): the state's own KB actor when the KB knows it
  under "<demonym> <name>" or "<name> of <State>", else a corpus organisation "<name> of <State>";
- "<leader>'s government/administration/regime/cabinet" ("Erdogan's government"): the state the person leads
  at the article's date (a KB role as president, prime minister, monarch...), else the person's country;
- long academic names (longnames.academic_names);
- the inverted authors of bibliography entries, "Surname, Given" (bibliography.cited_authors).
Why: the small model tags "Ministry of Foreign Affairs of the People's Republic of China" as a new
organisation beside the KB's Chinese foreign ministry, leaves "the Kazakh defence ministry" as a bare
demonym, links "Tajik State Committee ..." to the Kyrgyz committee whose alias is the bare name, and makes
the actor of "Erdogan's government signed" the man rather than his state.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..records import Actor
from .kb import normalize
from .bibliography import cited_authors
from .longnames import academic_names, possessive_institutions
from .naming import corpus_actor_id, to_actor

LEADER_TITLES = {"president", "prime minister", "head of state", "head of government", "supreme leader",
                 "monarch", "king", "queen", "emir", "sultan", "chancellor", "premier"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Words after a ministry's name that start a title, not more of its topic ("Ministry of Defence Spokesman X").
ROLE_WORDS = {"Spokesman", "Spokeswoman", "Spokesperson", "Official", "Officials", "Head", "Chief", "Deputy",
              "Minister", "Secretary", "Representative", "Press", "Director", "Adviser", "Advisor", "Envoy"}
GOVERNMENT_WORDS = ("government", "administration", "regime", "cabinet")
# Ministry topics written in several ways, and the form used in canonical names.
TOPICS = {"foreign": "foreign affairs", "defense": "defence", "interior": "internal affairs",
          "home": "internal affairs", "internal": "internal affairs"}
_CAP = r"[A-Z][\w'’-]*"
_WORD = re.compile(r"(?<![\w'’.-])[A-Z][\w-]+")
_POSS = re.compile(r"['’]s(?![\w'’])")
# after the state: "<topic> ministry" (lower case), "<Topic> Ministry", "Ministry of|for <Topic>"; not "... of <X>"
_MINISTRY_AFTER = re.compile(rf"[ \t]+(?:(?P<low>(?:[a-z]+[ \t]+){{1,2}})ministry"
                             rf"|(?P<cap>(?:{_CAP}[ \t]+){{1,2}})Ministry"
                             rf"|Ministry[ \t]+(?:of|for)[ \t]+(?P<of>{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP})*)"
                             rf"(?![\w'’-])(?![ \t]+(?:and[ \t]+)?[A-Z]))"
                             rf"(?![\w-])(?![ \t]+(?:of|for|and)[ \t]+[A-Z])")
# "Ministry of <Topic> of [the] <State>"
_OF_STATE = re.compile(rf"(?<![\w-])Ministry[ \t]+(?:of|for)[ \t]+"
                       rf"(?P<topic>{_CAP}(?:[ \t]+(?:and[ \t]+)?{_CAP})*?)"
                       rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<state>{_CAP}(?:[ \t]+(?:of[ \t]+)?{_CAP}){{0,4}})")
# after the state: a capitalised institution's name ("State Committee for National Security")
_INSTITUTION_AFTER = re.compile(rf"[ \t]+({_CAP}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*{_CAP})+)")
_LEADER = re.compile(rf"(?<![\w'’.-])({_CAP}(?:[ \t]+{_CAP}){{0,2}})['’]s[ \t]+"
                     rf"(?:(?:new|own|current|former)[ \t]+)?"
                     rf"({'|'.join(GOVERNMENT_WORDS)})(?![\w-])")


@lru_cache(maxsize=65536)
def state_of(kb, words: str, possessive: bool):
    """The KB state `words` name: its name or an alias (possessive or not), or a demonym (not possessive)."""
    state = kb.state_for(words) if not words.lower().startswith("the ") else None
    if state is None or state.kind != "state":
        return None
    key = normalize(words)
    if key in {normalize(n) for n in (state.name, *state.aliases)}:
        return state
    return state if not possessive and key in {normalize(d) for d in state.demonyms} else None


def _topic(words: str) -> str:
    """The canonical topic of a ministry ("defense" -> "defence", "foreign" -> "foreign affairs")."""
    low = " ".join(words.lower().split())
    return TOPICS.get(low, low)


def _one(kb, forms) -> object | None:
    found = {a.id: a for f in forms for a in kb.by_alias(f) if a.kind not in ("state", "person")}
    return next(iter(found.values())) if len(found) == 1 else None


def _ministry(kb, state, written: str) -> tuple[str, Actor]:
    """(method, actor) of the ministry of `state` on topic `written`: the KB's, else a corpus organisation."""
    topic = _topic(written)
    canonical = f"Ministry of {topic.title().replace(' And ', ' and ')} of {state.name}"
    forms = [canonical, f"{written} ministry of {state.name}"]
    for d in state.demonyms:
        forms += [f"{d} {written} ministry", f"{d} {topic} ministry", f"{d} Ministry of {topic}"]
    a = _one(kb, forms)
    if a is not None:
        return "alias", to_actor(a)
    return "institution", Actor(corpus_actor_id("organization", canonical), canonical, "organization",
                                country=state.id, sector="GOV", origin="corpus")


def state_prefixes(kb, text: str) -> Iterator[tuple[int, int, object]]:
    """(start, end, state) of a state's demonym ("Kazakh") or its name with a possessive ("Kazakhstan's",
    "South Korea's") as written before an institution."""
    taken = 0                                           # "Korea's" inside "South Korea's" is no prefix
    for w in _WORD.finditer(text):
        if w.start() < taken:
            continue
        end = w.end()
        for _ in range(3):
            poss = _POSS.match(text, end)
            state = state_of(kb, text[w.start():end], bool(poss))
            if state is not None:
                taken = poss.end() if poss else end
                yield w.start(), taken, state
                break
            nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " and not poss else None
            if nxt is None:
                break
            end = nxt.end()


def ministries(kb, text: str, prefixes) -> Iterator[tuple[int, int, str, Actor]]:
    """(start, end, method, actor) of the ministries written with their state (see the module doc)."""
    for m in _OF_STATE.finditer(text):
        words = m.group("state").split()
        for k in range(len(words), 0, -1):            # "People's Republic of China", "Kazakhstan"
            state = state_of(kb, " ".join(words[:k]), True)
            if state is not None and words[k - 1] != "of":
                end = m.start("state") + re.match(rf"\S+(?:\s+\S+){{{k - 1}}}", m.group("state")).end()
                yield (m.start(), end, *_ministry(kb, state, m.group("topic")))
                break
    for s, e, state in prefixes:
        m = _MINISTRY_AFTER.match(text, e)
        if m is None:
            continue
        end, written = m.end(), (m.group("low") or m.group("cap") or m.group("of")).strip()
        if m.group("of"):                              # "Ministry of Defence Spokesman X": the topic ends
            cut = next((w for w in re.finditer(r"\S+", written) if w.group() in ROLE_WORDS), None)
            end, written = (m.start("of") + cut.start() - 1, written[:cut.start()].strip()) if cut else (end, written)
        bad = _NOT_TOPICS - {"and"} if m.group("of") else _NOT_TOPICS
        if written and not any(w.lower() in bad for w in written.split()):
            yield (s, end, *_ministry(kb, state, written))


# Words before "ministry" that name no ministry's field: "a Kazakh government ministry", "its new ministry".
_NOT_TOPICS = {"the", "a", "an", "its", "their", "his", "her", "new", "former", "own", "whose", "which", "and", "or",
               "government", "state", "federal", "national", "relevant", "responsible", "other", "key", "top", "said"}


def _state_bodies(kb, name: str) -> list:
    """KB organisations called `name` that are some state's own bodies (a state parent, a state sector)."""
    return [a for a in kb.by_alias(name) if a.kind == "organization"
            and (getattr(kb.get(a.parent or ""), "kind", None) == "state" or a.sector in STATE_SECTORS)]


def foreign_institutions(kb, text: str, prefixes) -> Iterator[tuple[int, int, str, Actor]]:
    """(start, end, method, actor) of "<Demonym>|<State>'s <institution>" where the KB has the institution's
    bare name (the longest capitalised run after the state that it knows) only as other states' bodies: the
    state's own KB actor, else a corpus organisation "<institution> of <State>" of that state. A whole phrase
    the KB knows ("American University of ...") is left to the KB scan."""
    for s, e, state in prefixes:
        m = _INSTITUTION_AFTER.match(text, e)
        if m is None:
            continue
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            hits = _state_bodies(kb, name)
            if hits:
                break
        if not hits or any(a.country == state.id for a in hits) or kb.by_alias(text[s:e] + " " + name):
            continue                                    # unknown, already the state's own, or a KB name whole
        forms = [f"{d} {name}" for d in state.demonyms] + [f"{name} of {n}" for n in (state.name, *state.aliases)]
        a = _one(kb, forms)
        full = f"{name} of {state.name}"
        yield s, m.start(1) + len(name), *(("alias", to_actor(a)) if a is not None and a.country == state.id else
                                           ("institution", Actor(corpus_actor_id("organization", full), full,
                                                                 "organization", country=state.id, sector="GOV",
                                                                 origin="corpus")))


def leader_states(kb, text: str, date: str | None) -> Iterator[tuple[int, int, Actor]]:
    """(start, end, state) of "<leader>'s government" (see the module doc)."""
    for m in _LEADER.finditer(text):
        people = [a for a in kb.by_alias(m.group(1)) if a.kind == "person"]
        if len(people) != 1:
            continue
        person = people[0]
        led = {r.of for r in person.roles if r.title in LEADER_TITLES and r.valid_at(date)
               and getattr(kb.get(r.of), "kind", None) == "state"} if date else set()
        state = kb.get(next(iter(led))) if len(led) == 1 else kb.get(person.country or "")
        if state is not None and state.kind == "state":
            yield m.start(), m.end(), to_actor(state)


def claimed_names(kb, text: str, date: str | None = None) -> Iterator[tuple[int, int, str, str, Actor]]:
    """(start, end, label, method, actor) of every name claimed whole (module doc), in priority order."""
    if not isinstance(text, str):
        return
    for s, e, a in possessive_institutions(kb, text):
        yield s, e, "ORG", "alias", to_actor(a)
    prefixes = list(state_prefixes(kb, text))
    for s, e, method, actor in [*ministries(kb, text, prefixes), *foreign_institutions(kb, text, prefixes)]:
        yield s, e, "ORG", method, actor
    for s, e, actor in leader_states(kb, text, date):
        yield s, e, "GPE", "leader", actor
    for s, e, name in academic_names(text, kb):
        hits = kb.by_alias(name)
        yield s, e, "ORG", "alias" if len(hits) == 1 else "shape", to_actor(hits[0]) if len(hits) == 1 else \
            Actor(corpus_actor_id("organization", name), name, "organization", origin="corpus")
    yield from cited_authors(text)
