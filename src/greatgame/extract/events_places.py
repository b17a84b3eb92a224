"""Which clause an event's place and partner come from, read across coordination and deep noun phrases.

What: `own_clause(verb)` tells whether a conjoined verb has a subject of its own ("met officials in Urumqi, and
two years later China allowed ..."), so that it is a separate clause that does not share its neighbour's place;
`shares_place(first, conj)` whether the first of two coordinated verbs takes the place named after the second,
which it does when it acts on a direct object or leaves a phrase hanging ("established ties with and opened
an embassy in X"), not after a prepositional object ("called for cooperation and praised a victory in X");
`phrase_recipient(ctx, ev)` gives an event without a recipient the one a phrase names: the state whose embassy
or consulate a protest stands outside, the partner named by a "with" phrase deep in a cooperative act's object; `NUMBER_WORDS` head partitives as quantifiers do ("five of the protesters").
Why: reading unseen pages showed places borrowed across clauses: "called for closer cooperation and praised
Azerbaijan's victory in Karabakh" made Karabakh the recipient of the call, and a release two years after a
meeting took the meeting's city; "signed agreements worth $3 billion with President Tokayev" had no recipient.
"""
from __future__ import annotations

from .events_rules import SUBJ


def own_clause(verb) -> bool:
    """Is this conjoined verb a clause with its own subject?"""
    return verb.dep_ == "conj" and any(c.dep_ in SUBJ or c.dep_ == "nsubjpass" for c in verb.children)


def shares_place(first, conj) -> bool:
    """Does `first` take the place of its conjunct `conj`: `conj` has no subject of its own, and `first` acts on
    a direct object in the same scene ("dismissed the government and declared a curfew in Almaty") or leaves a
    preposition hanging ("ties with and opened ..."); "called for closer cooperation and praised a victory in
    Karabakh" does not."""
    if own_clause(conj):
        return False
    return any(c.dep_ == "dobj" for c in first.children) or any(
        t.dep_ == "prep" and not any(True for _ in t.children) and t.i < conj.i for t in first.subtree)


# Numbers that head a partitive like a quantifier: "five of the protesters" are protesters.
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "fifty", "hundred", "dozen", "one"}

PARTNER_TYPES = {"SUPPORT", "AGREE", "CONSULT", "COOPERATE"}


MISSIONS = {"embassy", "consulate", "mission", "legation"}
AT_PREPS = {"outside", "at", "near", "before", "to"}


def phrase_recipient(ctx, ev: dict) -> dict:
    """The recipient named inside a phrase of the event when none was found: a protest outside a state's
    embassy or consulate is aimed at that state; a cooperative act's partner deep in its object."""
    return partner_recipient(ctx, mission_recipient(ctx, ev))


def mission_recipient(ctx, ev: dict) -> dict:
    """"protested outside the Chinese consulate in Almaty": China, not the city the protest took place in."""
    if ev["tgt"] and ev["tgt"]["ids"] or ev["trig"].type != "PROTEST":
        return ev
    node = ev["node"]
    for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in AT_PREPS | {"in"}):
        pobjs = [o for o in prep.children if o.dep_ == "pobj"]
        pobjs += [x for o in pobjs if o.lower_ == "front" for q in o.children if q.lower_ == "of"
                  for x in q.children if x.dep_ == "pobj"]                      # "in front of the embassy"
        for o in pobjs:
            if ctx.lemma(o) in MISSIONS and (prep.lower_ != "in" or o.head.lower_ == "of"):   # not "in" the embassy
                ids, ms = ctx.actors_in([c for c in o.subtree if c.i < o.i or c.dep_ == "prep" and c.lower_ == "of"
                                         or c.head.lower_ == "of"])
                states = [i for i in ids if ctx.country_of(i) == i]
                if states:
                    m = ms[ids.index(states[0])]
                    tgt = {"start": m.start, "end": m.end, "text": m.text, "ids": [states[0]], "how": "mission",
                           "pronoun": False}
                    return {**ev, "tgt": tgt, "rule": ev["rule"] + "+mission"}
    return ev


def partner_recipient(ctx, ev: dict) -> dict:
    """A cooperative act with no recipient takes the named partner of a "with" phrase deep in its object
    ("signed agreements worth $3 billion with President Tokayev": the parser hangs "with" on "worth"),
    searched in the object's own phrase, never across a clause."""
    if ev["tgt"] and ev["tgt"]["ids"] or ev["trig"].type not in PARTNER_TYPES or ev.get("nominal"):
        return ev
    verb = ev["verb"]
    src_ids = set(ev["src"]["ids"]) if ev["src"] else set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for t in _phrase(obj):
            if t.dep_ == "prep" and t.lower_ == "with":
                for o in (c for c in t.children if c.dep_ == "pobj"):
                    arg = ctx.argument(o)
                    if arg and arg["ids"] and not set(arg["ids"]) & src_ids:
                        return {**ev, "tgt": arg, "rule": ev["rule"] + "+np.with"}
    return ev


def _phrase(tok):
    """The tokens of a noun phrase's subtree, stopping at clauses inside it."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "ccomp", "advcl", "conj", "appos"})
    return out
