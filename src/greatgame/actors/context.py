"""Article-level context for names that only make sense inside one article: "The President", "the North",
"Congress".

What: `dominant_state` is the state an article is mostly about (its state mentions, counted);
`context_mentions` finds capitalised bare titles ("The President", "the Secretary of State") resolved as
the one person the article names who holds that office at its date, "the Kazakh leader" as a title phrase of the
one head of that state or its government the article names (`leader_phrases`), and "the North"/"the South" for a
state named "North X"/"South X" in the article; `local_institution` maps a bare institution name
("Congress", "the Department of State") to the knowledge-base organisation of the dominant state whose
name is that name plus the state's ("United States Congress", "US Department of State").
`doc_labels` gives each name spaCy tags more than once in an article its majority label.
Why: news writes the full name once and the short one afterwards; without the article's state the short
forms stay unlinked or become separate corpus actors.
"""
from __future__ import annotations

import re
from collections import Counter

from ..textscan import has_word
from .kb import normalize

_BARE_TITLE = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(President|Vice President|Prime Minister|Secretary of State|"
                         r"Foreign Minister|Foreign Secretary|Defence Minister|Defense Secretary|Premier|"
                         r"Chancellor)(?:['’]s)?(?![\w-])")
_NAME_NEXT = re.compile(r"\s*,?\s*(?:of\b|[A-Z][a-z]|\(|[A-Z]\.)")
_QUALIFIED = re.compile(r"(?:Deputy|Vice|Former|former|Acting|acting|Shadow|Interim|\w['’]s)\s+$")
_COMPASS = re.compile(r"(?<![\w-])(?:(?P<the>[Tt]he)\s+)?(?P<dir>North|South)(?![\w-])(?!\s+[A-Z])")


def dominant_state(linked, kb) -> str | None:
    """The state most mentioned in the article, when it is mentioned at least twice and more than any other."""
    counts = Counter(m.actor_id for m in linked.mentions
                     if m.actor_id and getattr(kb.get(m.actor_id), "kind", None) == "state")
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def context_mentions(kb, text: str, date: str | None, linked) -> list[tuple[int, int, str, object]]:
    """(start, end, label, KBActor) for bare titles and compass names the article's context resolves."""
    out = []
    named = [kb.get(i) for i in dict.fromkeys(m.actor_id for m in linked.mentions if m.label == "PERSON")]
    named = [a for a in named if a is not None]
    for m in _BARE_TITLE.finditer(text) if date else ():
        if _NAME_NEXT.match(text, m.end()) or _QUALIFIED.search(text, max(0, m.start() - 12), m.start()):
            continue                                  # "President Obama", "the President of Iran", "Deputy ..."
        title = kb.canonical_title(m.group(1))
        holders = [a for a in named if any(r.title == title and r.valid_at(date) for r in a.roles)]
        if len(holders) == 1:                         # the one holder of that office the article names
            out.append((m.start(), m.end(), "PERSON", holders[0]))
    compass = {}
    for m in linked.mentions:
        a = kb.get(m.actor_id) if m.actor_id else None
        if a is not None and a.kind == "state":
            for form in (a.name, *a.aliases):
                word = form.split()[0]
                if word in ("North", "South") and len(form.split()) == 2:
                    compass.setdefault(word, set()).add(a.id)
    for m in _COMPASS.finditer(text):
        ids = compass.get(m.group("dir"), set())
        bare_ok = m.group("the") or re.match(r"\s+and\s+(?:North|South)\s+[A-Z]", text[m.end():])
        if len(ids) == 1 and bare_ok:
            out.append((m.start(), m.end(), "GPE", kb.get(next(iter(ids)))))
    out += bloc_mentions(kb, text, linked)
    return out


_LEADER = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?P<state>[A-Z][\w-]+?)(?:['’]s)?\s+leader(?![\w-])")
# Offices that make their holder a state's "leader": its head of state or of government.
LEADER_TITLES = {"president", "prime minister", "chancellor", "supreme leader", "monarch", "king", "emir"}


def leader_phrases(kb, text: str, date: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end, title, state id) for "the Kazakh leader" / "Russia's leader" not followed by a name, as a
    title phrase of the office held by the one head of that state or of its government at the article's
    date whom the article also names ("Nazarbaev told ... the Kazakh leader said"). Which office a
    "leader" holds differs by state (a president, a prime minister), so only a holder the text names counts,
    and two such holders named leave the phrase unlinked."""
    out = []
    for m in _LEADER.finditer(text) if date else ():
        state = kb.state_for(m.group("state"))
        if state is None or _NAME_NEXT.match(text, m.end()):
            continue
        found = {(a.id, t) for t in sorted(LEADER_TITLES) for a in kb.holders(t, state.id, date) if _named_in(text, a)}
        if len({aid for aid, _ in found}) == 1:
            out.append((m.start(), m.end(), sorted(found)[0][1], state.id))
    return out


def _named_in(text: str, actor) -> bool:
    """The text writes one of the actor's names of four letters or more as a word."""
    return any(len(n) >= 4 and has_word(text, n) for n in (actor.name, *actor.aliases))


_BLOC = re.compile(r"(?<![\w-])[Tt]he\s+(?P<noun>alliance|bloc)(?![\w-])(?!\s+(?:of|between|with)\b)")
_ALLIANCE_NAME = re.compile(r"Treaty|Alliance|Security|Defen[cs]e|Pact")
BLOC_REACH = 1000           # characters back to the antecedent: about the last few sentences


def bloc_mentions(kb, text: str, linked) -> list[tuple[int, int, str, object]]:
    """(start, end, "ORG", KBActor) for "the alliance" / "the bloc": the international organisation named
    last before it within BLOC_REACH characters (for "alliance", one whose name makes it an alliance:
    "Collective Security Treaty Organization", "North Atlantic Treaty Organization")."""
    igos = []
    for m in linked.mentions:
        a = kb.get(m.actor_id) if m.actor_id else None
        if a is not None and a.kind == "organization" and a.sector == "IGO":
            igos.append((m.start, a))
    out = []
    for m in _BLOC.finditer(text) if igos else ():
        fits = [a for s, a in igos if m.start() - BLOC_REACH <= s < m.start()
                and (m.group("noun") == "bloc" or _ALLIANCE_NAME.search(a.name))]
        if fits:
            out.append((m.start(), m.end(), "ORG", fits[-1]))
    return out


def local_institution(linker, name: str, state: str | None):
    """The KB organisation of `state` whose name is `name` with the state's name added, or None."""
    if state is None:
        return None
    index = getattr(linker, "_institutions", None)
    if index is None:
        index = linker._institutions = _institution_index(linker.kb)
    ids = index.get((state, normalize(name)), [])
    return linker.kb.get(ids[0]) if len(ids) == 1 else None


def _institution_index(kb) -> dict[tuple[str, str], list[str]]:
    """(state id, normalised name without the state's name) -> organisation ids."""
    index: dict[tuple[str, str], list[str]] = {}
    for a in kb:
        state = kb.get(a.country) if a.kind == "organization" and a.country else None
        if state is None or state.kind != "state":
            continue
        own = sorted({normalize(f) for f in (state.name, *state.aliases, *state.demonyms) if normalize(f)},
                     key=len, reverse=True)
        pattern = re.compile(rf"^(?:{'|'.join(map(re.escape, own))}) | of (?:the )?(?:{'|'.join(map(re.escape, own))})$")
        for form in (a.name, *a.aliases):
            key = normalize(form)
            rest = pattern.sub("", key).strip()
            if rest and rest != key and len(rest) > 3:
                ids = index.setdefault((state.id, rest), [])
                if a.id not in ids:
                    ids.append(a.id)
    return index


_DOC_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def doc_labels(ents, text: str, is_place=None) -> dict[str, str]:
    """Name -> the label spaCy gives it most often in the article, for names tagged twice or more with a
    clear majority ("Sea Org" ORG twice and GPE once is ORG everywhere); the small model's label of one
    occurrence depends on its sentence, the name's type does not. A name tagged both an organisation and a
    place that `is_place(name)` (the gazetteer) does not know is an organisation ("Scientology" LOC four
    times, ORG twice): spaCy's place labels for unknown names are its commonest error."""
    from .rules import trim_span
    votes: dict[str, Counter] = {}
    for ent in ents:
        if ent.label_ in _DOC_LABELS:
            votes.setdefault(trim_span(ent.start_char, ent.end_char, text)[2], Counter())[ent.label_] += 1
    out = {}
    for name, c in votes.items():
        top = c.most_common(2)
        if c["ORG"] and set(c) & _PLACE_LABELS and is_place is not None and not is_place(name):
            out[name] = "ORG"
        elif top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            out[name] = top[0][0]
    return out
