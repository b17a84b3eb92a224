"""Second-pass corrections of a found event's arguments and sense, applied before its recipient is completed.

What: `refine(ctx, ev)` adjusts what the tree walk found: a plural subject pronoun ("They agreed ...") takes the actors of the previous
sentence's subject when that is the one plural actor there; an argument stops before an "of"-gerund
("accused Tajik units of breaking the truce": the units); a person named with a national title ("Russian
Defence Minister X") is listed first, before the state of the title, when the person is of that state; a "clash" by a named person is a
quarrel (PLOVER ACCUSE, disapprove), not fighting; a generic human object with no actor ("only people
wanted for ...") is no recipient, the state people are extradited "to" is, even when the parser hangs it
inside the object's clause. `undateline` keeps a dateline ("ASTANA, May 29 -") from being a verb's
subject: the appositive after it is.
Why: these are general reading errors of one argument or one word sense; fixing them after the walk keeps
the walk's rules simple, and each fix is local and says so in the event's rule.
"""
from __future__ import annotations

import re

from .events_rules import SUBJ, OBJ, Trigger

# A wire dateline opening a paragraph: "ASTANA, May 29 -", "BISHKEK, March 3 (Reuters) -", "MOSCOW -".
_DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                       r"(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+\s")
# Human nouns that say nobody in particular: as an object they are the people acted on, no recipient.
GENERIC_PEOPLE = {"people", "person", "those", "anyone", "anybody", "everyone", "individual", "one", "somebody",
                  "someone"}


def dateline_end(text: str, pos: int) -> int:
    """The end of a dateline opening the paragraph that holds `pos`, or -1 when it opens with none."""
    ps = text.rfind("\n", 0, pos) + 1
    m = _DATELINE.match(text, ps)
    return m.end() if m else -1


def _head(ctx, arg):
    return ctx.doc[arg["head"]] if arg and "head" in arg else None


def undateline(ctx, verb, subj):
    """A subject inside a paragraph's dateline is the place the story was filed from, not an actor: the
    appositive or second subject after the dash ("ASTANA, May 29 - The Kazakh president warned") is the
    subject, else there is none."""
    end = dateline_end(ctx.text, subj.idx)
    if end < 0 or subj.idx >= end:
        return subj
    return next((c for t in (verb, subj) for c in t.children if c.dep_ in SUBJ | {"appos"} and c.idx >= end
                 and c.i != subj.i), None)


def _plural_antecedent(ctx, ev: dict) -> dict:
    """"They adopted the declaration and agreed to ...": a sentence-initial plural pronoun subject with no
    actor takes the previous sentence's subject when that names two or more actors (or a plural group with
    one) and no other plural actor phrase in that sentence competes for it."""
    src = ev["src"]
    head = _head(ctx, src)
    if head is None or src["ids"] or head.text.lower() != "they" or head.dep_ not in SUBJ:
        return ev
    sent = head.sent
    if sent.start == 0:
        return ev
    prev = ctx.doc[sent.start - 1].sent
    cands = []
    for t in prev:
        if t.dep_ in SUBJ | OBJ | {"pobj"} and t.pos_ != "PRON":
            arg = ctx.argument(t)
            if arg and arg["ids"] and (len(arg["ids"]) >= 2 or t.tag_ in {"NNS", "NNPS"}):
                cands.append((t, arg))
    if len(cands) != 1 or cands[0][0].dep_ not in SUBJ:
        return ev
    arg = cands[0][1]
    return {**ev, "src": {**src, "ids": list(arg["ids"]), "pronoun": True}, "rule": ev["rule"] + "+they"}


def _cut_gerund(ctx, arg: dict | None) -> dict | None:
    """"Tajik units of breaking the truce near Kulundu": an "of" phrase holding a gerund is what the act is
    about, not part of the actor's name; the argument ends before it and keeps only the ids named before."""
    head = _head(ctx, arg)
    if head is None:
        return arg
    cut = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
                and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), None)
    if cut is None or not (arg["start"] < cut.idx < arg["end"]):
        return arg
    end = ctx.doc[cut.i - 1].idx + len(ctx.doc[cut.i - 1].text)
    kept = {m.actor_id for t in ctx.doc[head.left_edge.i:cut.i] for m in ctx.by_token.get(t.i, ()) if m.actor_id}
    ids = [i for i in arg["ids"] if i in kept] or arg["ids"]
    return {**arg, "end": end, "text": ctx.text[arg["start"]:end], "ids": ids}


def _person_first(ctx, arg: dict | None) -> dict | None:
    """"Russian Defence Minister Sergei Shoigu": the phrase's head is a person, who acts; the state and the
    ministry of the title are their affiliation and follow in the list."""
    head = _head(ctx, arg)
    if head is None or len(arg["ids"]) < 2:
        return arg
    name = [head] + [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]   # "Xi Jinping"
    person = next((m.actor_id for t in name for m in ctx.by_token.get(t.i, ()) if m.actor_id
                   and m.label == "PERSON" and getattr(ctx.linked.actors.get(m.actor_id), "kind", "") == "person"),
                  None)
    if person is None or arg["ids"][0] == person or person not in arg["ids"]:
        return arg
    home = ctx.country_of(person)
    if home is None or home not in {ctx.country_of(i) for i in arg["ids"] if i != person}:
        return arg                          # "Arab League Secretary General X": the body acts, X has no state
    return {**arg, "ids": [person] + [i for i in arg["ids"] if i != person]}


def _quarrel(ctx, ev: dict) -> dict:
    """"Lukashenko, who has often clashed with Moscow over food imports": a person clashing with a state or
    over a topic quarrels; PLOVER codes that as ACCUSE (disapprove), since a person fights no battle."""
    trig = ev["trig"]
    if trig.key != "clash" or trig.type != "ASSAULT" or not ev["src"] or not ev["src"]["ids"]:
        return ev
    actor = ctx.linked.actors.get(ev["src"]["ids"][0])
    if actor is None or actor.kind != "person":
        return ev
    new = Trigger("ACCUSE", "111", "disapprove", "political", trig.conf - 0.1, None, trig.key, trig.pos)
    return {**ev, "trig": new, "rule": ev["rule"] + "+quarrel"}


def _generic_object(ctx, ev: dict) -> dict:
    """"would extradite only people wanted for ...": people nobody names are acted on; no recipient."""
    tgt = ev["tgt"]
    head = _head(ctx, tgt)
    if head is None or tgt["ids"] or head.dep_ not in OBJ or ctx.lemma(head) not in GENERIC_PEOPLE:
        return ev
    return {**ev, "tgt": None}


TRANSFERS = {"extradite", "deport", "repatriate"}


def _destination(ctx, ev: dict) -> dict:
    """"extradited two men accused of fraud to Uzbekistan": the parser hangs "to X" inside the object's clause;
    for a transfer of people the state they are sent to is the recipient (the requesting state)."""
    if ev["trig"].key not in TRANSFERS or (ev["tgt"] and ev["tgt"]["ids"]) or not ev["verb"].i == ev["node"].i:
        return ev
    for obj in (c for c in ev["verb"].children if c.dep_ in OBJ):
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ == "to" and t.i != obj.i:
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                arg = ctx.argument(pobj) if pobj is not None else None
                if arg and arg["ids"] and all(getattr(ctx.linked.actors.get(i), "kind", "") == "state"
                                              for i in arg["ids"]):
                    return {**ev, "tgt": arg, "rule": ev["rule"] + "+dest"}
    return ev


def refine(ctx, ev: dict) -> dict:
    """The event with the corrections above applied (a new dict; the input is not changed)."""
    ev = _plural_antecedent(ctx, ev)
    ev = {**ev, "src": _person_first(ctx, _cut_gerund(ctx, ev["src"])),
          "tgt": _person_first(ctx, _cut_gerund(ctx, ev["tgt"]))}
    ev = _quarrel(ctx, ev)
    return _destination(ctx, _generic_object(ctx, ev))
